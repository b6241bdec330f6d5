/**
 * The shape of a document prepared for a batch write (`queries/prepared-document.ts` makes it). Types
 * only, importing nothing but the schema's types, so the store's interface and the web UI that reads
 * its types do not pull the analysis code (and Node's modules) in with them.
 */
import type { DocEntitiesTable, DocumentsTable } from './schema.js';

/** A document's columns that do not depend on the moment or the store (`ingested_at`, `pk`, corpus links). */
export type PreparedRow = Omit<
  DocumentsTable,
  'pk' | 'ingested_at' | 'story_id' | 'duplicate_of' | 'component'
>;

export interface PreparedDocument {
  /** The document key (`url:…` or `text:…`). */
  readonly id: string;
  readonly row: PreparedRow;
  readonly featuresJson: string;
  /** The full-text index forms of the title and text. */
  readonly forms: string;
  /** Blocking keys (`src/corpus/stories.ts` rule 3) and the publication day they are indexed under. */
  readonly blockingKeys: readonly string[];
  readonly day: number | null;
  readonly entities: readonly Omit<DocEntitiesTable, 'doc_pk'>[];
  /** The distinct matching keys of its entities' names (`identity_keys`). */
  readonly nameKeys: readonly string[];
}
