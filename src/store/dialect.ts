/**
 * What the two SQL dialects do differently, and nothing else: creating and upgrading the tables,
 * and the full-text index. Everything else is a Kysely query in `queries/` that runs on both.
 *
 * The full-text index never sees raw text: it gets Rasd's own index forms (`src/corpus/search-forms.ts`:
 * each token's normalised form and its clitic-stripped stem, space-separated), so SQLite and
 * PostgreSQL match Arabic identically without either database's own stemmer.
 */
import type { Kysely, RawBuilder } from 'kysely';
import type { Database } from './schema.js';
import type { StoreError } from './store.js';

export interface SqlDialectAdapter {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Brings the schema to `SCHEMA_VERSION`, each step in a transaction, recording each in
   * `rasd_schema`. Throws `StoreError('…newer…', 'newer-schema')` when the store is newer.
   */
  migrate(db: Kysely<Database>): Promise<void>;
  /** Writes (or replaces) a document's index forms; runs inside the document's transaction. */
  indexDocument(db: Kysely<Database>, docPk: number, forms: string): Promise<void>;
  /** Removes a document from the full-text index (when a document is deleted). */
  unindexDocument(db: Kysely<Database>, docPk: number): Promise<void>;
  /**
   * A query yielding `doc_pk` and `score` (higher is better) for documents whose index holds, for
   * every term, at least one of its alternative forms. Used as a derived table by `queries/`.
   */
  matchDocuments(terms: readonly (readonly string[])[]): RawBuilder<{ doc_pk: number; score: number }>;
  /** The driver's error as a one-line `StoreError` (corrupt, locked, full…), or undefined for a bug. */
  describeError(error: unknown): StoreError | undefined;
}
