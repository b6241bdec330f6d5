/**
 * `npm run eval:gate`: compares `eval/results.json` (written by `npm run eval`) with
 * `eval/baseline.json`, prints every headline figure that moved, and exits 1 when one moved the
 * wrong way by more than the tolerance. `npm run eval:baseline` (`--write-baseline`) makes the
 * current results the baseline: do it in the commit that improves a figure.
 *
 * Options: --results FILE, --baseline FILE (defaults: the files in eval/).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Baseline, baselineFrom, checkGate } from './gate.js';
import { BASELINE_FILE, RESULTS_FILE, type Results } from './results.js';

function readJson<T>(path: string, what: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    process.stderr.write(
      `eval:gate: cannot read the ${what} ${path}: ${reason}${what === 'results' ? ' (run `npm run eval` first)' : ''}\n`,
    );
    process.exit(2);
  }
}

const { values } = parseArgs({
  options: {
    results: { type: 'string' },
    baseline: { type: 'string' },
    'write-baseline': { type: 'boolean' },
  },
});
const resultsPath = values.results ?? fileURLToPath(RESULTS_FILE);
const baselinePath = values.baseline ?? fileURLToPath(BASELINE_FILE);
const results = readJson<Results>(resultsPath, 'results');

if (values['write-baseline']) {
  const baseline = baselineFrom(results.figures);
  writeFileSync(baselinePath, `${JSON.stringify(baseline, null, 2)}\n`);
  const count = Object.keys(baseline.higherIsBetter).length + Object.keys(baseline.lowerIsBetter).length;
  process.stdout.write(`eval:gate: baseline of ${count} headline figures written to ${baselinePath}\n`);
  process.exit(0);
}

const report = checkGate(results.figures, readJson<Baseline>(baselinePath, 'baseline'));
const show = (n: number | null) => (n === null ? 'missing' : n.toFixed(4));
for (const m of report.moved) {
  const mark = m.worse ? 'WORSE' : m.now !== null && Math.abs(m.now - m.baseline) > 0 ? 'moved' : '';
  process.stdout.write(`${mark.padEnd(5)}  ${show(m.baseline)} → ${show(m.now)}  ${m.key}\n`);
}
const worse = report.moved.filter((m) => m.worse).length;
process.stdout.write(
  report.passed
    ? `eval:gate: passed (${report.moved.length} headline figures moved, none the wrong way beyond the tolerance)\n`
    : `eval:gate: FAILED: ${worse} headline figure${worse === 1 ? '' : 's'} moved the wrong way; fix the change, or if the loss is intended say why and update eval/baseline.json\n`,
);
process.exit(report.passed ? 0 : 1);
