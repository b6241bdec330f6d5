import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { makeAnalysis } from '../../corpus/testing/make-analysis.js';
import { StoreError } from '../store.js';
import { describeStoreContract } from '../test-support/contract-suite.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-store-'));
let n = 0;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStoreContract('sqlite', () => openSqliteStore(join(dir, `store-${n++}.db`)));

describe('opening a SQLite store that is not there', () => {
  it('names the missing folder as a StoreError instead of a TypeError', async () => {
    const path = join(dir, 'no-such-folder', 'news.db');
    await expect(openSqliteStore(path)).rejects.toThrow(StoreError);
    await expect(openSqliteStore(path)).rejects.toThrow(/no-such-folder does not exist/);
  });

  it('with mustExist, refuses a missing file and leaves no file behind', async () => {
    const path = join(dir, 'typo.db');
    await expect(openSqliteStore(path, { mustExist: true })).rejects.toThrow(/no store there/);
    expect(existsSync(path)).toBe(false);
  });

  it('with mustExist, refuses an empty file rather than turning it into a store', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, '');
    await expect(openSqliteStore(path, { mustExist: true })).rejects.toThrow(/not a Rasd store/);
  });

  it('with mustExist, opens a store an earlier run made', async () => {
    const path = join(dir, 'made.db');
    await (await openSqliteStore(path)).close();
    const store = await openSqliteStore(path, { mustExist: true });
    await store.close();
  });
});

describe('a store written by a Rasd with other name keys', () => {
  const lavrov = (url: string, spelling: string) =>
    makeAnalysis({
      text: `قال وزير الخارجية الروسي ${spelling} إن المحادثات مع طالبان مستمرة.`,
      url,
      published: '2024-05-02',
      outlet: 'الخليج اليوم',
      entities: [
        { type: 'PER', name: spelling },
        { type: 'ORG', name: 'طالبان' },
      ],
    });

  it('computes its stored keys again, so new mentions join the identities of old ones', async () => {
    const path = join(dir, 'old-keys.db');
    const store = await openSqliteStore(path);
    await store.putDocument({ analysis: lavrov('https://a.example/1', 'سيرغي لافروف') });
    await store.putDocument({ analysis: lavrov('https://b.example/2', 'سيرجي لافروف') });
    await store.refreshCorpus();
    await store.close();
    // What an older Rasd left: keys by other rules, and no record of which rules made them.
    const db = new Database(path);
    db.prepare(`UPDATE doc_entities SET match_key = 'old ' || name`).run();
    db.prepare(`DELETE FROM rasd_meta WHERE key = 'name_keys'`).run();
    db.close();
    const reopened = await openSqliteStore(path);
    await reopened.putDocument({ analysis: lavrov('https://c.example/3', 'سيرغي لافروف') });
    await reopened.refreshCorpus({ ifStale: true });
    expect((await reopened.entity('سيرغي لافروف'))?.documentCount).toBe(3);
    await reopened.close();
  });
});
