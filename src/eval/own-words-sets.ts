/**
 * What the evaluations on sentences we wrote share: reading their JSON-lines fixtures, and counting
 * right answers per metric in a tuned and a held column (the `check` part, never read while fixing).
 */
import { readFileSync } from 'node:fs';
import type { EvaluationRow } from './types.js';

/** One JSON value per non-blank line. */
export function readJsonLines<T>(file: URL): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export type Column = 'tune' | 'held';

/** The column of an item split `tune` or `check`. */
export function columnOf(split: string): Column {
  return split === 'check' ? 'held' : 'tune';
}

interface Count {
  right: number;
  total: number;
}

/** Right/total per metric, in the item's column and in `all`; rows in the order metrics first came. */
export class SplitCounts {
  private readonly counts = new Map<string, Record<Column | 'all', Count>>();

  add(metric: string, column: Column, right: boolean): void {
    let c = this.counts.get(metric);
    if (!c) {
      c = { tune: { right: 0, total: 0 }, held: { right: 0, total: 0 }, all: { right: 0, total: 0 } };
      this.counts.set(metric, c);
    }
    for (const part of [c[column], c.all]) {
      part.total++;
      if (right) part.right++;
    }
  }

  rows(evaluation: string): EvaluationRow[] {
    const rows: EvaluationRow[] = [];
    for (const [metric, c] of this.counts)
      for (const split of ['tune', 'held', 'all'] as const) {
        const { right, total } = c[split];
        rows.push({
          evaluation,
          metric,
          value: total > 0 ? right / total : null,
          note: `${right}/${total}`,
          split,
        });
      }
    return rows;
  }
}
