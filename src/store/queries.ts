/**
 * The store's operations as Kysely queries that run unchanged on SQLite and PostgreSQL. Both
 * adapters build a `KyselyStore` over their `Kysely<Database>` and their `SqlDialectAdapter`
 * (migrations, full-text index, error wording); everything else is here, so the two cannot drift.
 *
 * Cross-document work (identities, stories, conflicts, dossiers) is done by the pure functions of
 * `src/corpus/`; this module only loads their inputs and stores their outputs.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Analysis } from '../contract/analysis.js';
import { documentKey, textHash } from '../corpus/document-key.js';
import { buildDossier, type DossierDocument, type DossierOptions } from '../corpus/dossier/build.js';
import { loadDossierData } from '../corpus/dossier/data.js';
import { type DocumentFeatures, documentFeatures } from '../corpus/features.js';
import { type AliasEntity, candidateNameKeys, expandQuery } from '../corpus/query-aliases.js';
import { indexFormsOf, queryTerms } from '../corpus/search-forms.js';
import { sentenceAround } from '../corpus/sentences.js';
import { nameKey } from '../text/name-key.js';
import { blockingRows, rebuildCorpus, surnameOf, updateCorpus } from './corpus-maintenance.js';
import type { SqlDialectAdapter } from './dialect.js';
import type { Database, DocumentsTable } from './schema.js';
import { buildSnippet } from './snippet.js';
import {
  type Conflict,
  type ConflictQuery,
  type CorpusEntity,
  type CorpusStats,
  type DocumentFilter,
  type DocumentRecord,
  type DocumentRef,
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

type Db = Kysely<Database>;
type DocumentRow = Pick<
  Database['documents'],
  'doc_key' | 'url' | 'source' | 'title' | 'outlet' | 'published' | 'ingested_at' | 'story_id' | 'text_length'
>;

const SUMMARY_COLUMNS = [
  'documents.doc_key',
  'documents.url',
  'documents.source',
  'documents.title',
  'documents.outlet',
  'documents.published',
  'documents.ingested_at',
  'documents.story_id',
  'documents.text_length',
] as const;

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 1000;
const BATCH = 200;
/** Pending documents joined to the corpus per transaction. */
const UPDATE_CHUNK = 100;
/** Pending documents from which a batch that is at least half the store is joined by a rebuild. */
const REBUILD_AT = 500;

export class KyselyStore implements Store {
  constructor(
    readonly db: Db,
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
    const { analysis } = input;
    const id = documentKey(analysis.document.url, analysis.text);
    const features = documentFeatures(analysis);
    const forms = indexFormsOf(`${analysis.document.title ?? ''}\n${analysis.text}`);
    return this.guard(() =>
      this.db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('documents')
          .values(documentRow(id, input, this.now()))
          .onConflict((oc) => oc.column('doc_key').doNothing())
          .returning('pk')
          .executeTakeFirst();
        if (!inserted) return { status: 'duplicate' as const, id };
        await insertDerived(trx, inserted.pk, analysis, features);
        await this.adapter.indexDocument(trx, inserted.pk, forms);
        await insertCorpusIndexes(trx, inserted.pk, id, analysis, features);
        return { status: 'added' as const, id };
      }),
    );
  }

  hasDocument(id: string): Promise<boolean> {
    return this.guard(async () => {
      const row = await this.db
        .selectFrom('documents')
        .select('pk')
        .where('doc_key', '=', id)
        .executeTakeFirst();
      return row !== undefined;
    });
  }

  getDocument(id: string): Promise<DocumentRecord | undefined> {
    return this.guard(async () => {
      const row = await this.db
        .selectFrom('documents')
        .select([...SUMMARY_COLUMNS, 'documents.pk', 'documents.analysis_json'])
        .where('doc_key', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      return (await this.records([row]))[0];
    });
  }

  private async records(
    rows: readonly (DocumentRow & { pk: number; analysis_json: string })[],
  ): Promise<DocumentRecord[]> {
    if (rows.length === 0) return [];
    const entityRows = await this.db
      .selectFrom('doc_entities')
      .select(['doc_pk', 'local_id', 'corpus_id'])
      .where(
        'doc_pk',
        'in',
        rows.map((r) => r.pk),
      )
      .execute();
    return rows.map((row) => {
      const identities: Record<string, string | null> = {};
      for (const e of entityRows) if (e.doc_pk === row.pk) identities[e.local_id] = e.corpus_id;
      return { ...summaryOf(row), analysis: JSON.parse(row.analysis_json) as Analysis, identities };
    });
  }

  listDocuments(filter: DocumentFilter & Page = {}): Promise<ListResult<DocumentSummary>> {
    return this.guard(async () => {
      const base = await this.filtered(this.db.selectFrom('documents'), filter);
      const total = await countOf(base);
      const rows = await base
        .select([...SUMMARY_COLUMNS])
        .orderBy('documents.published', 'desc')
        .orderBy('documents.pk', 'desc')
        .limit(limitOf(filter))
        .offset(filter.offset ?? 0)
        .execute();
      return { total, items: rows.map(summaryOf) };
    });
  }

  async *iterateDocuments(filter: DocumentFilter = {}): AsyncIterable<DocumentRecord> {
    let after = 0;
    for (;;) {
      const base = await this.guard(() => this.filtered(this.db.selectFrom('documents'), filter));
      const rows = await this.guard(() =>
        base
          .select([...SUMMARY_COLUMNS, 'documents.pk', 'documents.analysis_json'])
          .where('documents.pk', '>', after)
          .orderBy('documents.pk')
          .limit(BATCH)
          .execute(),
      );
      if (rows.length === 0) return;
      for (const record of await this.guard(() => this.records(rows))) yield record;
      after = rows[rows.length - 1]?.pk ?? after;
    }
  }

  /** Applies the shared filters; `entity` may be an id or a name in any spelling. */
  private async filtered<
    Q extends ReturnType<Db['selectFrom']> & ReturnType<typeof this.db.selectFrom<'documents'>>,
  >(query: Q, filter: DocumentFilter): Promise<Q> {
    let q = query;
    if (filter.outlet) q = q.where('documents.outlet', '=', filter.outlet) as Q;
    if (filter.from) q = q.where('documents.published', '>=', filter.from) as Q;
    if (filter.to) q = q.where('documents.published', '<=', `${filter.to}~`) as Q;
    if (filter.storyId) q = q.where('documents.story_id', '=', filter.storyId) as Q;
    if (filter.entity) {
      const ids = await this.entityIds(filter.entity);
      const key = nameKey(filter.entity);
      q = q.where('documents.pk', 'in', (eb) =>
        eb
          .selectFrom('doc_entities')
          .select('doc_entities.doc_pk')
          .where((w) =>
            w.or([
              w('doc_entities.match_key', '=', key),
              ...(ids.length > 0 ? [w('doc_entities.corpus_id', 'in', ids)] : []),
            ]),
          ),
      ) as Q;
    }
    return q;
  }

  search(query: SearchQuery): Promise<SearchResult> {
    return this.guard(async () => {
      if (queryTerms(query.text).length === 0) return { total: 0, items: [], aliases: [] };
      const { variants, expansions } = query.exact
        ? { variants: [query.text], expansions: [] }
        : expandQuery(query.text, await this.knownNames(candidateNameKeys(query.text)));
      const matched = this.db
        .selectFrom(this.matchAny(variants).as('m'))
        .innerJoin('documents', 'documents.pk', 'm.doc_pk');
      const base = (await this.filtered(matched as never, query)) as typeof matched;
      const total = await countOf(base);
      const rows = await base
        .select([...SUMMARY_COLUMNS, 'documents.analysis_json', 'm.score'])
        .orderBy('m.score', 'desc')
        .orderBy('documents.doc_key')
        .limit(limitOf(query))
        .offset(query.offset ?? 0)
        .execute();
      const items = rows.map((row) => {
        const analysis = JSON.parse(row.analysis_json) as Analysis;
        return {
          document: summaryOf(row),
          score: Number(row.score),
          snippet: buildSnippet(analysis.text, variants.join(' ')),
        };
      });
      return { total, items, aliases: expansions };
    });
  }

  /** Documents matching any of the query variants, each scored by its best variant. */
  private matchAny(variants: readonly string[]) {
    const matches = variants.map((v) => this.adapter.matchDocuments(queryTerms(v)));
    if (matches.length === 1) return matches[0] as (typeof matches)[number];
    const union = sql.join(
      matches.map((m, i) => sql`SELECT doc_pk, score FROM ${m} AS ${sql.raw(`v${i}`)}`),
      sql` UNION ALL `,
    );
    return sql<{
      doc_pk: number;
      score: number;
    }>`(SELECT doc_pk, MAX(score) AS score FROM (${union}) AS variants GROUP BY doc_pk)`;
  }

  /** The identities whose matching key is one of `keys`, the one in most documents per key. */
  private async knownNames(keys: readonly string[]): Promise<Map<string, AliasEntity>> {
    const known = new Map<string, AliasEntity>();
    if (keys.length === 0) return known;
    const rows = await this.db
      .selectFrom('corpus_entities')
      .select(['id', 'name', 'aliases_json', 'keys'])
      .where((w) => w.or(keys.map((key) => w('keys', 'like', `%|${escapeLike(key)}|%`))))
      .orderBy('document_count', 'desc')
      .orderBy('id')
      .execute();
    for (const key of keys) {
      const row = rows.find((r) => r.keys.includes(`|${key}|`));
      if (row)
        known.set(key, { id: row.id, name: row.name, aliases: JSON.parse(row.aliases_json) as string[] });
    }
    return known;
  }

  refreshCorpus(options: { readonly ifStale?: boolean } = {}): Promise<CorpusStats> {
    return this.guard(async () => {
      const rebuild = await this.db
        .selectFrom('rasd_meta')
        .select('value')
        .where('key', '=', 'corpus_rebuild')
        .executeTakeFirst();
      if (!options.ifStale || rebuild?.value === 'needed' || (await this.mostlyPending())) {
        await this.db.transaction().execute(async (trx) => {
          await rebuildCorpus(trx);
          await trx.deleteFrom('rasd_meta').where('key', '=', 'corpus_rebuild').execute();
        });
        return this.corpusStats();
      }
      // Incremental: join the documents stored since, a chunk per transaction so readers never wait long.
      for (;;) {
        const pending = await this.db
          .selectFrom('corpus_pending')
          .select('doc_pk')
          .orderBy('doc_pk')
          .limit(UPDATE_CHUNK)
          .execute();
        if (pending.length === 0) break;
        await this.db.transaction().execute((trx) =>
          updateCorpus(
            trx,
            pending.map((p) => p.doc_pk),
          ),
        );
      }
      return this.corpusStats();
    });
  }

  /** A batch as large as the corpus joins faster by a rebuild, which gives the same answer. */
  private async mostlyPending(): Promise<boolean> {
    const row = await this.db
      .selectFrom('corpus_pending')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    const pending = Number(row?.n ?? 0);
    if (pending < REBUILD_AT) return false;
    const stats = await this.corpusStats();
    return pending * 2 >= stats.documents;
  }

  private async corpusStats(): Promise<CorpusStats> {
    const count = async (table: 'documents' | 'stories' | 'corpus_entities' | 'conflicts') => {
      const row = await this.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    };
    return {
      documents: await count('documents'),
      stories: await count('stories'),
      entities: await count('corpus_entities'),
      conflicts: await count('conflicts'),
    };
  }

  entities(query: EntityQuery = {}): Promise<ListResult<CorpusEntity>> {
    return this.guard(async () => {
      let base = this.db.selectFrom('corpus_entities');
      if (query.name) base = base.where('keys', 'like', `%${escapeLike(nameKey(query.name))}%`);
      if (query.type) base = base.where('type', '=', query.type);
      const total = await countOf(base);
      const rows = await base
        .selectAll()
        .orderBy('document_count', 'desc')
        .orderBy('mention_count', 'desc')
        .orderBy('id')
        .limit(limitOf(query))
        .offset(query.offset ?? 0)
        .execute();
      return { total, items: rows.map(entityOf) };
    });
  }

  /** Corpus ids for an id or a name: exact key matches first. */
  private async entityIds(idOrName: string): Promise<string[]> {
    const byId = await this.db
      .selectFrom('corpus_entities')
      .select('id')
      .where('id', '=', idOrName)
      .execute();
    if (byId.length > 0) return byId.map((r) => r.id);
    const key = nameKey(idOrName);
    if (key === '') return [];
    const rows = await this.db
      .selectFrom('corpus_entities')
      .select('id')
      .where('keys', 'like', `%|${escapeLike(key)}|%`)
      .orderBy('document_count', 'desc')
      .orderBy('id')
      .execute();
    return rows.map((r) => r.id);
  }

  entity(idOrName: string): Promise<EntityDetail | undefined> {
    return this.guard(async () => {
      const id = (await this.entityIds(idOrName))[0];
      if (!id) return undefined;
      const row = await this.db
        .selectFrom('corpus_entities')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const byOutlet = await this.db
        .selectFrom('doc_entities')
        .innerJoin('documents', 'documents.pk', 'doc_entities.doc_pk')
        .select((eb) => ['documents.outlet', eb.fn.sum<number>('doc_entities.mentions').as('mentions')])
        .where('doc_entities.corpus_id', '=', id)
        .groupBy('documents.outlet')
        .orderBy('mentions', 'desc')
        .execute();
      const docsOf = this.db.selectFrom('doc_entities').select('doc_pk').where('corpus_id', '=', id);
      const co = await this.db
        .selectFrom('doc_entities')
        .innerJoin('corpus_entities', 'corpus_entities.id', 'doc_entities.corpus_id')
        .selectAll('corpus_entities')
        .select((eb) => eb.fn.count<number>('doc_entities.doc_pk').distinct().as('shared'))
        .where('doc_entities.doc_pk', 'in', docsOf)
        .where('doc_entities.corpus_id', '!=', id)
        .groupBy([
          'corpus_entities.id',
          'corpus_entities.type',
          'corpus_entities.name',
          'corpus_entities.aliases_json',
          'corpus_entities.keys',
          'corpus_entities.document_count',
          'corpus_entities.mention_count',
        ])
        .orderBy('shared', 'desc')
        .orderBy('corpus_entities.id')
        .limit(20)
        .execute();
      const timelineRows = await this.db
        .selectFrom('doc_entities')
        .innerJoin('documents', 'documents.pk', 'doc_entities.doc_pk')
        .select([
          ...SUMMARY_COLUMNS,
          'documents.analysis_json',
          'doc_entities.first_start',
          'doc_entities.first_end',
        ])
        .where('doc_entities.corpus_id', '=', id)
        .orderBy('documents.published')
        .orderBy('documents.doc_key')
        .limit(500)
        .execute();
      const seen = new Set<string>();
      const timeline = timelineRows
        .filter((r) => {
          if (seen.has(r.doc_key)) return false;
          seen.add(r.doc_key);
          return true;
        })
        .map((r) => {
          const text = (JSON.parse(r.analysis_json) as Analysis).text;
          const sentence = sentenceAround(text, r.first_start, r.first_end);
          return { document: refOf(r), ...sentence, text: text.slice(sentence.start, sentence.end) };
        })
        .sort((a, b) => compareNullableDates(a.document.published, b.document.published));
      return {
        ...entityOf(row),
        mentionsByOutlet: byOutlet.map((r) => ({ outlet: r.outlet, mentions: Number(r.mentions) })),
        cooccurring: co.map((r) => ({ entity: entityOf(r), documents: Number(r.shared) })),
        timeline,
      };
    });
  }

  stories(query: StoryQuery = {}): Promise<ListResult<Story>> {
    return this.guard(async () => {
      let base = this.db.selectFrom('stories');
      if (query.minDocuments) base = base.where('document_count', '>=', query.minDocuments);
      if (query.outlet || query.from || query.to || query.entity) {
        const docs = await this.filtered(this.db.selectFrom('documents'), query);
        base = base.where(
          'id',
          'in',
          docs.select('documents.story_id').where('documents.story_id', 'is not', null) as never,
        );
      }
      const total = await countOf(base);
      const rows = await base
        .select('story_json')
        .orderBy('document_count', 'desc')
        .orderBy('last_published', 'desc')
        .orderBy('id')
        .limit(limitOf(query))
        .offset(query.offset ?? 0)
        .execute();
      return { total, items: rows.map((r) => JSON.parse(r.story_json) as Story) };
    });
  }

  story(id: string): Promise<Story | undefined> {
    return this.guard(async () => {
      const row = await this.db
        .selectFrom('stories')
        .select('story_json')
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? (JSON.parse(row.story_json) as Story) : undefined;
    });
  }

  conflicts(query: ConflictQuery = {}): Promise<ListResult<Conflict>> {
    return this.guard(async () => {
      let base = this.db.selectFrom('conflicts');
      if (query.storyId) base = base.where('story_id', '=', query.storyId);
      if (query.verdict) base = base.where('verdict', '=', query.verdict);
      const total = await countOf(base);
      const rows = await base
        .select('conflict_json')
        .orderBy('story_id')
        .orderBy('ordinal')
        .limit(limitOf(query))
        .offset(query.offset ?? 0)
        .execute();
      return { total, items: rows.map((r) => JSON.parse(r.conflict_json) as Conflict) };
    });
  }

  dossier(a: string, b: string, options: DossierOptions = {}): Promise<Dossier | undefined> {
    return this.guard(async () => {
      const actorA = await this.dossierActor(a);
      const actorB = await this.dossierActor(b);
      const withEntities = (id: string) =>
        this.db.selectFrom('doc_entities').select('doc_pk').where('corpus_id', '=', id);
      const byEntities = await this.db
        .selectFrom('documents')
        .select('pk')
        .where('pk', 'in', withEntities(actorA.entity.id))
        .where('pk', 'in', withEntities(actorB.entity.id))
        .execute();
      const byText = await this.namedDocuments(actorA.names, actorB.names);
      const pks = [...new Set([...byEntities.map((r) => r.pk), ...byText])];
      if (pks.length === 0 && actorA.unknown && actorB.unknown) return undefined;
      const documents: DossierDocument[] = [];
      for (let i = 0; i < pks.length; i += BATCH) {
        const rows = await this.db
          .selectFrom('documents')
          .select([...SUMMARY_COLUMNS, 'documents.pk', 'documents.analysis_json'])
          .where('pk', 'in', pks.slice(i, i + BATCH))
          .execute();
        const storyDates = await this.storyDates(rows.map((r) => r.story_id));
        for (const record of await this.records(rows)) {
          documents.push({
            ref: refOf(record),
            analysis: record.analysis,
            identities: record.identities,
            storyDate: record.storyId ? (storyDates.get(record.storyId) ?? null) : null,
          });
        }
      }
      return buildDossier(actorA, actorB, documents, loadDossierData(), options);
    });
  }

  /** The earliest publication date of each story, which dates its undated documents. */
  private async storyDates(ids: readonly (string | null)[]): Promise<Map<string, string | null>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('stories')
      .select(['id', 'first_published'])
      .where('id', 'in', wanted)
      .execute();
    return new Map(rows.map((r) => [r.id, r.first_published]));
  }

  /** An actor by id or name; a name no entity has becomes a pseudo-identity found by its words. */
  private async dossierActor(idOrName: string) {
    const id = (await this.entityIds(idOrName))[0];
    if (id) {
      const row = await this.db
        .selectFrom('corpus_entities')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const entity = entityOf(row);
      return { entity, names: [entity.name, ...entity.aliases], unknown: false };
    }
    const entity: CorpusEntity = {
      id: `name:${nameKey(idOrName)}`,
      type: 'MISC',
      name: idOrName,
      aliases: [],
      documentCount: 0,
      mentionCount: 0,
    };
    return { entity, names: [idOrName], unknown: true };
  }

  /** Documents whose index holds every word of one name of A and of one name of B (at most 500). */
  private async namedDocuments(namesA: readonly string[], namesB: readonly string[]): Promise<number[]> {
    const out = new Set<number>();
    for (const a of namesA.slice(0, 5)) {
      for (const b of namesB.slice(0, 5)) {
        const terms = [...queryTerms(a), ...queryTerms(b)];
        if (terms.length === 0) continue;
        const rows = await this.db
          .selectFrom(this.adapter.matchDocuments(terms).as('m'))
          .select('m.doc_pk')
          .limit(500)
          .execute();
        for (const r of rows) out.add(Number(r.doc_pk));
      }
    }
    return [...out];
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/** What incremental maintenance finds the document by (`corpus-maintenance.ts`), and its queue entry. */
async function insertCorpusIndexes(
  trx: Transaction<Database>,
  pk: number,
  key: string,
  analysis: Analysis,
  features: DocumentFeatures,
) {
  const rows = blockingRows(pk, key, features);
  for (let i = 0; i < rows.length; i += 200) {
    await trx
      .insertInto('doc_blocking')
      .values(rows.slice(i, i + 200))
      .execute();
  }
  const keys = [...new Set(analysis.entities.map((e) => nameKey(e.name)))];
  if (keys.length > 0) {
    await trx
      .insertInto('identity_keys')
      .values(keys.map((k) => ({ match_key: k, surname: surnameOf(k) })))
      .onConflict((oc) => oc.column('match_key').doNothing())
      .execute();
  }
  await trx.insertInto('corpus_pending').values({ doc_pk: pk }).execute();
}

function documentRow(id: string, input: PutDocumentInput, now: Date): Omit<DocumentsTable, 'pk'> {
  const { analysis } = input;
  return {
    doc_key: id,
    url: analysis.document.url,
    source: input.source ?? null,
    title: analysis.document.title,
    outlet: analysis.document.outlet,
    published: analysis.document.published.value,
    published_inferred: analysis.document.published.inferred ? 1 : 0,
    ingested_at: now.toISOString(),
    text_length: analysis.text.length,
    text_hash: textHash(analysis.text),
    analysis_json: JSON.stringify(analysis),
    story_id: null,
    duplicate_of: null,
    component: null,
  };
}

async function insertDerived(
  trx: Transaction<Database>,
  pk: number,
  analysis: Analysis,
  features: DocumentFeatures,
) {
  const entities = analysis.entities.map((e) => {
    const first = e.mentions[0] ?? { start: 0, end: 0 };
    return {
      doc_pk: pk,
      local_id: e.id,
      type: e.type,
      name: e.name,
      match_key: nameKey(e.name),
      mentions: e.mentions.length,
      first_start: first.start,
      first_end: first.end,
      corpus_id: null,
    };
  });
  for (let i = 0; i < entities.length; i += 100) {
    await trx
      .insertInto('doc_entities')
      .values(entities.slice(i, i + 100))
      .execute();
  }
  await trx
    .insertInto('doc_features')
    .values({ doc_pk: pk, features_json: JSON.stringify(features) })
    .execute();
}

async function countOf(query: { select: unknown }): Promise<number> {
  const q = query as unknown as ReturnType<Db['selectFrom']>;
  const row = await q
    .clearSelect()
    .clearOrderBy()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number((row as { n?: number } | undefined)?.n ?? 0);
}

function limitOf(page: Page): number {
  return Math.max(1, Math.min(MAX_LIMIT, page.limit ?? DEFAULT_LIMIT));
}

function escapeLike(value: string): string {
  return value.replace(/[%_\\]/g, (c) => `\\${c}`);
}

function refOf(
  row: Pick<DocumentRow, 'url' | 'source' | 'title' | 'outlet' | 'published'> &
    ({ doc_key: string } | { id: string }),
): DocumentRef {
  return {
    id: 'doc_key' in row ? row.doc_key : row.id,
    url: row.url,
    source: row.source,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
  };
}

function summaryOf(row: DocumentRow): DocumentSummary {
  return { ...refOf(row), ingestedAt: row.ingested_at, storyId: row.story_id, length: row.text_length };
}

function entityOf(row: Database['corpus_entities']): CorpusEntity {
  return {
    id: row.id,
    type: row.type as CorpusEntity['type'],
    name: row.name,
    aliases: JSON.parse(row.aliases_json) as string[],
    documentCount: Number(row.document_count),
    mentionCount: Number(row.mention_count),
  };
}

function compareNullableDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
