/**
 * How the server reaches its store, decided once by its kind:
 *  - the embedded SQLite file: reads on the event loop's connection, one turn at a time
 *    (store-turns.ts), each turn one read transaction, so a route that asks several queries sees
 *    one committed state even while the writer's thread commits; writes on the writer's thread
 *    (store-writer.ts), never on the event loop's;
 *  - PostgreSQL (whose queries wait on the network without holding the loop) and an in-memory
 *    SQLite store (which another connection cannot open): turns only, writes in the routes as
 *    before.
 */
import { sql } from 'kysely';
import { KyselyStore } from '../../store/kysely-store.js';
import type { Store } from '../../store/store.js';
import { storeTurns } from '../store-turns.js';
import { type DocumentWriter, StoreWriter, type WriterData } from './store-writer.js';

export type StoreWork = <T>(work: () => Promise<T>) => Promise<T>;

export interface StoreAccess {
  readonly storeTurns: StoreWork;
  /** Where documents are written; null: the routes write through the store itself. */
  readonly writer: DocumentWriter | null;
  close(): Promise<void>;
}

export function storeAccess(store: Store | null, testing: Pick<WriterData, 'hold'> = {}): StoreAccess {
  const path = embeddedFile(store);
  if (!store || path === null) {
    return {
      storeTurns: storeTurns(store?.kind === 'sqlite' ? 1 : 64),
      writer: null,
      close: async () => undefined,
    };
  }
  const turns = storeTurns(1);
  const snapshot = readSnapshot(store as KyselyStore);
  const writer = new StoreWriter({ path, ...testing });
  return {
    storeTurns: (work) => turns(() => snapshot(work)),
    writer,
    close: () => writer.close(),
  };
}

/** The SQLite file a second connection can open, or null for any other store. */
function embeddedFile(store: Store | null): string | null {
  if (!(store instanceof KyselyStore) || store.kind !== 'sqlite') return null;
  return store.location === '' || store.location === ':memory:' ? null : store.location;
}

/**
 * Runs `work` inside one read transaction of the store's connection: in WAL mode every query in it
 * sees the store as it was at the first one, whatever the writer commits meanwhile. Only one
 * piece of work may use the connection at a time (the turns guarantee it).
 */
export function readSnapshot(store: KyselyStore): StoreWork {
  return async (work) => {
    await sql`BEGIN`.execute(store.db);
    try {
      return await work();
    } finally {
      await sql`COMMIT`.execute(store.db);
    }
  };
}
