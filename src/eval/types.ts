export interface EvaluationRow {
  readonly evaluation: string;
  readonly metric: string;
  /** A figure, or text for a row that is not one (an error, a compound "P / R / F1" cell). */
  readonly value: number | string | null;
  /** What to compare with (a published figure, a target), or why the row is empty. */
  readonly note?: string;
  /** The part of a data set the figure is on, when the set has a tuned and a held-out part. */
  readonly split?: 'tune' | 'held' | 'all';
}

export interface Evaluation {
  readonly name: string;
  run(): Promise<EvaluationRow[]>;
}
