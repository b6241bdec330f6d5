/**
 * HTTP API throughput and latency: `rasd serve` runs as its own process on loopback over a store
 * of the sample corpus, and autocannon loads one route at a time for a few seconds each (bounded
 * in time; nothing leaves the machine). Measured: search (a read through SQLite FTS5) and analyse
 * (the whole pipeline per request), with /api/health as the cost of the HTTP shell alone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { listeningUrl } from './serve-child.js';
import type { Benchmark, BenchmarkRow } from './types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/rasd.js');
const CORPUS = join(ROOT, 'examples/corpus/articles.jsonl');
const ARTICLE = readFileSync(join(ROOT, 'examples/article-ar.txt'), 'utf8');
const SECONDS_PER_ROUTE = 4;

interface Load {
  readonly name: string;
  readonly path: string;
  readonly connections: number;
  readonly body?: string;
}

const LOADS: readonly Load[] = [
  // The HTTP shell alone (routing, validation, headers): the floor under every other route.
  { name: 'GET /api/health', path: '/api/health', connections: 8 },
  { name: 'GET /api/search', path: `/api/search?q=${encodeURIComponent('زلزال')}&limit=10`, connections: 8 },
  {
    name: 'POST /api/analyze',
    path: '/api/analyze',
    connections: 2,
    body: JSON.stringify({ text: ARTICLE, published: '2024-04-20' }),
  },
];

export const apiBenchmark: Benchmark = {
  name: 'api',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'rasd-bench-api-'));
    const store = join(dir, 'bench.db');
    const ingest = spawnSync(process.execPath, [BIN, 'ingest', CORPUS, '--store', store], {
      encoding: 'utf8',
    });
    if (ingest.status !== 0) throw new Error(`bench api: ingest failed: ${ingest.stderr}`);
    const server = spawn(process.execPath, [BIN, 'serve', '--store', store, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, RASD_TOKEN: '' },
    });
    const rows: BenchmarkRow[] = [];
    try {
      const url = await listeningUrl(server, 'api');
      for (const load of LOADS) rows.push(...(await measureRoute(url, load)));
    } finally {
      server.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};

async function measureRoute(url: string, load: Load): Promise<BenchmarkRow[]> {
  // One request first, so lazy loading (the tagger's model, SQLite's page cache) is not timed.
  await fetch(`${url}${load.path}`, {
    method: load.body ? 'POST' : 'GET',
    ...(load.body ? { body: load.body, headers: { 'content-type': 'application/json' } } : {}),
  });
  const result = await autocannon({
    url: `${url}${load.path}`,
    connections: load.connections,
    duration: SECONDS_PER_ROUTE,
    method: load.body ? 'POST' : 'GET',
    ...(load.body ? { body: load.body, headers: { 'content-type': 'application/json' } } : {}),
  });
  const failed = result.errors + result.timeouts + result.non2xx;
  const note = `${load.connections} connections, ${SECONDS_PER_ROUTE} s${failed > 0 ? `, ${failed} FAILED` : ''}`;
  return [
    { benchmark: 'api', metric: `${load.name} req/s`, value: result.requests.average.toFixed(0), note },
    { benchmark: 'api', metric: `${load.name} p50 ms`, value: result.latency.p50.toFixed(1) },
    { benchmark: 'api', metric: `${load.name} p99 ms`, value: result.latency.p99.toFixed(1) },
  ];
}
