/**
 * The fuzz run (issue 18): generated hostile inputs (`fuzz-inputs.ts`) through the whole analysis,
 * in this process (no worker threads: the pure path the server's workers run too). Counted:
 * throws, and bad spans — a `start`/`end` that is not a whole number inside the analysed text, or
 * whose `text` is not `text.slice(start, end)`, or an analysed text that differs from the input
 * (stand-off: the input is never rewritten).
 *
 * `npm run bench fuzz` runs `RASD_FUZZ_COUNT` inputs (default 20,000); the million-input run, which
 * takes most of an hour, is `node dist/bench/fuzz-main.js` (resumable, see there).
 */
import { analyzeDocument } from '../analyze/analyze.js';
import { fuzzInput } from './fuzz-inputs.js';
import type { Benchmark } from './types.js';

export interface FuzzTally {
  inputs: number;
  throws: number;
  badSpans: number;
  /** The first few failures, each naming its input index so it can be replayed. */
  readonly examples: string[];
}

const MAX_EXAMPLES = 20;

export function newTally(): FuzzTally {
  return { inputs: 0, throws: 0, badSpans: 0, examples: [] };
}

/** Runs inputs `from` (inclusive) to `to` (exclusive) into `tally`. */
export function fuzzRange(from: number, to: number, seed: number, tally: FuzzTally): void {
  for (let n = from; n < to; n++) {
    const text = fuzzInput(n, seed);
    // Every fourth input has a stated date too, so the date stages anchor relative dates.
    const context = n % 4 === 0 ? { publishedOverride: '2024-04-20' } : {};
    tally.inputs++;
    let problem: string | null;
    try {
      problem = badSpan(analyzeDocument({ text }, context), text);
      if (problem) tally.badSpans++;
    } catch (error) {
      tally.throws++;
      problem = `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
    }
    if (problem && tally.examples.length < MAX_EXAMPLES) tally.examples.push(`input ${n}: ${problem}`);
  }
}

/** The first bad span of an analysis, described, or null when every span holds. */
export function badSpan(analysis: { readonly text: string }, input: string): string | null {
  if (analysis.text !== input) return 'the analysed text differs from the input';
  const length = input.length;
  const stack: { value: unknown; path: string }[] = [{ value: analysis, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) stack.push({ value: item, path: `${path}[${i}]` });
      continue;
    }
    const record = value as Record<string, unknown>;
    const { start, end } = record;
    if (typeof start === 'number' && typeof end === 'number') {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > length)
        return `${path} [${start}, ${end}) outside 0..${length}`;
      if (typeof record.text === 'string' && record !== analysis && record.text !== input.slice(start, end))
        return `${path}.text is not the text at [${start}, ${end})`;
    }
    for (const [key, child] of Object.entries(record)) {
      if (key !== 'text' && child !== null && typeof child === 'object')
        stack.push({ value: child, path: `${path}.${key}` });
    }
  }
  return null;
}

export const fuzzBenchmark: Benchmark = {
  name: 'fuzz',
  async run() {
    const count = Number(process.env.RASD_FUZZ_COUNT ?? 20_000);
    const tally = newTally();
    const started = performance.now();
    fuzzRange(0, count, 18, tally);
    const seconds = (performance.now() - started) / 1000;
    for (const example of tally.examples) process.stderr.write(`  fuzz: ${example}\n`);
    return [
      {
        benchmark: 'fuzz',
        metric: `${tally.inputs} generated inputs: throws / bad spans`,
        value: `${tally.throws} / ${tally.badSpans}`,
        note: `${seconds.toFixed(0)} s, ${(tally.inputs / seconds).toFixed(0)} inputs/s; the 1M run: node dist/bench/fuzz-main.js`,
      },
    ];
  },
};
