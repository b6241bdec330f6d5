/**
 * Time against input size (issue 18): the whole analysis of generated news of 1, 2, 4, 8, 16 and
 * 32 MB, once as one paragraph and once broken every 20 sentences. Linear stages give a ratio
 * time(32 MB)/time(1 MB) near 32; the bound is 40. Each stage's own ratio is reported too, so a
 * stage that turns quadratic is named. RASD_SCALING_MB=1,2,4 runs fewer sizes.
 *
 * Timed in CPU seconds: by the wall clock, other processes on a shared machine stretched the large
 * sizes (run last) more than the small ones and moved the ratio by more than its bound's margin.
 */

import { cpuSeconds, timeAnalysis } from './floor-measure.js';
import { type Layout, syntheticNews } from './synthetic-news.js';
import type { Benchmark, BenchmarkRow } from './types.js';

const SIZES_MB = (process.env.RASD_SCALING_MB ?? '1,2,4,8,16,32').split(',').map(Number);
const LAYOUTS: readonly Layout[] = ['one paragraph', 'many paragraphs'];
const MAX_RATIO = 40;

const timeStages = (text: string) => timeAnalysis(text, cpuSeconds);

export const scalingBenchmark: Benchmark = {
  name: 'scaling',
  async run() {
    const rows: BenchmarkRow[] = [];
    timeStages(syntheticNews(64 * 1024, 'many paragraphs')); // loads the models and warms the code
    for (const layout of LAYOUTS) {
      const first = SIZES_MB[0] ?? 1;
      const last = SIZES_MB[SIZES_MB.length - 1] ?? first;
      let smallest: ReturnType<typeof timeStages> | undefined;
      let largest: ReturnType<typeof timeStages> | undefined;
      for (const size of SIZES_MB) {
        (globalThis as { gc?: () => void }).gc?.();
        const measured = timeStages(syntheticNews(size * 2 ** 20, layout));
        smallest ??= measured;
        largest = measured;
        rows.push({
          benchmark: 'scaling',
          metric: `${layout}, ${size} MB: CPU seconds`,
          value: measured.total.toFixed(2),
          note: `${(size / measured.total).toFixed(2)} MB/s`,
        });
      }
      if (!smallest || !largest || last === first) continue;
      const ratio = largest.total / smallest.total;
      rows.push({
        benchmark: 'scaling',
        metric: `${layout}: time(${last} MB)/time(${first} MB)`,
        value: ratio.toFixed(1),
        // The bound is 40 for 32 MB over 1 MB, i.e. 1.25 × linear; smaller ranges are held to the same.
        note: `linear would be ${last / first}; bound ${((MAX_RATIO * (last / first)) / 32).toFixed(1)} ${ratio <= (MAX_RATIO * (last / first)) / 32 ? 'met' : 'MISSED'}`,
      });
      const perStage = [...largest.stages].map(([name, seconds]) => {
        const base = smallest?.stages.get(name) ?? 0;
        return `${name} ${base > 0.005 ? (seconds / base).toFixed(0) : '–'}`;
      });
      rows.push({
        benchmark: 'scaling',
        metric: `${layout}: per-stage ratios`,
        value: '',
        note: perStage.join(', '),
      });
    }
    return rows;
  },
};
