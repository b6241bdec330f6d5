import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
