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
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis } from '../contract/analysis.js';
import { inOrder } from '../ingest-pool/in-order.js';
import { InThreadPreparer, PreparePool } from '../ingest-pool/prepare-pool.js';
import type { PreparedDocument } from '../store/prepared.js';
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

/**
 * `RASD_BENCH_INGEST_WORKERS`: how the batch ingest prepares its documents, a comma-separated list
 * of runs: `direct` (`putDocuments` with the analyses in hand, all on this thread), or a number of
 * worker threads (0: the same work on this thread) that read each analysis from its JSON text
 * and prepare it, as `rasd ingest` does after analysing, while this thread stores. Default `direct`.
 */
const INGEST_RUNS = (process.env.RASD_BENCH_INGEST_WORKERS ?? 'direct').split(',');

/** Batch ingest into a new store: throughput with the corpus joined, and memory along the way. */
async function batchRows(work: string): Promise<BenchmarkRow[]> {
  const analyses = [...newsStream(BATCH, { seed: 99 })];
  const rows: BenchmarkRow[] = [];
  for (const run of INGEST_RUNS) rows.push(...(await batchRun(work, analyses, run)));
  return rows;
}

async function batchRun(work: string, analyses: readonly Analysis[], run: string): Promise<BenchmarkRow[]> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${work}${suffix}`, { force: true });
  const direct = run === 'direct';
  const workers = direct ? 0 : Number(run);
  // Outside the timing: what a worker would have analysed, as the text it hands over.
  const texts = direct ? [] : analyses.map((a) => JSON.stringify(a));
  const store = await openSqliteStore(work);
  const preparer = direct || workers === 0 ? new InThreadPreparer() : new PreparePool({ size: workers });
  const gc = (globalThis as { gc?: () => void }).gc;
  const rss: string[] = [];
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpuSeconds();
  const quarter = (done: number, before: number) => {
    if (Math.floor(done / (BATCH / 4)) > Math.floor(before / (BATCH / 4))) {
      gc?.();
      rss.push(mb(process.memoryUsage.rss()));
    }
  };
  if (direct) {
    for (let n = 0; n < analyses.length; n += INGEST_CHUNK) {
      await store.putDocuments(analyses.slice(n, n + INGEST_CHUNK).map((analysis) => ({ analysis })));
      quarter(Math.min(analyses.length, n + INGEST_CHUNK), n);
    }
  } else {
    let chunk: PreparedDocument[] = [];
    let done = 0;
    const indices = (async function* () {
      for (let i = 0; i < texts.length; i++) yield i;
    })();
    const prepared = inOrder(indices, INGEST_CHUNK + 8 * Math.max(1, workers), (i) =>
      preparer.prepare({ analysisJson: texts[i] as string, source: null }),
    );
    for await (const result of prepared) {
      if (!('prepared' in result)) throw new Error(result.failed);
      chunk.push(result.prepared);
      if (chunk.length === INGEST_CHUNK) {
        await store.putPrepared(chunk);
        quarter(done + chunk.length, done);
        done += chunk.length;
        chunk = [];
      }
    }
    await store.putPrepared(chunk);
    quarter(done + chunk.length, done);
  }
  const stored = seconds(t0);
  const storedMain = mainThreadCpuSeconds() - main0;
  await preparer.close();
  await store.refreshCorpus({ ifStale: true });
  const total = seconds(t0);
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mainSeconds = mainThreadCpuSeconds() - main0;
  gc?.();
  rss.push(mb(process.memoryUsage.rss()));
  await store.close();
  const how = direct ? 'analyses in hand, one thread' : `${workers} worker thread${workers === 1 ? '' : 's'}`;
  return [
    {
      benchmark: 'monitor',
      metric: `batch ingest ${BATCH}, ${how} (articles/s)`,
      value: (BATCH / total).toFixed(0),
      note: `stored ${(BATCH / stored).toFixed(0)}/s in ${stored.toFixed(0)} s, then joined to the corpus in ${(total - stored).toFixed(0)} s; analyses made beforehand`,
    },
    {
      benchmark: 'monitor',
      metric: `batch ingest ${BATCH}, ${how} (articles per CPU second)`,
      value: (BATCH / cpuSeconds).toFixed(0),
      note: `${cpuSeconds.toFixed(0)} s of CPU (all threads) for ${total.toFixed(0)} s of wall time; the writer thread ${mainSeconds.toFixed(0)} s, of which storing ${storedMain.toFixed(0)} s`,
    },
    {
      benchmark: 'monitor',
      metric: `RSS at 25/50/75/100% and joined, ${how}`,
      value: rss.join(' / '),
      note: 'flat = memory does not grow with the batch',
    },
  ];
}

/** CPU seconds of this process's main thread alone (Linux; 0 elsewhere): the writer's share. */
function mainThreadCpuSeconds(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
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
