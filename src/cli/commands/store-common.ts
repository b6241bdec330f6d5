/** What the store commands share: the `--store` option, opening the store, failing in one line. */
import { existsSync, rmSync } from 'node:fs';
import { isPostgresUrl, openConfiguredStore, storePath } from '../../store/open-store.js';
import { type Store, StoreError } from '../../store/store.js';
import { EXIT_INPUT_FAILED, UsageError } from '../command.js';
import { isoDate } from '../parse-options.js';

export const STORE_OPTION = { store: { type: 'string' } } as const;

/** The document filter that search, stories and export share (each explains it in its own help). */
export const FILTER_OPTIONS = {
  outlet: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  entity: { type: 'string' },
} as const;

export interface FilterValues {
  readonly outlet?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly entity?: string | undefined;
}

/** The parsed filter; a date that is not YYYY-MM[-DD] is a usage error naming its flag. */
export function documentFilter(values: FilterValues) {
  return {
    outlet: values.outlet,
    from: isoDate(values.from, '--from'),
    to: isoDate(values.to, '--to'),
    entity: values.entity,
  };
}

export const STORE_HELP = `  --store PATH|URL          the store: a SQLite file, or postgres://… for PostgreSQL\n                            (default: $RASD_DATABASE_URL, else $RASD_STORE, else ./rasd.db)`;

/**
 * Runs `work` with the store open, closing it after; a store failure is one line on stderr and exit 1.
 * Only `create` (ingest, worker) makes a new store: a reading command given a path where no store is
 * says so, rather than answering "0 results" from an empty file it just left behind. Nor does a
 * `create` that stored nothing (`rasd ingest nope.txt`) leave a new empty SQLite file behind.
 */
export async function withStore(
  command: string,
  path: string | undefined,
  work: (store: Store) => Promise<number>,
  mode: 'read' | 'create' = 'read',
): Promise<number> {
  let store: Store | undefined;
  const location = storePath({ path, env: process.env });
  const fresh = mode === 'create' && !isPostgresUrl(location) && !existsSync(location);
  try {
    store = await openConfiguredStore({ path, env: process.env, mustExist: mode === 'read' });
    return await work(store);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    process.stderr.write(`rasd ${command}: ${error.message}\n`);
    return EXIT_INPUT_FAILED;
  } finally {
    const discard = fresh && store !== undefined && (await holdsNothing(store));
    await store?.close();
    if (discard) {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${location}${suffix}`, { force: true });
      process.stderr.write(`rasd ${command}: nothing was stored, so no store was created at ${location}\n`);
    }
  }
}

async function holdsNothing(store: Store): Promise<boolean> {
  try {
    return (await store.listDocuments({ limit: 1 })).total === 0;
  } catch {
    return false; // when in doubt, keep the file
  }
}

export function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag} must be a positive whole number (got "${value}")`);
  return n;
}
