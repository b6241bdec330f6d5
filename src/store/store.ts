/**
 * The store: every analysed document, searchable, with the corpus built from them (identities,
 * stories, conflicts, dossiers). One interface, two adapters: SQLite (`src/store/sqlite/`, the
 * embedded default) and PostgreSQL (`src/store/postgres/`, for many machines). Both run the same
 * Kysely queries (`src/store/kysely-store.ts`, a module a job under `src/store/queries/`) over the
 * same tables (`src/store/schema.ts`); only what SQL dialects do differently (full-text search,
 * migrations) sits behind `SqlDialectAdapter`. `describeStoreContract`
 * (`src/store/test-support/contract-suite.ts`) is the test every adapter passes.
 *
 * Rules every adapter keeps:
 *  1. a document's identity is its canonical URL, else a hash of its normalised text; putting a
 *     document that is already stored changes nothing and answers `duplicate`;
 *  2. a document, its entities, its search index and its features are written in one transaction,
 *     so a crash loses at most the document in flight;
 *  3. corpus records (identities, stories, conflicts) never depend on the order documents arrived
 *     in: `refreshCorpus()` recomputes them from all documents, `refreshCorpus({ ifStale: true })`
 *     joins the documents stored since (incrementally, `src/corpus-service/`) with the same answer;
 *  4. a store written by a newer schema version is refused with a `StoreError`;
 *  5. every failure the user can cause or meet (corrupt file, locked, disk full) is a `StoreError`
 *     whose message is one line.
 */

import type { Analysis } from '../contract/analysis.js';
import type {
  Conflict,
  CorpusEntity,
  DocumentRef,
  Dossier,
  EntityDetail,
  QueryExpansion,
  Story,
} from '../corpus/types.js';
import type { PreparedDocument } from './prepared.js';

export type { Conflict, CorpusEntity, DocumentRef, Dossier, EntityDetail, QueryExpansion, Story };

/** A failure of the store, worded as the one line the user sees. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly code:
      | 'newer-schema'
      | 'corrupt'
      | 'locked'
      | 'full'
      | 'readonly'
      | 'unavailable'
      | 'other' = 'other',
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export interface PutDocumentInput {
  readonly analysis: Analysis;
  /** How the document was named at ingest (path, URL, `file.jsonl#3`); kept for citing. */
  readonly source?: string | null;
}

export interface PutResult {
  readonly status: 'added' | 'duplicate';
  /** The document's key (`url:…` or `text:…`), the same whichever the status. */
  readonly id: string;
}

/** A stored document in lists: its reference and a few counts. */
export interface DocumentSummary extends DocumentRef {
  /** When it was stored (ISO 8601 instant). */
  readonly ingestedAt: string;
  /** The story it belongs to; null until the corpus is refreshed after it arrived. */
  readonly storyId: string | null;
  readonly length: number;
}

export interface DocumentRecord extends DocumentSummary {
  readonly analysis: Analysis;
  /** Each local entity id (`E1`) of the analysis and its corpus identity (`C…`), once refreshed. */
  readonly identities: Readonly<Record<string, string | null>>;
}

/** Filters shared by listing and search. Dates compare as strings on `published`, so `2023-09` works. */
export interface DocumentFilter {
  readonly outlet?: string;
  /** Inclusive lower bound on the publication date (`YYYY-MM-DD` or `YYYY-MM`). */
  readonly from?: string;
  /** Inclusive upper bound on the publication date. */
  readonly to?: string;
  /** A corpus entity id (`C…`) or a name: only documents that mention it. */
  readonly entity?: string;
  readonly storyId?: string;
}

export interface Page {
  readonly limit?: number;
  readonly offset?: number;
}

export interface ListResult<T> {
  readonly total: number;
  readonly items: readonly T[];
}

export interface SearchQuery extends DocumentFilter, Page {
  /** Words as a user types them: each word must match (its normalised form or clitic-stripped stem). */
  readonly text: string;
  /** Only the spelling typed: words that name a known entity do not also search its other spellings. */
  readonly exact?: boolean;
  /** `relevance` (the default: best matches first) or `newest` (latest publication first). */
  readonly sort?: SearchSort;
  /** Also count the matches per outlet (the most frequent first), to narrow a search by outlet. */
  readonly facets?: boolean;
}

export type SearchSort = 'relevance' | 'newest';

/** How many matches one outlet has. */
export interface OutletFacet {
  /** The outlet's name, or null for documents that name none. */
  readonly outlet: string | null;
  readonly count: number;
}

/** Search results, and the other spellings of named entities that were searched too. */
export interface SearchResult extends ListResult<SearchHit> {
  readonly aliases: readonly QueryExpansion[];
  /**
   * True when more documents match than were counted (`SEARCH_MATCH_CAP`): `total` is then a
   * lower bound, to be shown as "more than `total`", and relevance ranked the newest matches only.
   */
  readonly totalCapped?: boolean;
  /** With `facets`: the matches per outlet, at most `OUTLET_FACETS` of them. */
  readonly outlets?: readonly OutletFacet[];
}

/** Outlets listed in a search's facets. */
export const OUTLET_FACETS = 12;

/** A passage of a document around the matches, with the matches marked. */
export interface Snippet {
  /** Offsets into the document's analysed text: `text.slice(start, end)` is `text` below. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The matched words, as offsets into the document's analysed text (not into the snippet). */
  readonly highlights: readonly { readonly start: number; readonly end: number }[];
}

export interface SearchHit {
  readonly document: DocumentSummary;
  /** Higher is better; comparable only within one result list. */
  readonly score: number;
  readonly snippet: Snippet;
}

export interface EntityQuery extends Page {
  /** A name, matched across spellings (the same folding that joins identities). */
  readonly name?: string;
  readonly type?: string;
  /** Only identities mentioned at least this often (1 hides nothing; 2 hides one-off noise). */
  readonly minMentions?: number;
  /** `documents` (the default: in most documents first), `mentions`, or `name`. */
  readonly sort?: EntitySort;
}

export const ENTITY_SORTS = ['documents', 'mentions', 'name'] as const;
export type EntitySort = (typeof ENTITY_SORTS)[number];

export interface StoryQuery extends Page, Pick<DocumentFilter, 'outlet' | 'from' | 'to' | 'entity'> {
  /** Only stories with at least this many documents. */
  readonly minDocuments?: number;
  /** `coverage` (the default: most documents first), `latest`, `oldest` or `conflicts` (most contradictions). */
  readonly sort?: StorySort;
}

export const STORY_SORTS = ['coverage', 'latest', 'oldest', 'conflicts'] as const;
export type StorySort = (typeof STORY_SORTS)[number];

export interface ConflictQuery extends Page {
  readonly storyId?: string;
  readonly verdict?: 'update' | 'contradiction';
}

export interface CorpusStats {
  readonly documents: number;
  readonly stories: number;
  readonly entities: number;
  readonly conflicts: number;
}

export interface Store {
  /** Which adapter this is (`sqlite`, `postgres`), and where (a path or a redacted URL). */
  readonly kind: string;
  readonly location: string;

  /** Stores a document with its analysis in one transaction; idempotent (rule 1). */
  putDocument(input: PutDocumentInput): Promise<PutResult>;
  /**
   * Many documents in one transaction (batch ingest: far fewer commits and statements); each
   * answer is what `putDocument` would give for it in turn, a key met earlier in the batch included.
   */
  putDocuments(inputs: readonly PutDocumentInput[]): Promise<PutResult[]>;
  /**
   * `putDocuments` for documents already prepared by `prepareDocument` (a batch ingest prepares
   * them on worker threads, so the writer only writes); the same answers and the same rows.
   */
  putPrepared(documents: readonly PreparedDocument[]): Promise<PutResult[]>;
  /** Whether a document with this key is stored (lets ingestion skip the analysis of a known URL). */
  hasDocument(id: string): Promise<boolean>;
  getDocument(id: string): Promise<DocumentRecord | undefined>;
  /** Newest first. */
  listDocuments(filter?: DocumentFilter & Page): Promise<ListResult<DocumentSummary>>;
  /** Every document, oldest key first, a batch at a time (for exports): memory stays flat. */
  iterateDocuments(filter?: DocumentFilter): AsyncIterable<DocumentRecord>;

  search(query: SearchQuery): Promise<SearchResult>;

  /**
   * Recomputes identities, stories and conflicts from all documents; with `ifStale`, only joins the
   * documents stored since the last update to the records they touch (same answer, far cheaper).
   */
  refreshCorpus(options?: { readonly ifStale?: boolean }): Promise<CorpusStats>;
  entities(query?: EntityQuery): Promise<ListResult<CorpusEntity>>;
  /** By corpus id or by name (any spelling); undefined when nothing matches. */
  entity(idOrName: string): Promise<EntityDetail | undefined>;
  /** Largest stories first, then newest. */
  stories(query?: StoryQuery): Promise<ListResult<Story>>;
  story(id: string): Promise<Story | undefined>;
  conflicts(query?: ConflictQuery): Promise<ListResult<Conflict>>;
  /** The chronology between two actors (ids or names); undefined when either is unknown. */
  dossier(a: string, b: string, options?: { readonly all?: boolean }): Promise<Dossier | undefined>;

  close(): Promise<void>;
}
