/**
 * The store on PostgreSQL, for many machines: the shared Kysely queries over `PostgresDialect`,
 * full-text search by a `tsvector` (the 'simple' configuration, GIN index) over Rasd's own index
 * forms, the same tables as SQLite plus the job queue (`src/queue/`).
 *
 * Rules:
 *  1. migrations run on open inside one transaction holding an advisory lock, so any number of
 *     processes may start at once: the first migrates, the others wait and then find it done;
 *  2. `refreshCorpus` runs under a session advisory lock, so workers that drain the queue at the
 *     same time rebuild the corpus one after the other (the later ones find it fresh and skip);
 *  3. nothing is cached in the process: every answer comes from the database, so any number of
 *     servers and workers see the same store;
 *  4. the URL's password never appears in `location` or in error messages;
 *  5. `pg` is imported only here, and this module only when a PostgreSQL URL is given.
 */
import { Kysely, PostgresDialect, type RawBuilder, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { SqlDialectAdapter } from '../dialect.js';
import { KyselyStore } from '../kysely-store.js';
import { applyMigrations } from '../migrate.js';
import type { Database } from '../schema.js';
import { type CorpusStats, StoreError } from '../store.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';

/** Advisory lock keys (any 64-bit numbers; these spell "rasd" and a step). */
export const LOCK_MIGRATE = 0x72617364_0001n;
export const LOCK_REFRESH = 0x72617364_0002n;

export interface PostgresStoreOptions {
  /** Connections in this process's pool (default `RASD_PG_POOL_MAX`, else 10; at least 2). */
  readonly poolMax?: number;
  readonly now?: () => Date;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

export class PostgresStore extends KyselyStore {
  constructor(
    db: Kysely<Database>,
    adapter: SqlDialectAdapter,
    location: string,
    readonly pool: pg.Pool,
    now?: () => Date,
  ) {
    super(db, adapter, 'postgres', location, now);
  }

  /** Rule 2: one refresh at a time across every process using this database. */
  override refreshCorpus(options: { readonly ifStale?: boolean } = {}): Promise<CorpusStats> {
    return this.withSessionLock(LOCK_REFRESH, () => super.refreshCorpus(options));
  }

  /**
   * Calls `onNotify` on every \`NOTIFY channel\` until the returned function is called. The
   * listener has a connection of its own, outside the pool, so it never starves the queries.
   */
  async listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    const client = new pg.Client(this.pool.options);
    client.on('notification', (message) => {
      if (message.channel === channel) onNotify();
    });
    // A dropped listener must not crash the process; the caller's timeout still wakes it.
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      await client.end().catch(() => {});
      throw this.adapter.describeError(error) ?? error;
    }
    return async () => {
      await client.end().catch(() => {});
    };
  }

  /** Runs `work` while holding a session advisory lock on a connection of its own. */
  async withSessionLock<T>(key: bigint, work: () => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw this.adapter.describeError(error) ?? error;
    }
    try {
      await client.query('SELECT pg_advisory_lock($1)', [key.toString()]);
      try {
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [key.toString()]);
      }
    } finally {
      client.release();
    }
  }

  /**
   * This store's queries running inside `trx`, so a caller can put a document and record
   * something else (a queue job done) in one transaction: `putDocument` joins `trx` instead of
   * opening its own.
   */
  within(trx: Transaction<Database>): KyselyStore {
    const joined = new Proxy(trx, {
      get(target, prop) {
        if (prop === 'transaction')
          return () => ({ execute: <T>(fn: (t: typeof trx) => Promise<T>) => fn(target) });
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    return new KyselyStore(joined, this.adapter, this.kind, this.location);
  }
}

export async function openPostgresStore(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<PostgresStore> {
  const location = redactUrl(url);
  const adapter = postgresAdapter(location);
  const poolMax = Math.max(2, options.poolMax ?? (Number(process.env.RASD_PG_POOL_MAX) || 10));
  const pool = new pg.Pool({ connectionString: url, max: poolMax, connectionTimeoutMillis: 10_000 });
  // An idle connection the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await adapter.migrate(db);
  } catch (error) {
    await db.destroy();
    throw error instanceof StoreError ? error : (adapter.describeError(error) ?? error);
  }
  return new PostgresStore(db, adapter, location, pool, options.now);
}

export function postgresAdapter(location: string): SqlDialectAdapter {
  const adapter: SqlDialectAdapter = {
    kind: 'postgres',
    async migrate(db) {
      await db.transaction().execute(async (trx) => {
        // Several processes may start at once: one migrates, the others wait and find it done.
        await sql`SELECT pg_advisory_xact_lock(${LOCK_MIGRATE.toString()}::bigint)`.execute(trx);
        await applyMigrations(trx, POSTGRES_MIGRATIONS, location);
      });
    },
    async indexDocument(db, docPk, forms) {
      await sql`INSERT INTO doc_fts (doc_pk, forms) VALUES (${docPk}, to_tsvector('simple', ${forms}))
        ON CONFLICT (doc_pk) DO UPDATE SET forms = excluded.forms`.execute(db);
    },
    async unindexDocument(db, docPk) {
      await sql`DELETE FROM doc_fts WHERE doc_pk = ${docPk}`.execute(db);
    },
    matchDocuments(terms): RawBuilder<{ doc_pk: number; score: number }> {
      const query = tsQuery(terms);
      return sql<{
        doc_pk: number;
        score: number;
      }>`(SELECT f.doc_pk, ts_rank(f.forms, q.query) AS score FROM doc_fts f, (SELECT ${query} AS query) q WHERE f.forms @@ q.query)`;
    },
    describeError(error) {
      return describePostgresError(location, error);
    },
  };
  return adapter;
}

/**
 * `(a | b) & (c)`: every term, any of its forms. Each form goes through the same 'simple'
 * configuration as the index (as a bound parameter, so no form can inject query syntax).
 */
export function tsQuery(terms: readonly (readonly string[])[]): RawBuilder<unknown> {
  const anyOf = (forms: readonly string[]) =>
    sql`(${sql.join(
      forms.map((f) => sql`plainto_tsquery('simple', ${f})`),
      sql` || `,
    )})`;
  return sql`(${sql.join(terms.map(anyOf), sql` && `)})`;
}

const UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
]);

export function describePostgresError(location: string, error: unknown): StoreError | undefined {
  const code = String((error as { code?: unknown }).code ?? '');
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  if (UNAVAILABLE.has(code) || code.startsWith('08') || code === '57P01' || code === '57P03') {
    return new StoreError(
      `${location}: cannot reach the PostgreSQL server (${code || message})`,
      'unavailable',
    );
  }
  if (/timeout exceeded when trying to connect|Connection terminated/i.test(message)) {
    return new StoreError(`${location}: cannot reach the PostgreSQL server (${message})`, 'unavailable');
  }
  if (code === '3D000')
    return new StoreError(`${location}: the database does not exist (create it first)`, 'unavailable');
  if (code === '28000' || code === '28P01')
    return new StoreError(`${location}: the server refused these credentials`, 'unavailable');
  if (code === '53100')
    return new StoreError(
      `${location}: the database server's disk is full; nothing more was written`,
      'full',
    );
  if (code === '25006' || code === '42501')
    return new StoreError(
      `${location}: the store cannot be written (read-only server or no privilege)`,
      'readonly',
    );
  if (code === '40P01' || code === '55P03' || code === '40001')
    return new StoreError(`${location}: the store is busy (lock conflict); try again`, 'locked');
  if (code === 'XX001' || code === 'XX002')
    return new StoreError(`${location}: the database is damaged (${code})`, 'corrupt');
  return undefined;
}
