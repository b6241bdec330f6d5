export interface EvaluationRow {
  readonly evaluation: string;
  readonly metric: string;
  readonly value: number | string;
  /** What to compare with (a published figure, a target), or why the row is empty. */
  readonly note?: string;
}

export interface Evaluation {
  readonly name: string;
  run(): Promise<EvaluationRow[]>;
}
