/** Every benchmark `npm run bench` runs, in order. Add one line per benchmark. */

import { analyzeBenchmark } from './analyze-bench.js';
import { apiBenchmark } from './api-bench.js';
import { extractionBenchmark } from './extraction-bench.js';
import { floorBenchmark } from './floor-bench.js';
import { fuzzBenchmark } from './fuzz-bench.js';
import { loadBenchmark } from './load-bench.js';
import { monitorBenchmark } from './monitor-bench.js';
import { nerBenchmark } from './ner-bench.js';
import { postgresBenchmark } from './postgres-bench.js';
import { scalingBenchmark } from './scaling-bench.js';
import { storeBenchmark } from './store-bench.js';
import type { Benchmark } from './types.js';

export const BENCHMARKS: readonly Benchmark[] = [
  analyzeBenchmark,
  floorBenchmark,
  scalingBenchmark,
  extractionBenchmark,
  nerBenchmark,
  apiBenchmark,
  loadBenchmark,
  storeBenchmark,
  postgresBenchmark,
  monitorBenchmark,
  fuzzBenchmark,
];
