/**
 * `npm run eval`: runs every evaluation that exists and prints one table. Each evaluation reads its
 * gold data by path (the corpora in ../shared/data stay outside the project) and reports its
 * figures; one that cannot find its data says so in its row instead of failing the rest.
 */
import { EVALUATIONS } from './registry.js';
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
  printTable(rows);
}

function printTable(rows: readonly EvaluationRow[]): void {
  const header: EvaluationRow = { evaluation: 'evaluation', metric: 'metric', value: 'value', note: 'note' };
  const all = [header, ...rows];
  const cell = (row: EvaluationRow) => [row.evaluation, row.metric, format(row.value), row.note ?? ''];
  const widths = [0, 1, 2].map((i) => Math.max(...all.map((r) => (cell(r)[i] ?? '').length)));
  for (const row of all) {
    const cells = cell(row);
    process.stdout.write(`${cells.map((c, i) => (i < 3 ? c.padEnd(widths[i] ?? 0) : c)).join('  ')}\n`);
  }
}

function format(value: number | string): string {
  return typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(4)) : value;
}

await main();
