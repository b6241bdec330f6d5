/**
 * Document reads and writes: putting a document with everything derived from it in one transaction
 * (store rule 2), reading it back with its corpus identities, listing and filtering.
 */
import type { Insertable, Transaction } from 'kysely';
import type { Analysis } from '../../contract/analysis.js';
import { documentKey } from '../../corpus/document-key.js';
import { type DocumentFeatures, documentFeatures } from '../../corpus/features.js';
import { indexFormsOf } from '../../corpus/search-forms.js';
import { enqueueAllForCorpus, enqueueForCorpus } from '../../corpus-service/indexes.js';

import { nameKey } from '../../text/name-key.js';
import type { PreparedDocument } from '../prepared.js';
import type { Database, DocumentsTable } from '../schema.js';
import type {
  DocumentFilter,
  DocumentRecord,
  DocumentSummary,
  ListResult,
  Page,
  PutDocumentInput,
  PutResult,
} from '../store.js';
import { entityIds } from './entities.js';
import { documentRowOf, entityRowsOf, prepareDocument } from './prepared-document.js';
import {
  BATCH,
  countOf,
  type Db,
  type DocumentRow,
  limitOf,
  type SqlContext,
  SUMMARY_COLUMNS,
  summaryOf,
} from './rows.js';

export type StoredRow = DocumentRow & { pk: number; analysis_json: string };

export function putDocument(ctx: SqlContext, input: PutDocumentInput, now: Date): Promise<PutResult> {
  const { analysis } = input;
  const id = documentKey(analysis.document.url, analysis.text);
  const features = documentFeatures(analysis);
  const forms = indexFormsOf(`${analysis.document.title ?? ''}\n${analysis.text}`);
  return ctx.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('documents')
      .values(documentRow(id, input, now))
      .onConflict((oc) => oc.column('doc_key').doNothing())
      .returning('pk')
      .executeTakeFirst();
    if (!inserted) return { status: 'duplicate' as const, id };
    await insertDerived(trx, inserted.pk, analysis, features);
    await ctx.adapter.indexDocument(trx, inserted.pk, forms);
    await enqueueForCorpus(trx, inserted.pk, id, analysis, features);
    return { status: 'added' as const, id };
  });
}

/**
 * Many documents in one transaction, each table written with multi-row statements: a batch ingest
 * pays one commit and a few statements per hundred documents instead of several per document.
 * The answer is the one `putDocument` gives for each in turn: a key already stored, or met earlier
 * in the same batch, is a duplicate.
 */
export function putDocuments(
  ctx: SqlContext,
  inputs: readonly PutDocumentInput[],
  now: Date,
): Promise<PutResult[]> {
  return putPrepared(ctx, inputs.map(prepareDocument), now);
}

/** `putDocuments` for documents already prepared (`prepareDocument`, perhaps on worker threads). */
export function putPrepared(
  ctx: SqlContext,
  prepared: readonly PreparedDocument[],
  now: Date,
): Promise<PutResult[]> {
  if (prepared.length === 0) return Promise.resolve([]);
  return ctx.db.transaction().execute(async (trx) => {
    const stored = new Set<string>();
    for (let i = 0; i < prepared.length; i += ROWS_PER_INSERT) {
      const keys = prepared.slice(i, i + ROWS_PER_INSERT).map((p) => p.id);
      for (const r of await trx
        .selectFrom('documents')
        .select('doc_key')
        .where('doc_key', 'in', keys)
        .execute())
        stored.add(r.doc_key);
    }
    const fresh: PreparedDocument[] = [];
    const results = prepared.map((p) => {
      if (stored.has(p.id)) return { status: 'duplicate' as const, id: p.id };
      stored.add(p.id);
      fresh.push(p);
      return { status: 'added' as const, id: p.id };
    });
    const pkOf = new Map<string, number>();
    const ingestedAt = now.toISOString();
    for (let i = 0; i < fresh.length; i += ROWS_PER_INSERT) {
      const rows = await trx
        .insertInto('documents')
        .values(
          fresh.slice(i, i + ROWS_PER_INSERT).map((p) => ({
            ...p.row,
            ingested_at: ingestedAt,
            story_id: null,
            duplicate_of: null,
            component: null,
          })),
        )
        .returning(['pk', 'doc_key'])
        .execute();
      for (const r of rows) pkOf.set(r.doc_key, r.pk);
    }
    const docs = fresh.map((p) => ({ ...p, pk: pkOf.get(p.id) as number }));
    await insertRows(
      trx,
      'doc_entities',
      docs.flatMap((d) => d.entities.map((e) => ({ ...e, doc_pk: d.pk }))),
    );
    await insertRows(
      trx,
      'doc_features',
      docs.map((d) => ({ doc_pk: d.pk, features_json: d.featuresJson })),
    );
    for (const d of docs) await ctx.adapter.indexDocument(trx, d.pk, d.forms);
    await enqueueAllForCorpus(trx, docs);
    return results;
  });
}

/** Rows per multi-row insert: well under both drivers' parameter limits for every table here. */
const ROWS_PER_INSERT = 200;

async function insertRows<T extends 'doc_entities' | 'doc_features'>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + ROWS_PER_INSERT) as never)
      .execute();
}

export async function hasDocument(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('documents').select('pk').where('doc_key', '=', id).executeTakeFirst();
  return row !== undefined;
}

export async function getDocument(db: Db, id: string): Promise<DocumentRecord | undefined> {
  const row = await db
    .selectFrom('documents')
    .select([...SUMMARY_COLUMNS, 'documents.pk', 'documents.analysis_json'])
    .where('doc_key', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return (await documentRecords(db, [row]))[0];
}

/** Stored rows as records: the analysis parsed, each local entity with its corpus identity. */
export async function documentRecords(db: Db, rows: readonly StoredRow[]): Promise<DocumentRecord[]> {
  if (rows.length === 0) return [];
  const entityRows = await db
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

export async function listDocuments(
  db: Db,
  filter: DocumentFilter & Page,
): Promise<ListResult<DocumentSummary>> {
  const base = await filterDocuments(db, db.selectFrom('documents'), filter);
  const total = await countOf(base);
  const rows = await base
    .select([...SUMMARY_COLUMNS])
    .orderBy('documents.published', 'desc')
    .orderBy('documents.pk', 'desc')
    .limit(limitOf(filter))
    .offset(filter.offset ?? 0)
    .execute();
  return { total, items: rows.map(summaryOf) };
}

/** The next batch of documents after primary key `after`, oldest first (an export's page). */
export async function documentsAfter(
  db: Db,
  filter: DocumentFilter,
  after: number,
): Promise<{ records: DocumentRecord[]; last: number }> {
  const base = await filterDocuments(db, db.selectFrom('documents'), filter);
  const rows = await base
    .select([...SUMMARY_COLUMNS, 'documents.pk', 'documents.analysis_json'])
    .where('documents.pk', '>', after)
    .orderBy('documents.pk')
    .limit(BATCH)
    .execute();
  return { records: await documentRecords(db, rows), last: rows[rows.length - 1]?.pk ?? after };
}

const selectDocuments = (db: Db) => db.selectFrom('documents');

/** Applies the shared filters; `entity` may be an id or a name in any spelling. */
export async function filterDocuments<
  Q extends ReturnType<Db['selectFrom']> & ReturnType<typeof selectDocuments>,
>(db: Db, query: Q, filter: DocumentFilter): Promise<Q> {
  let q = query;
  if (filter.outlet) q = q.where('documents.outlet', '=', filter.outlet) as Q;
  if (filter.from) q = q.where('documents.published', '>=', filter.from) as Q;
  if (filter.to) q = q.where('documents.published', '<=', `${filter.to}~`) as Q;
  if (filter.storyId) q = q.where('documents.story_id', '=', filter.storyId) as Q;
  if (filter.entity) {
    const ids = await entityIds(db, filter.entity);
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

function documentRow(id: string, input: PutDocumentInput, now: Date): Omit<DocumentsTable, 'pk'> {
  return {
    ...documentRowOf(id, input),
    ingested_at: now.toISOString(),
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
  await insertRows(trx, 'doc_entities', entityRows(pk, analysis));
  await trx
    .insertInto('doc_features')
    .values({ doc_pk: pk, features_json: JSON.stringify(features) })
    .execute();
}

function entityRows(pk: number, analysis: Analysis): Insertable<Database['doc_entities']>[] {
  return entityRowsOf(analysis).map((row) => ({ doc_pk: pk, ...row }));
}
