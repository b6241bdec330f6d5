export interface BenchmarkRow {
  readonly benchmark: string;
  readonly metric: string;
  readonly value: string;
  readonly note?: string;
}

export interface Benchmark {
  readonly name: string;
  run(): Promise<BenchmarkRow[]>;
}
