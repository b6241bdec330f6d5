/**
 * The long fuzz run, outside `npm test` and resumable:
 *
 *   node dist/bench/fuzz-main.js [--count 1000000] [--from 0] [--seed 18] [--state fuzz-state.json]
 *
 * runs inputs `from` to `count` (exclusive); two processes on two halves (`--from 0 --count 500000`
 * and `--from 500000 --count 1000000`, each its own state file) share the work on two cores.
 * Every 10,000 inputs the tally and the next input's index are written to the state file; started
 * again with the same file, the run goes on from there (so it can be stopped at any moment, or
 * split over several sittings). Exit 0 when no input threw or gave a bad span, 1 otherwise.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type FuzzTally, fuzzRange, newTally } from './fuzz-bench.js';

interface State {
  readonly seed: number;
  readonly count: number;
  next: number;
  seconds: number;
  tally: FuzzTally;
}

const CHECKPOINT = 10_000;

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000000' },
    from: { type: 'string', default: '0' },
    seed: { type: 'string', default: '18' },
    state: { type: 'string', default: 'fuzz-state.json' },
  },
});
const path = values.state;
const state: State = existsSync(path)
  ? (JSON.parse(readFileSync(path, 'utf8')) as State)
  : {
      seed: Number(values.seed),
      count: Number(values.count),
      next: Number(values.from),
      seconds: 0,
      tally: newTally(),
    };
if (state.tally.inputs > 0) process.stderr.write(`fuzz: resuming at input ${state.next} of ${state.count}\n`);

function save(): void {
  writeFileSync(`${path}.tmp`, `${JSON.stringify(state, null, 1)}\n`);
  renameSync(`${path}.tmp`, path);
}

while (state.next < state.count) {
  const to = Math.min(state.count, state.next + CHECKPOINT);
  const started = performance.now();
  fuzzRange(state.next, to, state.seed, state.tally);
  state.seconds += (performance.now() - started) / 1000;
  state.next = to;
  save();
  const { inputs, throws, badSpans } = state.tally;
  process.stderr.write(
    `fuzz: ${inputs} inputs, ${throws} throws, ${badSpans} bad spans, ${state.seconds.toFixed(0)} s\n`,
  );
}
const { inputs, throws, badSpans, examples } = state.tally;
process.stdout.write(
  `${JSON.stringify({ inputs, throws, badSpans, seconds: Math.round(state.seconds), seed: state.seed, examples })}\n`,
);
process.exitCode = throws + badSpans > 0 ? 1 : 0;
