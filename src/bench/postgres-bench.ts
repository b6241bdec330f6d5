/**
 * Scaling on PostgreSQL: ingest throughput of 1, 2 and 4 `rasd worker` processes draining the queue,
 * and search latency (p50/p95) over a large synthetic corpus generated inside the database.
 *
 * Environment:
 *   RASD_BENCH_PG_URL          the server's maintenance database (default postgres://root@127.0.0.1:5432/postgres)
 *   RASD_BENCH_QUEUE_DOCS      documents queued for each worker count (default 1000)
 *   RASD_BENCH_SEARCH_DOCS     documents in the search corpus (default 1000000)
 *   RASD_BENCH_SEARCH_KEEP     when set, the search corpus is kept in database rasd_bench_search_<size> and
 *                              reused by the next run with the same size (a 1M corpus takes minutes to make)
 *   RASD_BENCH_PG_PARTS        `ingest`, `search` or both (default both)
 *
 * The search corpus is made by SQL (`generate_series`), not by analysing a million texts: each row
 * is a document of 40 words drawn from a vocabulary of index forms with a skewed (Zipf-like)
 * distribution, with its `tsvector` and a minimal analysis (its text) for snippets. Each
 * benchmark database is created fresh and dropped at the end. Skipped when PostgreSQL is down.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { JobQueue } from '../queue/job-queue.js';
import { generateDocuments } from '../queue/testing/generate-documents.js';
import { openPostgresStore, type PostgresStore } from '../store/postgres/postgres-store.js';
import { foldKey } from '../text/words.js';
import type { Benchmark, BenchmarkRow } from './types.js';

const ADMIN_URL = process.env.RASD_BENCH_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const BIN = fileURLToPath(new URL('../../bin/rasd.js', import.meta.url));
const NAME = 'postgres';

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `rasd_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** A database kept between runs: `work` is told whether it already existed. */
async function withKeptDatabase<T>(
  name: string,
  work: (url: string, existed: boolean) => Promise<T>,
): Promise<T> {
  let existed = true;
  try {
    await admin(`CREATE DATABASE ${name}`);
    existed = false;
  } catch (error) {
    if ((error as { code?: string }).code !== '42P04') throw error;
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return work(url.toString(), existed);
}

function runWorker(url: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [BIN, 'worker', '--until-empty', '--no-refresh', '--poll', '0.2', '--concurrency', '2', '--store', url],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
}

async function ingestThroughput(workers: number, count: number): Promise<BenchmarkRow[]> {
  return withDatabase(async (url) => {
    const store = await openPostgresStore(url);
    try {
      const docs = generateDocuments(count).map((d, i) => ({ source: `bench#${i}`, input: d }));
      await new JobQueue(store).enqueue(docs);
      const started = performance.now();
      const codes = await Promise.all(Array.from({ length: workers }, () => runWorker(url)));
      const seconds = (performance.now() - started) / 1000;
      if (codes.some((c) => c !== 0)) throw new Error(`a worker exited with ${codes.join(',')}`);
      // Without process start (loading the models): from the first job finished to the last.
      const span = await sql<{
        s: number;
      }>`SELECT extract(epoch FROM max(finished_at) - min(finished_at))::float8 AS s
        FROM rasd_jobs WHERE state = 'done'`.execute(store.db);
      const steady = count / Math.max(1e-3, Number(span.rows[0]?.s ?? 0));
      const refreshStart = performance.now();
      await store.refreshCorpus();
      const refreshSeconds = (performance.now() - refreshStart) / 1000;
      const rows: BenchmarkRow[] = [
        {
          benchmark: NAME,
          metric: `ingest, ${workers} worker${workers > 1 ? 's' : ''} (docs/s)`,
          value: (count / seconds).toFixed(1),
          note: `${count} short documents, ${seconds.toFixed(1)} s incl. process start`,
        },
        {
          benchmark: NAME,
          metric: `ingest, ${workers} worker${workers > 1 ? 's' : ''}, steady (docs/s)`,
          value: steady.toFixed(1),
          note: 'first to last job finished (no process start)',
        },
      ];
      if (workers === 1) {
        rows.push({
          benchmark: NAME,
          metric: 'corpus refresh (s)',
          value: refreshSeconds.toFixed(2),
          note: `${count} documents, identities + stories + conflicts`,
        });
      }
      return rows;
    } finally {
      await store.close();
    }
  });
}

/** The vocabulary: the normalised words of the generated news items, plus numbers, most common first. */
function vocabulary(): string[] {
  const counts = new Map<string, number>();
  for (const doc of generateDocuments(2000)) {
    for (const word of `${doc.title} ${doc.text}`.split(/[\s،.]+/)) {
      const form = foldKey(word);
      if (form) counts.set(form, (counts.get(form) ?? 0) + 1);
    }
  }
  for (let i = 0; i < 2000; i++) counts.set(`w${i}`, 0);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

async function fillCorpus(store: PostgresStore, size: number, words: readonly string[]): Promise<void> {
  await sql`SELECT setseed(0.42)`.execute(store.db);
  const chunk = 100_000;
  for (let from = 1; from <= size; from += chunk) {
    const to = Math.min(size, from + chunk - 1);
    // Word ranks drawn as floor(n * r^3): a skewed distribution, a few words in most documents.
    await sql`
      WITH vocab AS (SELECT ${words}::text[] AS w, cardinality(${words}::text[]) AS n),
      docs AS (
        SELECT i, (SELECT string_agg(vocab.w[1 + floor(vocab.n * power(random(), 3))::int + 0 * j], ' ')
                   FROM generate_series(1, 40) j WHERE i > 0) AS text
        FROM generate_series(${from}::int, ${to}::int) i, vocab)
      INSERT INTO documents (doc_key, url, source, title, outlet, published, published_inferred, ingested_at,
                             text_length, text_hash, analysis_json)
      SELECT 'text:bench' || i, NULL, 'bench', 'خبر ' || i, 'منفذ ' || (i % 50),
             to_char(date '2015-01-01' + (i % 3650), 'YYYY-MM-DD'), 0, '2025-01-01T00:00:00Z',
             length(text), md5(text), json_build_object('version', 1, 'text', text)::text
      FROM docs`.execute(store.db);
  }
  await sql`INSERT INTO doc_fts (doc_pk, forms)
    SELECT pk, to_tsvector('simple', analysis_json::json->>'text') FROM documents`.execute(store.db);
  await sql`ANALYZE`.execute(store.db);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function searchLatency(size: number): Promise<BenchmarkRow[]> {
  const keep = Boolean(process.env.RASD_BENCH_SEARCH_KEEP);
  const measure = async (url: string, existed: boolean) => {
    const store = await openPostgresStore(url);
    try {
      const words = vocabulary();
      const started = performance.now();
      const have = existed
        ? Number(
            (await sql<{ n: number }>`SELECT count(*)::int AS n FROM doc_fts`.execute(store.db)).rows[0]?.n,
          )
        : 0;
      if (have !== size) {
        if (have > 0) await sql`TRUNCATE documents, doc_fts`.execute(store.db);
        await fillCorpus(store, size, words);
      }
      const fillSeconds = (performance.now() - started) / 1000;
      const rows: BenchmarkRow[] = [
        {
          benchmark: NAME,
          metric: have === size ? 'search corpus reused (s)' : 'search corpus generated (s)',
          value: fillSeconds.toFixed(0),
          note: `${size} documents of 40 words, tsvector + GIN`,
        },
      ];
      const classes: [string, string[]][] = [
        ['rare word', words.slice(-40).slice(0, 20)],
        ['mid word', words.slice(Math.floor(words.length / 3), Math.floor(words.length / 3) + 20)],
        ['two mid words', words.slice(200, 220).map((w, i) => `${w} ${words[300 + i]}`)],
        ['common word', words.slice(5, 25)],
      ];
      for (const [label, queries] of classes) {
        const times: number[] = [];
        let total = 0;
        for (let round = 0; round < 3; round++) {
          for (const text of queries) {
            const t0 = performance.now();
            const result = await store.search({ text, limit: 20 });
            times.push(performance.now() - t0);
            total += result.total;
          }
        }
        times.sort((a, b) => a - b);
        rows.push({
          benchmark: NAME,
          metric: `search p50/p95, ${label} (ms)`,
          value: `${percentile(times, 50).toFixed(1)}/${percentile(times, 95).toFixed(1)}`,
          note: `${size} docs, ~${Math.round(total / times.length)} matches a query, first page of 20`,
        });
      }
      return rows;
    } finally {
      await store.close();
    }
  };
  return keep
    ? withKeptDatabase(`rasd_bench_search_${size}`, measure)
    : withDatabase((url) => measure(url, false));
}

export const postgresBenchmark: Benchmark = {
  name: NAME,
  async run() {
    try {
      await admin('SELECT 1');
    } catch (error) {
      return [
        { benchmark: NAME, metric: 'skipped', value: '-', note: `PostgreSQL unreachable: ${String(error)}` },
      ];
    }
    const queueDocs = Number(process.env.RASD_BENCH_QUEUE_DOCS) || 1000;
    const searchDocs = Number(process.env.RASD_BENCH_SEARCH_DOCS) || 1_000_000;
    const parts = process.env.RASD_BENCH_PG_PARTS ?? 'ingest,search';
    const rows: BenchmarkRow[] = [];
    if (parts.includes('ingest'))
      for (const workers of [1, 2, 4]) rows.push(...(await ingestThroughput(workers, queueDocs)));
    if (parts.includes('search')) rows.push(...(await searchLatency(searchDocs)));
    return rows;
  },
};
