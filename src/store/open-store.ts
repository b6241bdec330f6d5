/**
 * Which store a command uses, decided once, by the URL scheme: a `postgres://` (or
 * `postgresql://`) URL selects the PostgreSQL store, anything else is a SQLite file. The location
 * is `--store`, else `RASD_DATABASE_URL`, else `RASD_STORE`, else `./rasd.db`. The PostgreSQL
 * adapter (and `pg`) is imported only when a PostgreSQL URL is given.
 */
import { openSqliteStore } from './sqlite/sqlite-store.js';
import { type Store, StoreError } from './store.js';

export const DEFAULT_STORE_PATH = 'rasd.db';

export interface StoreSettings {
  /** `--store PATH|URL`. */
  readonly path?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** A reading command: a SQLite store that is not there is an error, not a new empty store. */
  readonly mustExist?: boolean;
}

export function isPostgresUrl(value: string | undefined): value is string {
  return value !== undefined && /^postgres(ql)?:\/\//i.test(value);
}

export function storePath(settings: StoreSettings): string {
  return settings.path ?? settings.env?.RASD_DATABASE_URL ?? settings.env?.RASD_STORE ?? DEFAULT_STORE_PATH;
}

export async function openConfiguredStore(settings: StoreSettings): Promise<Store> {
  const location = storePath(settings);
  if (isPostgresUrl(location)) {
    // The PostgreSQL adapter lives in its own module, loaded only when asked for.
    const modulePath = './postgres/index.js';
    let adapter: { openPostgresStore?: (url: string) => Promise<Store> };
    try {
      adapter = (await import(modulePath)) as typeof adapter;
    } catch {
      throw new StoreError(
        'a PostgreSQL URL was given but this Rasd has no PostgreSQL store built in',
        'unavailable',
      );
    }
    if (!adapter.openPostgresStore)
      throw new StoreError('the PostgreSQL store module has no openPostgresStore', 'unavailable');
    return adapter.openPostgresStore(location);
  }
  if (settings.env?.RASD_DATABASE_URL && settings.path === undefined) {
    throw new StoreError('RASD_DATABASE_URL must be a postgres:// URL', 'unavailable');
  }
  return openSqliteStore(location, { mustExist: settings.mustExist ?? false });
}
