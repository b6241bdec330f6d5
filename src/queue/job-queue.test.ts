import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore, type PostgresStore } from '../store/postgres/postgres-store.js';
import {
  createTestDatabase,
  postgresUnavailable,
  type TestDatabase,
} from '../store/postgres/test-support/test-database.js';
import { JobQueue, LeaseLost } from './job-queue.js';
import { runWorker } from './worker.js';

const unavailable = await postgresUnavailable();
if (unavailable && process.env.CI) throw new Error(unavailable);
if (unavailable) console.warn(`skipping the queue tests: ${unavailable}`);

const doc = (n: number, text = `افتتحت بلدية صيدا حديقة عامة جديدة رقم ${n} قرب الكورنيش البحري.`) => ({
  source: `gen#${n}`,
  input: {
    text,
    title: `حديقة ${n}`,
    outlet: 'صدى الساحل',
    published: `2024-03-0${(n % 9) + 1}`,
    url: null,
  },
});

/** Makes every lease of the queue run out now, as if its workers had died long ago. */
async function expireLeases(store: PostgresStore): Promise<void> {
  await sql`UPDATE rasd_jobs SET locked_until = now() - interval '1 second' WHERE state = 'running'`.execute(
    store.db,
  );
}

describe.skipIf(unavailable !== undefined)('PostgreSQL job queue', () => {
  let database: TestDatabase;
  let n = 0;
  const open: PostgresStore[] = [];
  const fresh = async () => {
    const store = await openPostgresStore(await database.schemaUrl(`queue_${n++}`));
    open.push(store);
    return store;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('queues a document once, by its document key, and not at all once stored', async () => {
    const store = await fresh();
    const queue = new JobQueue(store);
    expect(await queue.enqueue([doc(1), doc(2), doc(1)])).toEqual({ queued: 2, skipped: 1 });
    // The same text with other diacritics and spacing is the same document.
    const respelled = doc(3, doc(1).input.text.replace('حديقة', 'حَدِيقة  '));
    expect(await queue.enqueue([respelled])).toEqual({ queued: 0, skipped: 1 });
    await runWorker(store, { untilEmpty: true, pollMs: 10 });
    expect(await queue.enqueue([doc(2), doc(4)])).toEqual({ queued: 1, skipped: 1 });
  });

  it('never gives one job to two workers while its lease lasts', async () => {
    const store = await fresh();
    await new JobQueue(store).enqueue([doc(1), doc(2), doc(3)]);
    const a = await new JobQueue(store, 'a').claim(2, 60_000);
    const b = await new JobQueue(store, 'b').claim(5, 60_000);
    expect(a).toHaveLength(2);
    expect(b.map((j) => j.id)).not.toContain(a[0]?.id);
    expect(a.length + b.length).toBe(3);
    expect(await new JobQueue(store, 'c').claim(5, 60_000)).toEqual([]);
  });

  it("takes over a dead worker's job, and the dead worker's late write changes nothing", async () => {
    const store = await fresh();
    await new JobQueue(store).enqueue([doc(1)]);
    const [stale] = await new JobQueue(store, 'dead').claim(1, 60_000);
    await expireLeases(store);
    const [taken] = await new JobQueue(store, 'alive').claim(1, 60_000);
    expect(taken?.id).toBe(stale?.id);
    expect(taken?.attempts).toBe(2);
    if (!stale || !taken) throw new Error('no job');
    // The first holder wakes up and tries to finish: refused, and its work is not written.
    let wrote = false;
    await expect(
      new JobQueue(store).complete(stale, async () => {
        wrote = true;
        return { status: 'added' };
      }),
    ).rejects.toBeInstanceOf(LeaseLost);
    expect(wrote).toBe(false);
    const { analyzeDocument } = await import('../analyze/analyze.js');
    const analysis = analyzeDocument(taken.payload.input);
    const result = await new JobQueue(store).complete(taken, (trx) =>
      store.within(trx).putDocument({ analysis }),
    );
    expect(result.status).toBe('added');
    expect(await new JobQueue(store).counts()).toMatchObject({ done: 1, running: 0 });
    expect((await store.listDocuments()).total).toBe(1);
  }, 20_000);

  it('writes nothing of a job whose work fails inside the transaction', async () => {
    const store = await fresh();
    const queue = new JobQueue(store);
    await queue.enqueue([doc(1)]);
    const [job] = await queue.claim(1, 60_000);
    if (!job) throw new Error('no job');
    await expect(
      queue.complete(job, async (trx) => {
        await store.within(trx).putDocument({
          analysis: (await import('../analyze/analyze.js')).analyzeDocument(job.payload.input),
        });
        throw new Error('disk on fire');
      }),
    ).rejects.toThrow('disk on fire');
    expect((await store.listDocuments()).total).toBe(0);
    expect((await queue.counts()).running).toBe(1);
  });

  it('keeps the last error, retries later, and gives up after the last attempt', async () => {
    const store = await fresh();
    const queue = new JobQueue(store);
    await queue.enqueue([doc(1)], 2);
    const [first] = await queue.claim(1, 60_000);
    if (!first) throw new Error('no job');
    expect(await queue.fail(first, new Error('analysis rejected it\nsecond line'))).toBe('retry');
    expect(await queue.claim(1, 60_000)).toEqual([]); // not before its delay
    await sql`UPDATE rasd_jobs SET run_after = now()`.execute(store.db);
    const [second] = await queue.claim(1, 60_000);
    if (!second) throw new Error('no job');
    expect(await queue.fail(second, new Error('again'))).toBe('failed');
    expect(await queue.failures()).toEqual([{ docKey: second.docKey, source: 'gen#1', error: 'again' }]);
    expect(await queue.counts()).toMatchObject({ failed: 1, pending: 0 });
    expect(await queue.retryFailed()).toBe(1);
    expect(await queue.counts()).toMatchObject({ failed: 0, pending: 1 });
  });

  it('fails a job whose every attempt ended with its worker dead', async () => {
    const store = await fresh();
    const queue = new JobQueue(store);
    await queue.enqueue([doc(1)], 1);
    await queue.claim(1, 60_000);
    await expireLeases(store);
    expect(await queue.claim(1, 60_000)).toEqual([]);
    expect((await queue.failures())[0]?.error).toMatch(/lease ran out/);
  });

  it('drains the queue with several workers at once and refreshes the stories once drained', async () => {
    const store = await fresh();
    const queue = new JobQueue(store);
    await queue.enqueue(Array.from({ length: 12 }, (_, i) => doc(i)));
    const tallies = await Promise.all(
      [1, 2, 3].map(() => runWorker(store, { untilEmpty: true, concurrency: 2, pollMs: 10 })),
    );
    expect(tallies.reduce((sum, t) => sum + t.added, 0)).toBe(12);
    expect(tallies.reduce((sum, t) => sum + t.duplicates, 0)).toBe(0);
    expect(await queue.counts()).toEqual({ pending: 0, running: 0, done: 12, failed: 0 });
    const docs = await store.listDocuments({ limit: 100 });
    expect(docs.items.every((d) => d.storyId !== null)).toBe(true);
  });

  it('an idle worker wakes on NOTIFY, not on its poll, and joins each document to the stories', async () => {
    const store = await fresh();
    const queue = new JobQueue(store);
    const stop = new AbortController();
    const worker = runWorker(store, { pollMs: 3_600_000, signal: stop.signal });
    try {
      for (const k of [1, 2]) {
        // The worker is asleep for an hour unless the enqueue's notification wakes it.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await queue.enqueue([doc(k)]);
        for (let tries = 0; tries < 100; tries++) {
          const docs = await store.listDocuments({ limit: 10 });
          if (docs.total === k && docs.items.every((d) => d.storyId !== null)) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const docs = await store.listDocuments({ limit: 10 });
        expect(docs.total).toBe(k);
        expect(docs.items.every((d) => d.storyId !== null)).toBe(true);
      }
    } finally {
      stop.abort();
      await worker;
    }
  });
});
