/**
 * Fresh PostgreSQL databases for tests: `rasd_test_<pid>_<random>`, created from the maintenance
 * database and dropped (with any connection left open) at the end.
 *
 * The server is `RASD_TEST_PG_URL` (default `postgres://root@127.0.0.1:5432/postgres`, the trust-auth
 * server of this project's machines). When it cannot be reached, `postgresForTests` says so in one
 * line: under CI (`CI=true`) the tests fail with it, elsewhere they are skipped with it.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const ADMIN_URL = process.env.RASD_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  /** A URL whose connections use the schema `schema` (created on demand): a fresh, empty store each. */
  schemaUrl(schema: string): Promise<string>;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Undefined when the server answers; otherwise the one line saying why the tests cannot run. */
export async function postgresUnavailable(): Promise<string | undefined> {
  try {
    await admin(ADMIN_URL, (c) => c.query('SELECT 1'));
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `PostgreSQL is not reachable at ${ADMIN_URL} (${reason}); start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set RASD_TEST_PG_URL`;
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `rasd_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(ADMIN_URL, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(ADMIN_URL, name);
  return {
    name,
    url,
    async schemaUrl(schema) {
      if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`);
      await admin(url, (c) => c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`));
      const parsed = new URL(url);
      parsed.searchParams.set('options', `-c search_path=${schema}`);
      return parsed.toString();
    },
    async drop() {
      await admin(ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
