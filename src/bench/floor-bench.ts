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
import { type StageTimes, timeAnalysis, timeFloor } from './floor-measure.js';
import type { Benchmark, BenchmarkRow } from './types.js';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const ROUNDS = 30;
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

export interface FloorResult {
  readonly megabytes: number;
  readonly floorSeconds: number;
  readonly analysis: StageTimes;
  readonly peakRssBytes: number;
}

function ratioRows(label: string, floorSeconds: number, analysis: StageTimes): BenchmarkRow[] {
  const ratio = analysis.total / floorSeconds;
  const stages = [...analysis.stages]
    .sort((a, b) => b[1] - a[1])
    .map(([name, seconds]) => `${name} ${((100 * seconds) / analysis.total).toFixed(0)}%`)
    .join(', ');
  return [
    { benchmark: 'floor', metric: `${label}: floor seconds`, value: floorSeconds.toFixed(3) },
    { benchmark: 'floor', metric: `${label}: analysis seconds`, value: analysis.total.toFixed(3) },
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
    const rounds = (work: (text: string) => StageTimes): StageTimes => {
      const stages = new Map<string, number>();
      let total = 0;
      for (let round = 0; round < ROUNDS; round++) {
        for (const text of texts) {
          const one = work(text);
          total += one.total;
          for (const [name, seconds] of one.stages) stages.set(name, (stages.get(name) ?? 0) + seconds);
        }
      }
      return { total, stages };
    };
    rounds(timeAnalysis); // loads the models and warms the code
    rounds(timeFloor);
    const floor = rounds(timeFloor).total;
    const analysis = rounds(timeAnalysis);
    const rows = ratioRows(`${texts.length} example articles`, floor, analysis);

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
