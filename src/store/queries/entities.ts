/**
 * Entity pages: the corpus identities, found by id or by a name in any spelling, with where and
 * with whom they appear and a timeline of the documents that name them.
 */
import type { Analysis } from '../../contract/analysis.js';
import { sentenceAround } from '../../corpus/sentences.js';
import { nameKey } from '../../text/name-key.js';
import type { CorpusEntity, EntityDetail, EntityQuery, ListResult } from '../store.js';
import { countOf, type Db, entityOf, escapeLike, limitOf, refOf, SUMMARY_COLUMNS } from './rows.js';

export async function listEntities(db: Db, query: EntityQuery): Promise<ListResult<CorpusEntity>> {
  let base = db.selectFrom('corpus_entities');
  if (query.name) base = base.where('keys', 'like', `%${escapeLike(nameKey(query.name))}%`);
  if (query.type) base = base.where('type', '=', query.type);
  if (query.minMentions) base = base.where('mention_count', '>=', query.minMentions);
  const total = await countOf(base);
  const selected = base.selectAll();
  const ordered =
    query.sort === 'name'
      ? selected.orderBy('name')
      : query.sort === 'mentions'
        ? selected.orderBy('mention_count', 'desc').orderBy('document_count', 'desc')
        : selected.orderBy('document_count', 'desc').orderBy('mention_count', 'desc');
  const rows = await ordered
    .orderBy('id')
    .limit(limitOf(query))
    .offset(query.offset ?? 0)
    .execute();
  return { total, items: rows.map(entityOf) };
}

/** Corpus ids for an id or a name: exact key matches first. */
export async function entityIds(db: Db, idOrName: string): Promise<string[]> {
  const byId = await db.selectFrom('corpus_entities').select('id').where('id', '=', idOrName).execute();
  if (byId.length > 0) return byId.map((r) => r.id);
  const key = nameKey(idOrName);
  if (key === '') return [];
  const rows = await db
    .selectFrom('corpus_entities')
    .select('id')
    .where('keys', 'like', `%|${escapeLike(key)}|%`)
    .orderBy('document_count', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function entityDetail(db: Db, idOrName: string): Promise<EntityDetail | undefined> {
  const id = (await entityIds(db, idOrName))[0];
  if (!id) return undefined;
  const row = await db
    .selectFrom('corpus_entities')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const byOutlet = await db
    .selectFrom('doc_entities')
    .innerJoin('documents', 'documents.pk', 'doc_entities.doc_pk')
    .select((eb) => ['documents.outlet', eb.fn.sum<number>('doc_entities.mentions').as('mentions')])
    .where('doc_entities.corpus_id', '=', id)
    .groupBy('documents.outlet')
    .orderBy('mentions', 'desc')
    .execute();
  const docsOf = db.selectFrom('doc_entities').select('doc_pk').where('corpus_id', '=', id);
  const co = await db
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
  const timelineRows = await db
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
}

function compareNullableDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
