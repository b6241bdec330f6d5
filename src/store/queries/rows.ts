/**
 * What every query module shares: the database handle with its dialect, the document columns a
 * summary needs, paging, and the mapping of rows to the store's records.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { SqlDialectAdapter } from '../dialect.js';
import type { Database } from '../schema.js';
import type { CorpusEntity, DocumentRef, DocumentSummary, Page } from '../store.js';

export type Db = Kysely<Database>;

/**
 * An ordering term that puts rows whose `column` is null (undated ones) last, whatever the
 * dialect's default for nulls: order by it first, then by the column itself.
 */
export function nullsLast(column: string): RawBuilder<number> {
  return sql<number>`CASE WHEN ${sql.ref(column)} IS NULL THEN 1 ELSE 0 END`;
}

/** A store's database and what its SQL dialect does differently (full-text search). */
export interface SqlContext {
  readonly db: Db;
  readonly adapter: SqlDialectAdapter;
}

export type DocumentRow = Pick<
  Database['documents'],
  'doc_key' | 'url' | 'source' | 'title' | 'outlet' | 'published' | 'ingested_at' | 'story_id' | 'text_length'
>;

export const SUMMARY_COLUMNS = [
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
/** Documents read per query when many are loaded (exports, dossiers). */
export const BATCH = 200;

/** The number of rows `query` would return, without its selection and order. */
export async function countOf(query: { select: unknown }): Promise<number> {
  const q = query as unknown as ReturnType<Db['selectFrom']>;
  const row = await q
    .clearSelect()
    .clearOrderBy()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number((row as { n?: number } | undefined)?.n ?? 0);
}

export function limitOf(page: Page): number {
  return Math.max(1, Math.min(MAX_LIMIT, page.limit ?? DEFAULT_LIMIT));
}

export function escapeLike(value: string): string {
  return value.replace(/[%_\\]/g, (c) => `\\${c}`);
}

export function refOf(
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

export function summaryOf(row: DocumentRow): DocumentSummary {
  return { ...refOf(row), ingestedAt: row.ingested_at, storyId: row.story_id, length: row.text_length };
}

export function entityOf(row: Database['corpus_entities']): CorpusEntity {
  return {
    id: row.id,
    type: row.type as CorpusEntity['type'],
    name: row.name,
    aliases: JSON.parse(row.aliases_json) as string[],
    documentCount: Number(row.document_count),
    mentionCount: Number(row.mention_count),
  };
}
