/**
 * Which store a command uses, decided once: `RASD_DATABASE_URL=postgres://…` selects the PostgreSQL
 * store (when that adapter is built in), otherwise the SQLite file named by `--store`, else
 * `RASD_STORE`, else `./rasd.db`.
 */
import { openSqliteStore } from './sqlite/sqlite-store.js';
import { type Store, StoreError } from './store.js';

export const DEFAULT_STORE_PATH = 'rasd.db';

export interface StoreSettings {
  /** `--store PATH`. */
  readonly path?: string;
  readonly env?: NodeJS.ProcessEnv;
}

export function storePath(settings: StoreSettings): string {
  return settings.path ?? settings.env?.RASD_STORE ?? DEFAULT_STORE_PATH;
}

export async function openConfiguredStore(settings: StoreSettings): Promise<Store> {
  const url = settings.env?.RASD_DATABASE_URL;
  if (url && settings.path === undefined) {
    // The PostgreSQL adapter lives in its own module, loaded only when asked for.
    const modulePath = './postgres/index.js';
    let adapter: { openPostgresStore?: (url: string) => Promise<Store> };
    try {
      adapter = (await import(modulePath)) as typeof adapter;
    } catch {
      throw new StoreError(
        'RASD_DATABASE_URL is set but this Rasd has no PostgreSQL store built in',
        'unavailable',
      );
    }
    if (!adapter.openPostgresStore)
      throw new StoreError('the PostgreSQL store module has no openPostgresStore', 'unavailable');
    return adapter.openPostgresStore(url);
  }
  return openSqliteStore(storePath(settings));
}
