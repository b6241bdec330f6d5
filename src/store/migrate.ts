/**
 * Bringing a store's tables to `SCHEMA_VERSION`, the same way on both dialects: read the version
 * recorded in `rasd_schema`, refuse a store written by a newer Rasd, then apply each missing step
 * and record it. Only the DDL differs per dialect (`src/store/{sqlite,postgres}/migrations.ts`).
 */
import { type Kysely, sql } from 'kysely';
import { type Database, SCHEMA_VERSION } from './schema.js';
import { StoreError } from './store.js';

/** The DDL of each version, oldest first: `steps[v - 1]` takes a store from `v - 1` to `v`. */
export type MigrationSteps = readonly (readonly string[])[];

/**
 * Applies the missing versions. `db` may be one transaction (PostgreSQL, under an advisory lock)
 * or the store's connection, in which case each version runs in its own transaction (SQLite).
 */
export async function applyMigrations(
  db: Kysely<Database>,
  steps: MigrationSteps,
  location: string,
): Promise<void> {
  await sql`CREATE TABLE IF NOT EXISTS rasd_schema (version integer PRIMARY KEY, applied_at text NOT NULL)`.execute(
    db,
  );
  const row = await db
    .selectFrom('rasd_schema')
    .select((eb) => eb.fn.max('version').as('v'))
    .executeTakeFirst();
  const current = Number(row?.v ?? 0);
  if (current > SCHEMA_VERSION) {
    throw new StoreError(
      `${location}: this store was written by a newer Rasd (schema version ${current}; this Rasd reads up to ${SCHEMA_VERSION}): upgrade Rasd to open it`,
      'newer-schema',
    );
  }
  for (let version = current + 1; version <= SCHEMA_VERSION; version++) {
    const apply = async (trx: Kysely<Database>) => {
      for (const step of steps[version - 1] ?? []) await sql.raw(step).execute(trx);
      await trx.insertInto('rasd_schema').values({ version, applied_at: new Date().toISOString() }).execute();
    };
    if (db.isTransaction) await apply(db);
    else await db.transaction().execute(apply);
  }
}
