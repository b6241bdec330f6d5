/**
 * The store's operations as Kysely queries that run unchanged on SQLite and PostgreSQL. Both
 * adapters build a `KyselyStore` over their `Kysely<Database>` and their `SqlDialectAdapter`
 * (migrations, full-text index, error wording), so the two cannot drift.
 *
 * This class is a thin shell: it turns driver errors into one-line `StoreError`s and hands each
 * operation to its module under `queries/` (documents, search, entities, stories, dossier). The
 * corpus records (identities, stories, conflicts) are kept by the corpus service
 * (`src/corpus-service/`), which runs the pure functions of `src/corpus/` over the stored documents.
 */
import type { Kysely } from 'kysely';
import type { DossierOptions } from '../corpus/dossier/build.js';
import { refreshCorpus } from '../corpus-service/refresh.js';
import type { SqlDialectAdapter } from './dialect.js';
import type { PreparedDocument } from './prepared.js';
import {
  documentsAfter,
  getDocument,
  hasDocument,
  listDocuments,
  putDocument,
  putDocuments,
  putPrepared,
} from './queries/documents.js';
import { dossier } from './queries/dossier.js';
import { entityDetail, listEntities } from './queries/entities.js';
import { search } from './queries/search.js';
import { getStory, listConflicts, listStories } from './queries/stories.js';
import type { Database } from './schema.js';
import {
  type Conflict,
  type ConflictQuery,
  type CorpusEntity,
  type CorpusStats,
  type DocumentFilter,
  type DocumentRecord,
  type DocumentSummary,
  type Dossier,
  type EntityDetail,
  type EntityQuery,
  type ListResult,
  type Page,
  type PutDocumentInput,
  type PutResult,
  type SearchQuery,
  type SearchResult,
  type Store,
  StoreError,
  type Story,
  type StoryQuery,
} from './store.js';

export class KyselyStore implements Store {
  constructor(
    readonly db: Kysely<Database>,
    readonly adapter: SqlDialectAdapter,
    readonly kind: string,
    readonly location: string,
    /** The clock, as a parameter so tests can pin it. */
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Runs `work`, turning the driver's errors into one-line `StoreError`s. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw this.adapter.describeError(error) ?? error;
    }
  }

  putDocument(input: PutDocumentInput): Promise<PutResult> {
    return this.guard(() => putDocument(this, input, this.now()));
  }

  putDocuments(inputs: readonly PutDocumentInput[]): Promise<PutResult[]> {
    return this.guard(() => putDocuments(this, inputs, this.now()));
  }

  putPrepared(documents: readonly PreparedDocument[]): Promise<PutResult[]> {
    return this.guard(() => putPrepared(this, documents, this.now()));
  }

  hasDocument(id: string): Promise<boolean> {
    return this.guard(() => hasDocument(this.db, id));
  }

  getDocument(id: string): Promise<DocumentRecord | undefined> {
    return this.guard(() => getDocument(this.db, id));
  }

  listDocuments(filter: DocumentFilter & Page = {}): Promise<ListResult<DocumentSummary>> {
    return this.guard(() => listDocuments(this.db, filter));
  }

  async *iterateDocuments(filter: DocumentFilter = {}): AsyncIterable<DocumentRecord> {
    for (let after = 0; ; ) {
      const batch = await this.guard(() => documentsAfter(this.db, filter, after));
      if (batch.records.length === 0) return;
      yield* batch.records;
      after = batch.last;
    }
  }

  search(query: SearchQuery): Promise<SearchResult> {
    return this.guard(() => search(this, query));
  }

  refreshCorpus(options: { readonly ifStale?: boolean } = {}): Promise<CorpusStats> {
    return this.guard(() => refreshCorpus(this.db, options));
  }

  entities(query: EntityQuery = {}): Promise<ListResult<CorpusEntity>> {
    return this.guard(() => listEntities(this.db, query));
  }

  entity(idOrName: string): Promise<EntityDetail | undefined> {
    return this.guard(() => entityDetail(this.db, idOrName));
  }

  stories(query: StoryQuery = {}): Promise<ListResult<Story>> {
    return this.guard(() => listStories(this.db, query));
  }

  story(id: string): Promise<Story | undefined> {
    return this.guard(() => getStory(this.db, id));
  }

  conflicts(query: ConflictQuery = {}): Promise<ListResult<Conflict>> {
    return this.guard(() => listConflicts(this.db, query));
  }

  dossier(a: string, b: string, options: DossierOptions = {}): Promise<Dossier | undefined> {
    return this.guard(() => dossier(this, a, b, options));
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
