/**
 * `npm run eval`: runs every evaluation that exists, prints its tables and writes every figure to
 * `eval/results.json` (which `npm run eval:gate` compares with `eval/baseline.json`). Each
 * evaluation reads its gold data by path (the corpora in ../shared/data stay outside the project);
 * one that cannot find its data says so in its row instead of failing the rest.
 *
 * `npm run eval -- real-pages ner` runs only the evaluations named.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { EVALUATIONS } from './registry.js';
import { mergeResults, RESULTS_FILE, type Results, resultsOf } from './results.js';
import type { EvaluationRow } from './types.js';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const rows: EvaluationRow[] = [];
  let results: Results = { figures: {}, messages: {}, keysOf: {} };
  for (const evaluation of EVALUATIONS) {
    if (only.length > 0 && !only.includes(evaluation.name)) continue;
    process.stderr.write(`eval: ${evaluation.name}…\n`);
    let produced: EvaluationRow[];
    try {
      produced = await evaluation.run();
    } catch (error) {
      produced = [
        {
          evaluation: evaluation.name,
          metric: 'error',
          value: error instanceof Error ? error.message : String(error),
        },
      ];
    }
    rows.push(...produced);
    results = mergeResults(results, resultsOf(produced, evaluation.name));
  }
  printTable(rows.filter((r) => r.split === undefined));
  printSplitTable(rows.filter((r) => r.split !== undefined));
  // A partial run keeps the figures of the evaluations it did not run, so the gate still sees them.
  if (only.length > 0) results = mergeResults(readPreviousResults(), results);
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  process.stderr.write(`eval: every figure written to ${RESULTS_FILE.pathname}\n`);
}

function readPreviousResults(): Results {
  try {
    return JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Results;
  } catch {
    return { figures: {}, messages: {}, keysOf: {} };
  }
}

function printColumns(all: readonly string[][]): void {
  const widths = all[0]?.map((_, i) => Math.max(...all.map((cells) => (cells[i] ?? '').length))) ?? [];
  for (const cells of all) {
    const last = cells.length - 1;
    process.stdout.write(`${cells.map((c, i) => (i < last ? c.padEnd(widths[i] ?? 0) : c)).join('  ')}\n`);
  }
}

function printTable(rows: readonly EvaluationRow[]): void {
  if (rows.length === 0) return;
  printColumns([
    ['evaluation', 'metric', 'value', 'note'],
    ...rows.map((r) => [r.evaluation, r.metric, format(r.value), r.note ?? '']),
  ]);
}

/** Rows of a data set with a tuned and a held-out part: one line a metric, a column a part. */
function printSplitTable(rows: readonly EvaluationRow[]): void {
  if (rows.length === 0) return;
  const lines = new Map<string, Map<string, EvaluationRow>>();
  for (const r of rows) {
    const key = `${r.evaluation}\t${r.metric}`;
    const line = lines.get(key) ?? new Map<string, EvaluationRow>();
    line.set(r.split as string, r);
    lines.set(key, line);
  }
  process.stdout.write('\n');
  printColumns([
    ['evaluation', 'metric', 'tune', 'held out', 'all', 'note (all)'],
    ...[...lines].map(([key, line]) => {
      const [evaluation = '', metric = ''] = key.split('\t');
      const cell = (split: string) => (line.has(split) ? format(line.get(split)?.value ?? null) : '');
      return [evaluation, metric, cell('tune'), cell('held'), cell('all'), line.get('all')?.note ?? ''];
    }),
  ]);
}

function format(value: number | string | null): string {
  if (value === null) return '–';
  return typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(4)) : value;
}

await main();
