/**
 * The embedded store: one SQLite file (better-sqlite3 12.x) in WAL mode, full-text search by FTS5
 * over Rasd's index forms, the shared Kysely queries for everything else.
 *
 * Rules:
 *  1. the file is opened, checked to be a SQLite database and migrated before anything else, so a
 *     corrupt, locked or newer store is refused with one line before any document is read;
 *  2. WAL with `synchronous = NORMAL`: a crash loses at most the last transactions, never corrupts;
 *  3. a writer waits up to `busyTimeoutMs` for another writer before the store counts as locked;
 *  4. SQLite's error codes become `StoreError`s saying what the user can do.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, type RawBuilder, SqliteDialect, sql } from 'kysely';
import type { SqlDialectAdapter } from '../dialect.js';
import { KyselyStore } from '../kysely-store.js';
import { applyMigrations } from '../migrate.js';
import type { Database } from '../schema.js';
import { type Store, StoreError } from '../store.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { withStatementCache } from './statement-cache.js';

/** Page cache of each connection, in KiB: 64 MiB (SQLite's default is about 2 MiB). */
const CACHE_KIB = 65_536;

export interface SqliteStoreOptions {
  readonly busyTimeoutMs?: number;
  readonly now?: () => Date;
  /** Refuse a file that does not exist or holds no Rasd store, instead of making one there. */
  readonly mustExist?: boolean;
}

export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  const adapter = sqliteAdapter(path);
  checkLocation(path, options.mustExist ?? false);
  let connection: BetterSqlite3.Database;
  try {
    connection = new BetterSqlite3(path, { fileMustExist: options.mustExist ?? false });
    if (options.mustExist && !hasRasdSchema(connection)) {
      connection.close();
      throw new StoreError(`${path}: not a Rasd store (make one with \`rasd ingest\`)`, 'corrupt');
    }
    connection.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = NORMAL');
    // The blocking index takes ~90 keys a document in random places: with SQLite's default 2 MB
    // page cache a batch of 10,000 documents spent most of its time re-reading index pages.
    connection.pragma(`cache_size = -${CACHE_KIB}`);
    connection.pragma('foreign_keys = ON');
  } catch (error) {
    throw error instanceof StoreError ? error : (adapter.describeError(error) ?? error);
  }
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(connection) }),
  });
  try {
    await adapter.migrate(db);
  } catch (error) {
    await db.destroy();
    throw error instanceof StoreError ? error : (adapter.describeError(error) ?? error);
  }
  return new KyselyStore(db, adapter, 'sqlite', path, options.now);
}

/** better-sqlite3 says a missing folder only in a TypeError's message: say it, and what to do, here. */
function checkLocation(path: string, mustExist: boolean): void {
  if (path === ':memory:' || path === '') return;
  if (mustExist && !existsSync(path)) {
    throw new StoreError(
      `${path}: no store there (make one with \`rasd ingest\`, or give --store)`,
      'unavailable',
    );
  }
  const folder = dirname(path);
  if (!existsSync(folder))
    throw new StoreError(`${path}: the folder ${folder} does not exist`, 'unavailable');
  if (!statSync(folder).isDirectory())
    throw new StoreError(`${path}: ${folder} is not a folder`, 'unavailable');
}

function hasRasdSchema(connection: BetterSqlite3.Database): boolean {
  return (
    connection.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'rasd_schema'").get() !==
    undefined
  );
}

function sqliteAdapter(path: string): SqlDialectAdapter {
  const adapter: SqlDialectAdapter = {
    kind: 'sqlite',
    async migrate(db) {
      await applyMigrations(db, SQLITE_MIGRATIONS, path);
    },
    async indexDocument(db, docPk, forms) {
      await sql`INSERT INTO doc_fts (rowid, forms) VALUES (${docPk}, ${forms})`.execute(db);
    },
    async unindexDocument(db, docPk) {
      await sql`DELETE FROM doc_fts WHERE rowid = ${docPk}`.execute(db);
    },
    matchDocuments(terms): RawBuilder<{ doc_pk: number; score: number }> {
      return sql<{
        doc_pk: number;
        score: number;
      }>`(SELECT rowid AS doc_pk, -bm25(doc_fts) AS score FROM doc_fts WHERE doc_fts MATCH ${ftsQuery(terms)})`;
    },
    describeError(error) {
      return describeSqliteError(path, error);
    },
  };
  return adapter;
}

/** `("a" OR "b") AND ("c")`: every term, any of its forms; quotes make every form a literal. */
export function ftsQuery(terms: readonly (readonly string[])[]): string {
  return terms
    .map((forms) => `(${forms.map((f) => `"${f.replace(/"/g, '""')}"`).join(' OR ')})`)
    .join(' AND ');
}

export function describeSqliteError(path: string, error: unknown): StoreError | undefined {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new StoreError(`${path}: not a Rasd store or the file is damaged (${code})`, 'corrupt');
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreError(
      `${path}: the store is locked by another process; try again when it has finished`,
      'locked',
    );
  }
  if (code === 'SQLITE_FULL')
    return new StoreError(`${path}: the disk is full; nothing more was written`, 'full');
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM') {
    return new StoreError(`${path}: the store cannot be written (read-only file or folder)`, 'readonly');
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return new StoreError(
      `${path}: cannot open or create the store (can its folder be written?)`,
      'unavailable',
    );
  }
  if (code.startsWith('SQLITE_IOERR'))
    return new StoreError(`${path}: input/output error (${code})`, 'unavailable');
  return undefined;
}
