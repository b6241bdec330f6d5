/** Timing and peak-memory helpers shared by the benchmarks. */

export interface Measurement {
  readonly seconds: number;
  /** Peak resident set size seen while the work ran, in bytes. */
  readonly peakRss: number;
}

export async function measure(work: () => void | Promise<void>): Promise<Measurement> {
  (globalThis as { gc?: () => void }).gc?.();
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 20);
  const started = process.hrtime.bigint();
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, peakRss: Math.max(peakRss, process.memoryUsage.rss()) };
}

export function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MB`;
}
