/**
 * `npm run bench`: speed and memory of each part, measured in one process on generated or shipped
 * text (never in tests). Prints one table with the machine it ran on.
 */
import { cpus, totalmem } from 'node:os';
import { BENCHMARKS } from './registry.js';
import type { BenchmarkRow } from './types.js';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  process.stdout.write(
    `machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}\n`,
  );
  const rows: BenchmarkRow[] = [];
  for (const bench of BENCHMARKS) {
    if (only.length > 0 && !only.includes(bench.name)) continue;
    process.stderr.write(`bench: ${bench.name}…\n`);
    rows.push(...(await bench.run()));
  }
  for (const row of rows) {
    process.stdout.write(
      `${row.benchmark.padEnd(24)} ${row.metric.padEnd(36)} ${row.value.padStart(14)}  ${row.note ?? ''}\n`,
    );
  }
}

await main();
