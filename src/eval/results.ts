/**
 * `eval/results.json`: every figure of one `npm run eval`, flat and keyed so the gate and scripts can
 * read them without parsing tables. A key is `evaluation · metric`, with ` [split]` for a figure of
 * one part of a data set. A compound cell (`F1 / P / R` = `0.98 / 0.97 / 0.99`) becomes one key a
 * figure.
 */
import type { EvaluationRow } from './types.js';

export const RESULTS_FILE = new URL('../../eval/results.json', import.meta.url);
export const BASELINE_FILE = new URL('../../eval/baseline.json', import.meta.url);

export type Figures = Record<string, number | null>;

export interface Results {
  readonly figures: Figures;
  /** Rows that are not figures (errors, missing data), so a reader sees why a figure is absent. */
  readonly messages: Record<string, string>;
  /** Which evaluation (`npm run eval -- NAME`) wrote which keys of `figures` and `messages`. */
  readonly keysOf?: Record<string, string[]>;
}

export function figureKey(evaluation: string, metric: string, split?: string): string {
  return `${evaluation} · ${metric}${split ? ` [${split}]` : ''}`;
}

/**
 * The results of a run of some evaluations laid over an earlier run: an evaluation that ran
 * replaces all it wrote before (a figure it no longer gives is gone); the others keep theirs.
 */
export function mergeResults(previous: Results, ran: Results): Results {
  const figures: Figures = {};
  const messages: Record<string, string> = {};
  const keysOf: Record<string, string[]> = {};
  for (const [name, keys] of Object.entries(previous.keysOf ?? {})) {
    if (ran.keysOf?.[name]) continue;
    keysOf[name] = keys;
    for (const key of keys) {
      if (key in previous.figures) figures[key] = previous.figures[key] ?? null;
      if (key in previous.messages) messages[key] = previous.messages[key] as string;
    }
  }
  Object.assign(figures, ran.figures);
  Object.assign(messages, ran.messages);
  Object.assign(keysOf, ran.keysOf);
  return { figures, messages, keysOf };
}

export function resultsOf(rows: readonly EvaluationRow[], evaluation?: string): Results {
  const figures: Figures = {};
  const messages: Record<string, string> = {};
  for (const row of rows) {
    if (typeof row.value === 'number' || row.value === null) {
      figures[figureKey(row.evaluation, row.metric, row.split)] = row.value;
      continue;
    }
    const labels = row.metric.split(' / ');
    const values = row.value.split(' / ').map((v) => Number(v.trim()));
    const head = labels[0]?.split(' ') ?? [];
    if (labels.length > 1 && labels.length === values.length && values.every(Number.isFinite)) {
      // "dev body F1 / P / R": the words before the first label name every figure of the cell.
      const stem = head.slice(0, -1).join(' ');
      labels.forEach((label, i) => {
        const name = i === 0 ? label : `${stem} ${label}`.trim();
        figures[figureKey(row.evaluation, name, row.split)] = values[i] as number;
      });
    } else {
      messages[figureKey(row.evaluation, row.metric, row.split)] = row.value;
    }
  }
  const keys = [...Object.keys(figures), ...Object.keys(messages)];
  return { figures, messages, ...(evaluation ? { keysOf: { [evaluation]: keys } } : {}) };
}
