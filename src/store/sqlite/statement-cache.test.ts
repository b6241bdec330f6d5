import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MAX_KEPT_PARAMETERS, withStatementCache } from './statement-cache.js';

const inList = (n: number) => `select ? as v where 1 in (${Array.from({ length: n }, () => '?').join(', ')})`;

describe('withStatementCache', () => {
  const connection = new BetterSqlite3(':memory:');

  it('reuses the statement of a text it has seen', () => {
    const db = withStatementCache(connection);
    const sql = inList(3);
    expect(db.prepare(sql)).toBe(db.prepare(sql));
  });

  it('prepares a text with many parameters for each run instead of keeping it', () => {
    const db = withStatementCache(connection);
    const sql = inList(MAX_KEPT_PARAMETERS + 1);
    const first = db.prepare(sql);
    const second = db.prepare(sql);
    expect(second).not.toBe(first);
    // Both still run (the statement is prepared, only not kept).
    const values = [7, ...Array.from({ length: MAX_KEPT_PARAMETERS + 1 }, (_, i) => i + 1)];
    expect((second as unknown as BetterSqlite3.Statement).get(...values)).toEqual({ v: 7 });
  });

  it('keeps a text at the limit', () => {
    const db = withStatementCache(connection);
    const sql = inList(MAX_KEPT_PARAMETERS - 1);
    expect(db.prepare(sql)).toBe(db.prepare(sql));
  });
});
