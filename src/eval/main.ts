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
import { RESULTS_FILE, type Results, resultsOf } from './results.js';
import type { EvaluationRow } from './types.js';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const rows: EvaluationRow[] = [];
  for (const evaluation of EVALUATIONS) {
    if (only.length > 0 && !only.includes(evaluation.name)) continue;
    process.stderr.write(`eval: ${evaluation.name}…\n`);
    try {
      rows.push(...(await evaluation.run()));
    } catch (error) {
      rows.push({
        evaluation: evaluation.name,
        metric: 'error',
        value: error instanceof Error ? error.message : String(error),
      });
    }
  }
  printTable(rows.filter((r) => r.split === undefined));
  printSplitTable(rows.filter((r) => r.split !== undefined));
  const results = resultsOf(rows);
  if (only.length > 0) {
    // A partial run keeps the figures of the evaluations it did not run, so the gate still sees them.
    const previous = readPreviousResults();
    Object.assign(results.figures, { ...previous.figures, ...results.figures });
    Object.assign(results.messages, { ...previous.messages, ...results.messages });
  }
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  process.stderr.write(`eval: every figure written to ${RESULTS_FILE.pathname}\n`);
}

function readPreviousResults(): Results {
  try {
    return JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Results;
  } catch {
    return { figures: {}, messages: {} };
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
