/**
 * The whole analysis against its floor (issue 14): the floor is splitting the same text into
 * sentences and tokens in the same process, the least any analysis of it must do. The ratio
 * (analysis time / floor time) is measured on the shipped example articles and on one 9 MB text,
 * with each stage's time, so a stage that costs more than its share is named. Target: ratio ≤ 20,
 * and peak RSS on the 9 MB text ≤ 400 MB.
 *
 * The 9 MB text runs in a child process of its own (`floor-child.ts`), so its peak RSS is the
 * operating system's high-water mark for that analysis alone, not for everything measured before.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpuSeconds, type StageTimes, timeAnalysis, timeFloor } from './floor-measure.js';
import type { Benchmark, BenchmarkRow } from './types.js';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const ROUNDS = 10;
/** The floor is cheap: more passes, so its block is long enough for the CPU clock. */
const FLOOR_ROUNDS = 200;
const TRIALS = 3;
const MAX_RATIO = 20;
const MAX_PEAK_MB = 400;

/** The example articles shipped in `examples/`: the single article and the small corpus. */
function exampleTexts(): string[] {
  const texts = [readFileSync(new URL('article-ar.txt', EXAMPLES), 'utf8')];
  for (const line of readFileSync(new URL('corpus/articles.jsonl', EXAMPLES), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const text = (JSON.parse(line) as { text?: unknown }).text;
    if (typeof text === 'string') texts.push(text);
  }
  return texts;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export interface FloorResult {
  readonly megabytes: number;
  readonly floorSeconds: number;
  readonly analysis: StageTimes;
  readonly peakRssBytes: number;
}

function ratioRows(label: string, floorSeconds: number, analysis: StageTimes): BenchmarkRow[] {
  const ratio = analysis.total / floorSeconds;
  const staged = [...analysis.stages.values()].reduce((sum, seconds) => sum + seconds, 0);
  const stages = [...analysis.stages]
    .sort((a, b) => b[1] - a[1])
    .map(([name, seconds]) => `${name} ${((100 * seconds) / staged).toFixed(0)}%`)
    .join(', ');
  return [
    { benchmark: 'floor', metric: `${label}: floor CPU seconds`, value: floorSeconds.toFixed(4) },
    { benchmark: 'floor', metric: `${label}: analysis CPU seconds`, value: analysis.total.toFixed(4) },
    {
      benchmark: 'floor',
      metric: `${label}: ratio to the floor`,
      value: ratio.toFixed(1),
      note: `target ≤ ${MAX_RATIO} ${ratio <= MAX_RATIO ? 'met' : 'MISSED'}`,
    },
    { benchmark: 'floor', metric: `${label}: per stage`, value: '', note: stages },
  ];
}

function bigTextInChild(): Promise<FloorResult> {
  const child = fork(fileURLToPath(new URL('floor-child.js', import.meta.url)), [], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message) => {
      const result = message as Omit<FloorResult, 'analysis'> & {
        analysis: { total: number; stages: [string, number][] };
      };
      resolve({
        ...result,
        analysis: { total: result.analysis.total, stages: new Map(result.analysis.stages) },
      });
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`floor child exited with ${code}`));
    });
  });
}

export const floorBenchmark: Benchmark = {
  name: 'floor',
  async run() {
    const texts = exampleTexts();
    /** CPU seconds of one pass over the texts, from `count` passes measured as one block. */
    const rounds = (work: (text: string) => StageTimes, count: number): StageTimes => {
      const stages = new Map<string, number>();
      const started = cpuSeconds();
      for (let round = 0; round < count; round++) {
        for (const text of texts) {
          for (const [name, seconds] of work(text).stages) {
            stages.set(name, (stages.get(name) ?? 0) + seconds);
          }
        }
      }
      return { total: (cpuSeconds() - started) / count, stages };
    };
    rounds(timeAnalysis, ROUNDS); // loads the models and warms the code
    rounds(timeFloor, FLOOR_ROUNDS);
    // Other work on the machine slows one block or the other: the fastest of a few tries of each,
    // each after a collection so that it pays for its own garbage only.
    let floor = Number.POSITIVE_INFINITY;
    let analysis: StageTimes | undefined;
    for (let trial = 0; trial < TRIALS; trial++) {
      collectGarbage();
      floor = Math.min(floor, rounds(timeFloor, FLOOR_ROUNDS).total);
      collectGarbage();
      const measured = rounds(timeAnalysis, ROUNDS);
      if (!analysis || measured.total < analysis.total) analysis = measured;
    }
    const rows = ratioRows(`${texts.length} example articles`, floor, analysis as StageTimes);

    const big = await bigTextInChild();
    const label = `one ${big.megabytes.toFixed(0)} MB text`;
    rows.push(...ratioRows(label, big.floorSeconds, big.analysis));
    const peak = big.peakRssBytes / 2 ** 20;
    rows.push({
      benchmark: 'floor',
      metric: `${label}: peak RSS`,
      value: `${peak.toFixed(0)} MB`,
      note: `target ≤ ${MAX_PEAK_MB} MB ${peak <= MAX_PEAK_MB ? 'met' : 'MISSED'}`,
    });
    return rows;
  },
};
