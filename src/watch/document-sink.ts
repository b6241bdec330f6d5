/**
 * Where `rasd watch` puts a new document: analysed here and stored in the store (its corpus joined
 * incrementally once a round), or queued for `rasd worker` processes (PostgreSQL store, `--queue`).
 */
import { analyzeDocument } from '../analyze/analyze.js';
import type { SourceDocument } from '../ingest/source-document.js';
import type { Store } from '../store/store.js';

export type SinkResult = 'added' | 'queued' | 'duplicate';

export interface DocumentSink {
  /** Whether the document with this key is already stored (or queued). */
  has(key: string): Promise<boolean>;
  /** Takes one document; throws when its analysis fails (that item's error) or the store fails. */
  add(document: SourceDocument): Promise<SinkResult>;
  /** After a round that took documents: join them to identities, stories and conflicts. */
  finishRound(): Promise<{ documents: number; stories: number; entities: number; conflicts: number } | null>;
}

export function storeSink(store: Store, refresh: boolean): DocumentSink {
  let added = 0;
  return {
    has: (key) => store.hasDocument(key),
    async add(document) {
      const analysis = analyzeDocument(document.input);
      const result = await store.putDocument({ analysis, source: document.source });
      if (result.status === 'added') added++;
      return result.status;
    },
    async finishRound() {
      if (!refresh || added === 0) return null;
      added = 0;
      return store.refreshCorpus({ ifStale: true });
    },
  };
}

/** The queue of a PostgreSQL store; the workers analyse, store and join. */
export async function queueSink(store: Store): Promise<DocumentSink> {
  const { PostgresStore } = await import('../store/postgres/postgres-store.js');
  if (!(store instanceof PostgresStore)) {
    throw new Error('--queue needs a PostgreSQL store: --store postgres://… or RASD_DATABASE_URL');
  }
  const { JobQueue } = await import('../queue/job-queue.js');
  const queue = new JobQueue(store);
  return {
    has: (key) => store.hasDocument(key),
    async add(document) {
      const result = await queue.enqueue([{ source: document.source, input: document.input }]);
      return result.queued > 0 ? 'queued' : 'duplicate';
    },
    finishRound: async () => null,
  };
}
