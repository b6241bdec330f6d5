/**
 * better-sqlite3 with its statements kept: Kysely's SQLite driver prepares every query it runs,
 * and preparing (parsing and planning the SQL) cost about a fifth of the time of the server's
 * reads under load. A statement is reused for the same SQL text unless it is still iterating
 * (a streamed export), in which case a fresh one is prepared. At most `MAX_STATEMENTS` are kept,
 * the oldest dropped first.
 *
 * A query built with a variable number of parameters (an `IN (…)` list, a multi-row insert) makes
 * a new text for each length: the incremental corpus join made about three new texts per stored
 * document, each kept until a thousand were (issue 18's load run: 1,135 texts for 400 documents,
 * 15 MB more of the writer thread's memory than with 50 kept). Such a statement is prepared for
 * its run and not kept once it has more than `MAX_KEPT_PARAMETERS` parameters: its text seldom
 * comes again, and its preparing is small beside the work of that many rows or keys.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

const MAX_STATEMENTS = 1000;
/** Enough for every fixed query (the widest, a document row, has about 20). */
export const MAX_KEPT_PARAMETERS = 32;

export function withStatementCache(connection: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => connection.close(),
    prepare(sql: string) {
      const kept = statements.get(sql);
      if (kept && !kept.busy) return kept;
      const statement = connection.prepare(sql);
      if (parameterCount(sql) > MAX_KEPT_PARAMETERS) return statement;
      statements.delete(sql);
      statements.set(sql, statement);
      if (statements.size > MAX_STATEMENTS) statements.delete(statements.keys().next().value as string);
      return statement;
    },
  };
}

/** The `?` placeholders Kysely writes (values are never inlined, so a `?` in the text is one). */
function parameterCount(sql: string): number {
  let count = 0;
  for (let i = sql.indexOf('?'); i !== -1; i = sql.indexOf('?', i + 1)) count++;
  return count;
}
