/**
 * The 9 MB half of the floor benchmark, run alone in a child process so that the operating
 * system's peak RSS (`resourceUsage().maxRSS`) is that of this analysis. The example article is
 * repeated to 10 MiB of UTF-16 (9 MB of UTF-8), as the analyze benchmark does. The analysis runs
 * first, so the floor's own arrays do not count in its peak.
 */
import { readFileSync } from 'node:fs';
import { cpuSeconds, timeAnalysis, timeFloor } from './floor-measure.js';

const ARTICLE = readFileSync(new URL('../../examples/article-ar.txt', import.meta.url), 'utf8');

const big = ARTICLE.repeat(Math.ceil((10 * 2 ** 20) / (ARTICLE.length * 2)));
timeAnalysis(ARTICLE); // loads the models, so their loading is not timed
const started = cpuSeconds();
const staged = timeAnalysis(big);
const analysis = { total: cpuSeconds() - started, stages: staged.stages };
const peakRssBytes = process.resourceUsage().maxRSS * 1024;
const gc = (globalThis as { gc?: () => void }).gc;
timeFloor(big);
let floorSeconds = Number.POSITIVE_INFINITY;
for (let trial = 0; trial < 3; trial++) {
  gc?.();
  const at = cpuSeconds();
  timeFloor(big);
  floorSeconds = Math.min(floorSeconds, cpuSeconds() - at);
}
process.send?.({
  megabytes: Buffer.byteLength(big) / 2 ** 20,
  floorSeconds,
  analysis: { total: analysis.total, stages: [...analysis.stages] },
  peakRssBytes,
});
