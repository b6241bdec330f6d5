// Issue 18: the embedded store's writes run on a thread of their own, so a write in progress
// never holds the event loop. The writer thread (dist/'s build, compiled by the test setup) is
// held mid-write by its test hook: health and reads must be answered meanwhile, and the document
// POST only once the write is released, stored and joined.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyzeDocument } from '../../analyze/analyze.js';
import type { KyselyStore } from '../../store/kysely-store.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { type Store, StoreError } from '../../store/store.js';
import { requireFreshBuild } from '../../test-support/fresh-build.js';
import { postJson, TEST_TOKEN, testApp } from '../test-support/test-app.js';
import { readSnapshot, type StoreAccess, storeAccess } from './store-access.js';
import { StoreWriter } from './store-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-writer-'));
const opened: { store: Store; access: StoreAccess }[] = [];
beforeAll(requireFreshBuild);
afterAll(async () => {
  for (const { store, access } of opened) {
    await access.close();
    await store.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

async function embedded(name: string, hold?: SharedArrayBuffer) {
  const store = await openSqliteStore(join(dir, name));
  const access = storeAccess(store, hold ? { hold } : {});
  opened.push({ store, access });
  return { store, access };
}

const ARTICLE = 'افتتحت بلدية الزرقاء حديقة عامة جديدة قرب السوق القديم يوم الأحد.';
const bearer = { authorization: `Bearer ${TEST_TOKEN}` };

describe('the store writer thread', () => {
  it('answers health and reads while a document write is held in progress, and the POST once it is stored and joined', async () => {
    const hold = new SharedArrayBuffer(8);
    const flags = new Int32Array(hold);
    const { store, access } = await embedded('held.db', hold);
    expect(access.writer).not.toBeNull();
    const app = testApp({ store, storeTurns: access.storeTurns, writer: access.writer });
    try {
      let answered = false;
      const post = Promise.resolve(
        app.request(
          '/api/documents',
          postJson({ documents: [{ text: ARTICLE, outlet: 'نشرة المحافظة' }] }, bearer),
        ),
      ).finally(() => {
        answered = true;
      });
      // The write has reached the writer's thread and is blocked there.
      await vi.waitFor(() => expect(Atomics.load(flags, 1)).toBe(1), { timeout: 20_000 });

      const health = await app.request('/api/health');
      expect(health.status).toBe(200);
      const before = await app.request('/api/documents');
      expect(((await before.json()) as { total: number }).total).toBe(0);
      expect(answered).toBe(false);

      Atomics.store(flags, 0, 1);
      Atomics.notify(flags, 0);
      const res = await post;
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        results: { id: string; status: string }[];
        corpus: { documents: number };
      };
      expect(body.results[0]?.status).toBe('added');
      expect(body.corpus.documents).toBe(1);
      // Joined before the answer: the document already belongs to a story.
      const id = body.results[0]?.id ?? '';
      const record = await app.request(`/api/documents/${encodeURIComponent(id)}`);
      expect(((await record.json()) as { storyId: string | null }).storyId).not.toBeNull();
    } finally {
      Atomics.store(flags, 0, 1);
      Atomics.notify(flags, 0);
    }
  });

  it('keeps one committed state for a read turn while the writer commits', async () => {
    const { store, access } = await embedded('snapshot.db');
    const analysisJson = JSON.stringify(analyzeDocument({ text: ARTICLE }, {}));
    await readSnapshot(store as KyselyStore)(async () => {
      expect((await store.listDocuments()).total).toBe(0);
      await access.writer?.putDocument({ analysisJson, source: null });
      expect((await store.listDocuments()).total).toBe(0);
    });
    expect((await store.listDocuments()).total).toBe(1);
  });

  it('fails a write with the StoreError the store raised in its thread, code and message kept', async () => {
    const writer = new StoreWriter({ path: join(dir, 'missing', 'none.db') });
    try {
      const failed = writer.refreshCorpus();
      await expect(failed).rejects.toBeInstanceOf(StoreError);
      await expect(failed).rejects.toMatchObject({
        code: 'unavailable',
        message: expect.stringContaining('none.db'),
      });
    } finally {
      await writer.close();
    }
  });

  it('leaves an in-memory store to the routes, which cannot share it with another connection', async () => {
    const store = await openSqliteStore(':memory:');
    const access = storeAccess(store);
    opened.push({ store, access });
    expect(access.writer).toBeNull();
  });
});
