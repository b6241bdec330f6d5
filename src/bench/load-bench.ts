/**
 * The load run of issue 18: `rasd serve` as its own process on loopback over a store of the
 * sample corpus, and for `RASD_LOAD_SECONDS` (default 60) at once:
 *  - 50 readers on the read routes (search, stories, documents, entities), 10 connections each
 *    of search, stories, documents, entities and conflicts… in a fixed mix;
 *  - 1 prober on /api/health, in a process of its own as a load balancer's is (its p99 is the "is
 *    the server alive" latency a load balancer sees);
 *  - 5 writers posting new documents (the next article of `generated-news.ts` each, with the token);
 *  - 2 clients posting 4 MB analyses (one paragraph of generated news, with the token).
 * Reported: errors per class (network errors, timeouts, 5xx; for the large analyses also 429/504,
 * which are the server's designed answers when its analysis workers are full or the deadline
 * passes), read p95, health p99, requests done, and the server's RSS after warm-up, at its peak,
 * at the end and once idle again.
 * Targets: 0 errors on reads, health and document posts; read p95 < 300 ms; health p99 < 100 ms.
 *
 *   npm run bench load                       # 60 s
 *   RASD_LOAD_SECONDS=15 npm run bench load  # a shorter run
 *   RASD_LOAD_KINDS=read,health npm run bench load   # only some of the clients (to find a cause)
 *   RASD_LOAD_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof" npm run bench load   # node flags for the server
 *   RASD_LOAD_SECONDS=360 RASD_LOAD_SAMPLE_SECONDS=20 npm run bench load   # a long run, memory every 20 s
 *   RASD_THREAD_MEMORY_GC_SECONDS=30 …   # also the main thread's heap after a forced full GC, every 30 s
 * A long run's samples (RSS, each thread's heap) are printed to stderr as they are taken, and the
 * row "server memory over time" gives them all: whether the main thread's heap levels off.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { newsStream } from './generated-news.js';
import { mb } from './measure.js';
import { listeningUrl } from './serve-child.js';
import { syntheticNews } from './synthetic-news.js';
import { type ThreadMemory, threadMemory } from './thread-memory-probe.js';
import type { Benchmark, BenchmarkRow } from './types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/rasd.js');
const PROBE = fileURLToPath(new URL('./health-probe-child.js', import.meta.url));
const THREAD_PROBE = fileURLToPath(new URL('./thread-memory-probe.js', import.meta.url));
const CORPUS = join(ROOT, 'examples/corpus/articles.jsonl');
const TOKEN = 'bench-load-token-0123456789';
const SECONDS = Number(process.env.RASD_LOAD_SECONDS ?? 60);
/** How often the memory timeline is sampled (each thread's heap and the RSS). */
const SAMPLE_SECONDS = Number(process.env.RASD_LOAD_SAMPLE_SECONDS ?? 15);
const AUTH = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

interface Load {
  readonly kind: 'read' | 'health' | 'document' | 'analysis';
  readonly path: string;
  readonly connections: number;
  readonly method?: 'POST';
  /** A new body for each request (documents must differ, or they are duplicates). */
  readonly body?: () => string;
}

const q = encodeURIComponent;
const READS: readonly Load[] = [
  { kind: 'read', path: `/api/search?q=${q('زلزال')}&limit=10`, connections: 10 },
  { kind: 'read', path: `/api/search?q=${q('الرئيس')}&limit=10`, connections: 5 },
  { kind: 'read', path: '/api/stories?limit=20', connections: 10 },
  { kind: 'read', path: '/api/documents?limit=20', connections: 10 },
  { kind: 'read', path: '/api/entities?limit=20', connections: 10 },
  { kind: 'read', path: '/api/conflicts?limit=20', connections: 5 },
];

// The monitor benchmark's generated news (stories of 1–8 articles from several outlets, 48 a day):
// each post is the next article, so the store grows as a monitored one does. (Posting one
// generated paragraph again and again would make every article link to every other.)
const articles = newsStream(100_000, { seed: 18 })[Symbol.iterator]();
function newDocument(): string {
  const next = articles.next();
  if (next.done) throw new Error('bench load: out of generated articles');
  const { text, document } = next.value;
  return JSON.stringify({
    documents: [
      {
        text,
        title: document.title,
        outlet: document.outlet,
        url: document.url,
        published: document.published.value ?? undefined,
      },
    ],
  });
}

const BIG = JSON.stringify({
  text: syntheticNews(3.9 * 2 ** 20, 'one paragraph', 7),
  published: '2024-04-20',
});

const KINDS = (process.env.RASD_LOAD_KINDS ?? 'read,health,document,analysis').split(',');
const LOADS: readonly Load[] = (
  [
    ...READS,
    { kind: 'health', path: '/api/health', connections: 1 },
    { kind: 'document', path: '/api/documents', connections: 5, method: 'POST', body: newDocument },
    { kind: 'analysis', path: '/api/analyze', connections: 2, method: 'POST', body: () => BIG },
  ] as const
).filter((load) => KINDS.includes(load.kind));

/** How long the server is left idle after the load before its memory is read again (the timeline goes on meanwhile). */
const SETTLE_MS = Number(process.env.RASD_LOAD_SETTLE_SECONDS ?? 25) * 1000;

/** The server's resident memory: after warm-up, the most seen under load, at the end, settled. */
interface Rss {
  before: number;
  peak: number;
  end: number;
  settled: number;
  /** The most in each ten seconds of the load: flat, or growing? */
  tenSeconds: number[];
  /** Each thread's V8 heap after warm-up and once idle again: where the resident memory is. */
  threads: { before: ThreadMemory[]; settled: ThreadMemory[] };
  /** Every `SAMPLE_SECONDS` of the load: the RSS and each thread's heap. */
  timeline: { second: number; rss: number; threads: ThreadMemory[] }[];
}

interface Tally {
  readonly latencies: number[];
  readonly statuses: Map<number, number>;
  errors: number;
}

export const loadBenchmark: Benchmark = {
  name: 'load',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'rasd-bench-load-'));
    const store = join(dir, 'load.db');
    const ingest = spawnSync(process.execPath, [BIN, 'ingest', CORPUS, '--store', store], {
      encoding: 'utf8',
    });
    if (ingest.status !== 0) throw new Error(`bench load: ingest failed: ${ingest.stderr}`);
    const nodeArgs = process.env.RASD_LOAD_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const threadsDir = join(dir, 'threads');
    mkdirSync(threadsDir);
    const server = spawn(
      process.execPath,
      [...nodeArgs, '--import', THREAD_PROBE, BIN, 'serve', '--store', store, '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, RASD_TOKEN: TOKEN, RASD_THREAD_MEMORY_DIR: threadsDir },
      },
    );
    try {
      const url = await listeningUrl(server, 'load');
      // Warm-up: each kind's connections at once, so every analysis worker has loaded the tagger's
      // model (one at a time warmed one worker; the other loaded its model, ~170 MB, under load, and
      // that showed as growth) and SQLite has read its pages.
      for (const load of LOADS) {
        await Promise.all(
          Array.from({ length: load.kind === 'analysis' ? 1 : load.connections }, () =>
            fetch(`${url}${load.path}`, requestInit(load)).then((r) => r.text()),
          ),
        );
      }
      // The thread figures are written once a second: wait for one written after the warm-up.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const rss: Rss = {
        before: rssOf(server.pid),
        peak: 0,
        end: 0,
        settled: 0,
        tenSeconds: [],
        threads: { before: threadMemory(threadsDir), settled: [] },
        timeline: [],
      };
      let second = 0;
      let loading = true;
      const sampler = setInterval(() => {
        const now = rssOf(server.pid);
        second++;
        if (loading) {
          rss.peak = Math.max(rss.peak, now);
          const window = Math.floor((second - 1) / 10);
          rss.tenSeconds[window] = Math.max(rss.tenSeconds[window] ?? 0, now);
        }
        if (second % SAMPLE_SECONDS === 0) {
          const sample = { second, rss: now, threads: threadMemory(threadsDir) };
          rss.timeline.push(sample);
          console.error(`bench load: ${describeSample(sample)}`);
        }
      }, 1000);
      const tallies = new Map<Load['kind'], Tally>();
      await Promise.all(LOADS.map((load) => runLoad(url, load, tallyFor(tallies, load.kind))));
      loading = false;
      rss.end = rssOf(server.pid);
      console.error(`bench load: the load ended at ${second} s; idle from here`);
      // Analyses still running end by their deadline (20 s); then the server should be back
      // near where it started, whatever it held under load.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      clearInterval(sampler);
      rss.settled = rssOf(server.pid);
      rss.threads.settled = threadMemory(threadsDir);
      return rows(tallies, rss);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

function tallyFor(tallies: Map<Load['kind'], Tally>, kind: Load['kind']): Tally {
  let tally = tallies.get(kind);
  if (!tally) {
    tally = { latencies: [], statuses: new Map(), errors: 0 };
    tallies.set(kind, tally);
  }
  return tally;
}

function requestInit(load: Load): RequestInit {
  return load.method ? { method: 'POST', headers: AUTH, body: load.body?.() ?? '' } : {};
}

/**
 * The large analyses' clients wait as long as a 429's Retry-After says, as HTTP clients should
 * (RFC 9110, 10.2.3). Autocannon posts again at once: 1,368 uploads of 4 MB in a minute, 90 MB/s
 * into the server's main thread, measured the load generator, not the server's answer to it.
 * `RASD_LOAD_IMPOLITE=1` keeps that flood for a hostile-client run.
 */
const POLITE_ANALYSES = process.env.RASD_LOAD_IMPOLITE !== '1';

function runLoad(url: string, load: Load, tally: Tally): Promise<void> {
  if (load.kind === 'health') return runHealthProbe(url, tally);
  if (load.kind === 'analysis' && POLITE_ANALYSES) return runPoliteClients(url, load, tally);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}${load.path}`,
        connections: load.connections,
        duration: SECONDS,
        // A request still unanswered after this long counts as an error (a timeout).
        timeout: 60,
        ...(load.method
          ? {
              method: load.method,
              headers: AUTH,
              requests: [{ setupRequest: (request) => ({ ...request, body: load.body?.() ?? '' }) }],
            }
          : {}),
      },
      (error) => (error ? reject(error) : resolve()),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      tally.latencies.push(responseTime);
      tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
    });
    instance.on('reqError', () => {
      tally.errors++;
    });
  });
}

/** `load.connections` clients, each posting, reading the answer, and waiting out any Retry-After. */
async function runPoliteClients(url: string, load: Load, tally: Tally): Promise<void> {
  const until = Date.now() + SECONDS * 1000;
  const client = async () => {
    while (Date.now() < until) {
      const started = performance.now();
      let wait = 0;
      try {
        const response = await fetch(`${url}${load.path}`, requestInit(load));
        await response.arrayBuffer();
        tally.latencies.push(performance.now() - started);
        tally.statuses.set(response.status, (tally.statuses.get(response.status) ?? 0) + 1);
        wait = Number(response.headers.get('retry-after') ?? 0) * 1000;
      } catch {
        tally.errors++;
        wait = 1000;
      }
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(wait, until - Date.now())));
    }
  };
  await Promise.all(Array.from({ length: load.connections }, client));
}

/** The prober runs as its own process (health-probe-child.ts says why). */
function runHealthProbe(url: string, tally: Tally): Promise<void> {
  const child = spawn(process.execPath, [PROBE, url, String(SECONDS)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench load: the health prober exited with ${code}`));
      const result = JSON.parse(out) as {
        latencies: number[];
        statuses: Record<string, number>;
        errors: number;
      };
      // Not push(...latencies): a long run's 100,000+ answers overflow the call stack as arguments.
      for (const latency of result.latencies) tally.latencies.push(latency);
      for (const [status, n] of Object.entries(result.statuses)) tally.statuses.set(Number(status), n);
      tally.errors += result.errors;
      resolve();
    });
  });
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function rows(tallies: Map<Load['kind'], Tally>, rss: Rss): BenchmarkRow[] {
  const out: BenchmarkRow[] = [];
  const describe = (t: Tally) =>
    [...t.statuses]
      .sort((a, b) => a[0] - b[0])
      .map(([status, n]) => `${n}×${status}`)
      .join(' ');
  const failed = (t: Tally, designed: readonly number[] = []) =>
    t.errors +
    [...t.statuses].filter(([s]) => s >= 400 && !designed.includes(s)).reduce((n, [, c]) => n + c, 0);
  const read = tallies.get('read');
  const health = tallies.get('health');
  const documents = tallies.get('document');
  const analyses = tallies.get('analysis');
  const note = `${SECONDS} s; 50 readers, 1 health prober, 5 document writers, 2 × 4 MB analyses at once`;
  if (read) {
    out.push({
      benchmark: 'load',
      metric: 'reads: errors',
      value: String(failed(read)),
      note: `${describe(read)}; target 0`,
    });
    out.push({
      benchmark: 'load',
      metric: 'reads: p50 / p95 / p99 ms',
      value: [50, 95, 99].map((p) => percentile(read.latencies, p).toFixed(0)).join(' / '),
      note: `${(read.latencies.length / SECONDS).toFixed(0)} req/s; p95 target < 300 ms; ${note}`,
    });
  }
  if (health) {
    out.push({
      benchmark: 'load',
      metric: 'GET /api/health: p50 / p90 / p99 ms, errors',
      value: `${[50, 90, 99].map((p) => percentile(health.latencies, p).toFixed(1)).join(' / ')}, ${failed(health)}`,
      note: `${health.latencies.length} requests; p99 target < 100 ms`,
    });
  }
  if (documents) {
    out.push({
      benchmark: 'load',
      metric: 'POST /api/documents: errors, p50/p95 ms',
      value: `${failed(documents)}, ${percentile(documents.latencies, 50).toFixed(0)}/${percentile(documents.latencies, 95).toFixed(0)}`,
      note: `${describe(documents)}; target 0 errors`,
    });
  }
  if (analyses) {
    out.push({
      benchmark: 'load',
      metric: 'POST /api/analyze 4 MB: answers',
      value: String(analyses.latencies.length),
      note: `${describe(analyses)}; ${failed(analyses, [429, 504])} errors besides the designed 429 (busy) / 504 (deadline); ${analyses.errors} network`,
    });
  }
  out.push({
    benchmark: 'load',
    metric: 'server RSS warm / peak / end / idle',
    value: `${mb(rss.before)} / ${mb(rss.peak)} / ${mb(rss.end)} / ${mb(rss.settled)}`,
    note: `the rasd serve process, worker threads included: after warm-up, the most under load, at the end, ${SETTLE_MS / 1000} s after`,
  });
  for (const [when, threads] of [
    ['warm', rss.threads.before],
    ['idle', rss.threads.settled],
  ] as const) {
    out.push({
      benchmark: 'load',
      metric: `server V8 heaps by thread, ${when} (MB)`,
      value: threads.map(describeThread).join('; '),
      note: "used / total heap + array buffers; an analysis worker holds ~50 MB of buffers (the tagger's weights)",
    });
  }
  out.push({
    benchmark: 'load',
    metric: 'server memory over time (MB)',
    value: rss.timeline.map(describeSample).join(' | '),
    note: `every ${SAMPLE_SECONDS} s of the load and of the ${SETTLE_MS / 1000} s idle after it: RSS, then each thread's heap used / total (main: / used after its last forced full GC, when RASD_THREAD_MEMORY_GC_SECONDS asks for one)`,
  });
  out.push({
    benchmark: 'load',
    metric: 'server RSS, most per 10 s (MB)',
    value: rss.tenSeconds.map((bytes) => (bytes / 2 ** 20).toFixed(0)).join(' '),
    note: memoryTrend(rss.tenSeconds),
  });
  return out;
}

/**
 * Whether the server's memory kept growing under load: the last ten seconds' most against the
 * second's (the first holds the warm-up), growth within a tenth read as flat.
 */
function memoryTrend(windows: readonly number[]): string {
  const second = windows[1];
  const last = windows[windows.length - 1];
  if (second === undefined || last === undefined || windows.length < 3) return 'too short a run to tell';
  const growth = last - second;
  return growth > second / 10
    ? `grew ${mb(growth)} from the second window to the last: read with the idle figure above`
    : 'flat after the first window';
}

function describeThread(t: ThreadMemory): string {
  const n = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  return `${t.main ? 'main' : `thread ${t.threadId}`} ${n(t.heapUsed)}/${n(t.heapTotal)}+${n(t.arrayBuffers)}`;
}

function describeSample(sample: Rss['timeline'][number]): string {
  const n = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  const threads = sample.threads.map((t) =>
    t.main
      ? `main ${n(t.heapUsed)}/${n(t.heapTotal)}${t.heapUsedAfterGc === undefined ? '' : `/gc ${n(t.heapUsedAfterGc)}`}`
      : `t${t.threadId} ${n(t.heapUsed)}/${n(t.heapTotal)}`,
  );
  return `${sample.second} s: RSS ${n(sample.rss)}; ${threads.join(', ')}`;
}

/** Resident memory of a process from /proc (Linux), in bytes; NaN elsewhere. */
function rssOf(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) * 1024;
  } catch {
    return Number.NaN;
  }
}
