import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAnalysis } from '../../corpus/testing/make-analysis.js';
import { openConfiguredStore } from '../open-store.js';
import { SCHEMA_VERSION } from '../schema.js';
import { StoreError } from '../store.js';
import { describeStoreContract } from '../test-support/contract-suite.js';
import { openPostgresStore, type PostgresStore, redactUrl } from './postgres-store.js';
import { createTestDatabase, postgresUnavailable, type TestDatabase } from './test-support/test-database.js';

const unavailable = await postgresUnavailable();
if (unavailable && process.env.CI) throw new Error(unavailable);
if (unavailable) console.warn(`skipping the PostgreSQL store tests: ${unavailable}`);

describe.skipIf(unavailable !== undefined)('PostgreSQL store', () => {
  let database: TestDatabase;
  let n = 0;
  const freshUrl = () => database.schemaUrl(`store_${n++}`);

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  describeStoreContract('postgres', async () => openPostgresStore(await freshUrl()));

  it('migrates once when several processes open a new store at the same moment', async () => {
    const url = await freshUrl();
    const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(url, { poolMax: 2 })));
    try {
      const rows = await stores[0]?.db.selectFrom('rasd_schema').selectAll().execute();
      expect(rows?.map((r) => r.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    } finally {
      for (const store of stores) await store.close();
    }
  });

  it('refuses a store written by a newer schema, in one line', async () => {
    const url = await freshUrl();
    const store = await openPostgresStore(url);
    await store.db
      .insertInto('rasd_schema')
      .values({ version: SCHEMA_VERSION + 1, applied_at: 'later' })
      .execute();
    await store.close();
    const opening = openPostgresStore(url);
    await expect(opening).rejects.toBeInstanceOf(StoreError);
    await expect(opening).rejects.toThrow(/newer Rasd/);
  });

  it('says in one line when the server cannot be reached, without the password', async () => {
    const opening = openPostgresStore('postgres://root:secret@127.0.0.1:1/none');
    await expect(opening).rejects.toThrow(/cannot reach the PostgreSQL server/);
    await expect(opening).rejects.not.toThrow(/secret/);
    expect(redactUrl('postgres://u:pw@h/db')).toBe('postgres://u:***@h/db');
  });

  it('is chosen by the URL scheme of --store, RASD_STORE or RASD_DATABASE_URL', async () => {
    const url = await freshUrl();
    for (const settings of [
      { path: url, env: {} },
      { env: { RASD_STORE: url } },
      { env: { RASD_DATABASE_URL: url } },
    ]) {
      const store = await openConfiguredStore(settings);
      try {
        expect(store.kind).toBe('postgres');
      } finally {
        await store.close();
      }
    }
  });

  it('refreshes the corpus once at a time when many processes ask together', async () => {
    const url = await freshUrl();
    const stores: PostgresStore[] = [];
    for (let i = 0; i < 3; i++) stores.push(await openPostgresStore(url, { poolMax: 2 }));
    try {
      const text = (i: number) => `أعلنت بلدية طرابلس افتتاح جسر جديد رقم ${i} فوق الوادي الكبير في المدينة.`;
      for (let i = 0; i < 6; i++) {
        await stores[i % 3]?.putDocument({
          analysis: makeAnalysis({
            text: text(i),
            published: `2024-01-0${i + 1}`,
            entities: [{ type: 'LOC', name: 'طرابلس' }],
          }),
        });
      }
      const stats = await Promise.all(stores.map((s) => s.refreshCorpus({ ifStale: true })));
      for (const s of stats) expect(s.documents).toBe(6);
      const stories = await stores[0]?.stories({ limit: 100 });
      expect(stories?.items.flatMap((s) => s.documents).length).toBe(6);
    } finally {
      for (const store of stores) await store.close();
    }
  });
});
