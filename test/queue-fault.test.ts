/**
 * Four worker processes drain a queue of 2,000 small generated documents; one is killed with
 * SIGKILL while it holds jobs. Every document must end up stored exactly once and the stories must
 * equal those of a single-process `rasd ingest` of the same documents.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentKey } from '../src/corpus/document-key.js';
import { generateDocuments, toJsonLines } from '../src/queue/testing/generate-documents.js';
import {
  createTestDatabase,
  postgresUnavailable,
  type TestDatabase,
} from '../src/store/postgres/test-support/test-database.js';
import { requireFreshBuild } from '../src/test-support/fresh-build.js';
import { PROJECT_ROOT, runCli } from './support/run-cli.js';

const unavailable = await postgresUnavailable();
if (unavailable && process.env.CI) throw new Error(unavailable);
if (unavailable) console.warn(`skipping the queue fault test: ${unavailable}`);

const COUNT = 2000;
const BIN = join(PROJECT_ROOT, 'bin/rasd.js');

// It runs the compiled code: fail, saying why, when that is not a build of these sources.
beforeAll(requireFreshBuild);

function startWorker(url: string): ChildProcess {
  return spawn(
    process.execPath,
    [BIN, 'worker', '--until-empty', '--lease', '2', '--poll', '0.2', '--concurrency', '2', '--store', url],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

function exited(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout?.resume();
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
}

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

async function partition(url: string): Promise<string[]> {
  const rows = await query<{ story_json: string }>(url, 'SELECT story_json FROM stories');
  return rows
    .map((r) => {
      const story = JSON.parse(r.story_json) as { id: string; documents: { id: string }[] };
      return `${story.id}:${story.documents
        .map((d) => d.id)
        .sort()
        .join(',')}`;
    })
    .sort();
}

describe.skipIf(unavailable !== undefined)('queue-fed workers under a SIGKILL', () => {
  let queued: TestDatabase;
  let single: TestDatabase;
  let dir: string;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    queued = await createTestDatabase();
    single = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'rasd-queue-'));
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    await queued?.drop();
    await single?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('stores every document exactly once and builds the single-process stories', async () => {
    const documents = generateDocuments(COUNT);
    const file = join(dir, 'docs.jsonl');
    writeFileSync(file, toJsonLines(documents));

    const enqueue = runCli(['ingest', '--queue', file, '--store', queued.url, '--format', 'json']);
    expect(enqueue.stderr).toBe('');
    expect(JSON.parse(enqueue.stdout)).toMatchObject({ queued: COUNT, skipped: 0, failed: 0 });
    // Queueing the same documents again queues nothing.
    const again = runCli(['ingest', '--queue', file, '--store', queued.url, '--format', 'json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ queued: 0, skipped: COUNT });

    for (let i = 0; i < 4; i++) workers.push(startWorker(queued.url));
    const endings = workers.map(exited);
    const victim = workers[0] as ChildProcess;
    // Kill the victim once the run is well under way and it holds jobs.
    for (;;) {
      const [row] = await query<{ done: string; held: string }>(
        queued.url,
        `SELECT count(*) FILTER (WHERE state = 'done') AS done,
                count(*) FILTER (WHERE state = 'running' AND locked_by LIKE '%:${victim.pid}') AS held
           FROM rasd_jobs`,
      );
      if (Number(row?.done) >= COUNT / 4 && Number(row?.held) > 0) break;
      if (Number(row?.done) >= COUNT) throw new Error('the queue drained before the victim could be killed');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    victim.kill('SIGKILL');
    // Read what the victim held after it died: that set can no longer change, whereas the count
    // read before the kill may already be stale by the time the signal lands.
    const orphaned = await query<{ id: string }>(
      queued.url,
      `SELECT id::text AS id FROM rasd_jobs WHERE state = 'running' AND locked_by LIKE '%:${victim.pid}'`,
    );
    const results = await Promise.all(endings);
    expect(results[0]?.signal).toBe('SIGKILL');
    for (const survivor of results.slice(1)) expect(survivor, survivor.stderr).toMatchObject({ code: 0 });

    const keys = await query<{ doc_key: string }>(queued.url, 'SELECT doc_key FROM documents');
    const expected = documents.map((d) => documentKey(d.url, d.text)).sort();
    expect(keys.map((k) => k.doc_key).sort()).toEqual(expected);
    const derived = await query<{ n: string; distinct_docs: string }>(
      queued.url,
      'SELECT count(*) AS n, count(DISTINCT doc_pk) AS distinct_docs FROM doc_fts',
    );
    expect(derived[0]).toEqual({ n: String(COUNT), distinct_docs: String(COUNT) });
    const jobs = await query<{ state: string; n: string }>(
      queued.url,
      'SELECT state, count(*) AS n FROM rasd_jobs GROUP BY state',
    );
    expect(jobs).toEqual([{ state: 'done', n: String(COUNT) }]);
    // Every job the dead worker held was taken up again by a survivor.
    for (const { id } of orphaned) {
      const [job] = await query<{ state: string; attempts: number }>(
        queued.url,
        `SELECT state, attempts FROM rasd_jobs WHERE id::text = '${id}'`,
      );
      expect(job?.state).toBe('done');
      expect(Number(job?.attempts)).toBeGreaterThan(1);
    }

    const baseline = runCli(['ingest', file, '--store', single.url, '--format', 'json']);
    expect(baseline.status, baseline.stderr).toBe(0);
    const stories = await partition(queued.url);
    expect(stories.length).toBeGreaterThan(1);
    expect(stories).toEqual(await partition(single.url));
  }, 600_000);
});
