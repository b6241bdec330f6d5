/**
 * What a monitor needs of the embedded store: adding one article to a store of 1,000, 10,000 and
 * 100,000 articles (stored and joined to identities, stories and conflicts: `putDocument` then the
 * incremental `refreshCorpus({ ifStale: true })`), batch ingest throughput and memory, and search
 * latency at the largest size (two rare words, one very common word).
 *
 * The stores are filled from `generated-news.ts` (analyses made beforehand: the analysis itself is
 * the `analyze` benchmark's) and kept in `RASD_BENCH_CACHE` (default: the system's temp folder),
 * so later runs only copy them. Sizes: `RASD_BENCH_MONITOR_SIZES` (default `1000,10000,100000`;
 * `0` measures the batch ingest alone).
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis } from '../contract/analysis.js';
import { SCHEMA_VERSION } from '../store/schema.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { newsStream } from './generated-news.js';
import { mb } from './measure.js';
import type { Benchmark, BenchmarkRow } from './types.js';

/** Articles added one at a time to each store, each timed. */
const ADDS = 40;
/** Articles per `putDocuments` call of the batch ingest, as `rasd ingest` writes them. */
const INGEST_CHUNK = 250;
/** `RASD_BENCH_BATCH`: articles of the batch-ingest measure (default 10,000). */
const BATCH = Number(process.env.RASD_BENCH_BATCH ?? 10_000);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

async function fill(store: Store, docs: Iterable<Analysis>): Promise<number> {
  let n = 0;
  let chunk: Analysis[] = [];
  for (const analysis of docs) {
    chunk.push(analysis);
    n++;
    if (chunk.length === INGEST_CHUNK) {
      await store.putDocuments(chunk.map((a) => ({ analysis: a })));
      chunk = [];
    }
  }
  await store.putDocuments(chunk.map((a) => ({ analysis: a })));
  await store.refreshCorpus({ ifStale: true });
  return n;
}

function* slice<T>(items: Iterable<T>, from: number, to: number): Generator<T> {
  let i = 0;
  for (const item of items) {
    if (i >= to) return;
    if (i >= from) yield item;
    i++;
  }
}

/** The store of `size` generated articles, built once and copied for each run. */
async function cachedStore(size: number, rows: BenchmarkRow[]): Promise<string> {
  const dir = process.env.RASD_BENCH_CACHE ?? join(tmpdir(), 'rasd-bench-cache');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `monitor-${size}-v${SCHEMA_VERSION}.db`);
  if (existsSync(path)) return path;
  const building = `${path}.building`;
  rmSync(building, { force: true });
  const store = await openSqliteStore(building);
  const t0 = process.hrtime.bigint();
  await fill(store, slice(newsStream(size), 0, size));
  await store.close();
  renameSync(building, path);
  rows.push({
    benchmark: 'monitor',
    metric: `build the ${size}-article store (s)`,
    value: seconds(t0).toFixed(0),
    note: 'once; cached for later runs',
  });
  return path;
}

/** Rows as they come, on stderr too: the largest sizes take a while. */
class Rows extends Array<BenchmarkRow> {
  override push(...items: BenchmarkRow[]): number {
    for (const r of items) process.stderr.write(`  ${r.metric}: ${r.value} ${r.note ?? ''}\n`);
    return super.push(...items);
  }
}

export const monitorBenchmark: Benchmark = {
  name: 'monitor',
  async run() {
    const rows: BenchmarkRow[] = new Rows();
    const sizes = (process.env.RASD_BENCH_MONITOR_SIZES ?? '1000,10000,100000')
      .split(',')
      .map(Number)
      .filter((n) => n > 0);
    const work = join(tmpdir(), `rasd-monitor-${process.pid}.db`);
    const p95s = new Map<number, number>();
    try {
      for (const size of sizes) {
        const cached = await cachedStore(size, rows);
        rmSync(work, { force: true });
        copyFileSync(cached, work);
        const store = await openSqliteStore(work);
        const latencies: number[] = [];
        for (const analysis of slice(newsStream(size + ADDS), size, size + ADDS)) {
          const t = process.hrtime.bigint();
          await store.putDocument({ analysis });
          await store.refreshCorpus({ ifStale: true });
          latencies.push(seconds(t) * 1000);
        }
        latencies.sort((a, b) => a - b);
        p95s.set(size, percentile(latencies, 95));
        rows.push({
          benchmark: 'monitor',
          metric: `add one article to ${size} (ms p50/p95/max)`,
          value: [50, 95, 100].map((p) => percentile(latencies, p).toFixed(0)).join('/'),
          note: `${ADDS} articles, stored and joined to the corpus`,
        });
        if (size === Math.max(...sizes)) rows.push(...(await searchRows(store, size)));
        await store.close();
      }
      const smallest = Math.min(...sizes);
      const largest = Math.max(...sizes);
      if (sizes.length > 1 && smallest !== largest) {
        rows.push({
          benchmark: 'monitor',
          metric: `add p95 ratio ${largest} / ${smallest}`,
          value: ((p95s.get(largest) ?? 0) / (p95s.get(smallest) || 1)).toFixed(2),
          note: 'target ≤ 2',
        });
      }
      rows.push(...(await batchRows(work)));
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${work}${suffix}`, { force: true });
    }
    return rows;
  },
};

/** Batch ingest into a new store: throughput with the corpus joined, and memory along the way. */
async function batchRows(work: string): Promise<BenchmarkRow[]> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${work}${suffix}`, { force: true });
  const analyses = [...newsStream(BATCH, { seed: 99 })];
  const store = await openSqliteStore(work);
  const gc = (globalThis as { gc?: () => void }).gc;
  const rss: string[] = [];
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  for (let n = 0; n < analyses.length; n += INGEST_CHUNK) {
    await store.putDocuments(analyses.slice(n, n + INGEST_CHUNK).map((analysis) => ({ analysis })));
    const done = Math.min(analyses.length, n + INGEST_CHUNK);
    if (Math.floor(done / (BATCH / 4)) > Math.floor(n / (BATCH / 4))) {
      gc?.();
      rss.push(mb(process.memoryUsage.rss()));
    }
  }
  const stored = seconds(t0);
  await store.refreshCorpus({ ifStale: true });
  const total = seconds(t0);
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  gc?.();
  rss.push(mb(process.memoryUsage.rss()));
  await store.close();
  return [
    {
      benchmark: 'monitor',
      metric: `batch ingest ${BATCH} (articles/s)`,
      value: (BATCH / total).toFixed(0),
      note: `stored ${(BATCH / stored).toFixed(0)}/s, then joined to the corpus; analyses made beforehand`,
    },
    {
      benchmark: 'monitor',
      metric: `batch ingest ${BATCH} (articles per CPU second)`,
      value: (BATCH / cpuSeconds).toFixed(0),
      note: `${cpuSeconds.toFixed(0)} s of this process's CPU for ${(total).toFixed(0)} s of wall time: what an idle core gives`,
    },
    {
      benchmark: 'monitor',
      metric: 'RSS at 25/50/75/100% and joined',
      value: rss.join(' / '),
      note: 'flat = memory does not grow with the batch',
    },
  ];
}

/** Search p50/p95 for a rare word, two rare words and a very common word. */
async function searchRows(store: Store, size: number): Promise<BenchmarkRow[]> {
  const df = new Map<string, number>();
  const sample = [...slice(newsStream(size), 0, 3000)];
  for (const a of sample)
    for (const w of new Set(a.text.split(/[\s.]+/u))) if (w.length >= 4) df.set(w, (df.get(w) ?? 0) + 1);
  const byDf = [...df].sort((a, b) => b[1] - a[1]);
  const common = byDf[0]?.[0] ?? '';
  const rare = byDf.filter(([, n]) => n === 1).map(([w]) => w);
  const queries: Record<string, string[]> = {
    'one rare word': rare.slice(0, 30),
    'two rare words': Array.from({ length: 30 }, (_, i) => `${rare[2 * i + 100]} ${rare[2 * i + 101]}`),
    'one very common word': Array.from({ length: 30 }, () => common),
  };
  const rows: BenchmarkRow[] = [];
  for (const [kind, list] of Object.entries(queries)) {
    const latencies: number[] = [];
    let hits = 0;
    for (const text of list) {
      const t = process.hrtime.bigint();
      const result = await store.search({ text, limit: 20 });
      latencies.push(seconds(t) * 1000);
      hits = Math.max(hits, result.total);
    }
    latencies.sort((a, b) => a - b);
    rows.push({
      benchmark: 'monitor',
      metric: `search ${kind} at ${size} (ms p50/p95)`,
      value: `${percentile(latencies, 50).toFixed(1)}/${percentile(latencies, 95).toFixed(1)}`,
      note: `SQLite, 20 hits with snippets, up to ${hits} matches`,
    });
  }
  return rows;
}
