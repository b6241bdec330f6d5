/**
 * Throughput of the text layer (MB/s) and of the whole analysis (articles/s) on the shipped example
 * article repeated, plus peak memory when one 10 MB text is analysed.
 */
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../analyze/analyze.js';
import { normalizeArabic } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { mb, measure } from './measure.js';
import type { Benchmark, BenchmarkRow } from './types.js';

const ARTICLE = readFileSync(new URL('../../examples/article-ar.txt', import.meta.url), 'utf8');

export const analyzeBenchmark: Benchmark = {
  name: 'analyze',
  async run() {
    const rows: BenchmarkRow[] = [];
    const big = ARTICLE.repeat(Math.ceil((10 * 2 ** 20) / (ARTICLE.length * 2)));
    const megabytes = Buffer.byteLength(big) / 2 ** 20;
    const norm = await measure(() => void normalizeArabic(big));
    rows.push({
      benchmark: 'text',
      metric: 'normalise (MB/s)',
      value: (megabytes / norm.seconds).toFixed(1),
    });
    const tok = await measure(() => void tokenize(big));
    rows.push({ benchmark: 'text', metric: 'tokenise (MB/s)', value: (megabytes / tok.seconds).toFixed(1) });

    const articles = 200;
    const each = await measure(() => {
      for (let i = 0; i < articles; i++)
        analyzeDocument({ text: ARTICLE }, { publishedOverride: '2024-04-20' });
    });
    rows.push({
      benchmark: 'analyze',
      metric: 'articles/s (example article)',
      value: (articles / each.seconds).toFixed(1),
    });

    const whole = await measure(
      () => void analyzeDocument({ text: big }, { publishedOverride: '2024-04-20' }),
    );
    rows.push({
      benchmark: 'analyze',
      metric: `one ${megabytes.toFixed(0)} MB text: seconds`,
      value: whole.seconds.toFixed(2),
    });
    rows.push({
      benchmark: 'analyze',
      metric: `one ${megabytes.toFixed(0)} MB text: peak RSS`,
      value: mb(whole.peakRss),
      note: 'target < 1 GB',
    });
    return rows;
  },
};
