/**
 * better-sqlite3 with its statements kept: Kysely's SQLite driver prepares every query it runs,
 * and preparing (parsing and planning the SQL) cost about a fifth of the time of the server's
 * reads under load. A statement is reused for the same SQL text unless it is still iterating
 * (a streamed export), in which case a fresh one is prepared. At most `MAX_STATEMENTS` are kept,
 * the oldest dropped first; the SQL texts Rasd runs are a few hundred at most, but a query built
 * with a variable number of parameters (an `IN (…)` list) makes a new text for each length.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

const MAX_STATEMENTS = 1000;

export function withStatementCache(connection: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => connection.close(),
    prepare(sql: string) {
      const kept = statements.get(sql);
      if (kept && !kept.busy) return kept;
      const statement = connection.prepare(sql);
      statements.delete(sql);
      statements.set(sql, statement);
      if (statements.size > MAX_STATEMENTS) statements.delete(statements.keys().next().value as string);
      return statement;
    },
  };
}
