/**
 * Full-text search over the documents: the query's words, and for a name the other spellings the
 * corpus knows it by (`expandQuery`), matched through the dialect's index of Rasd's own forms.
 */
import { sql } from 'kysely';
import type { Analysis } from '../../contract/analysis.js';
import { type AliasEntity, candidateNameKeys, expandQuery } from '../../corpus/query-aliases.js';
import { queryTerms } from '../../corpus/search-forms.js';
import { buildSnippet } from '../snippet.js';
import { OUTLET_FACETS, type SearchQuery, type SearchResult } from '../store.js';
import { filterDocuments } from './documents.js';
import {
  countOf,
  type Db,
  escapeLike,
  limitOf,
  nullsLast,
  type SqlContext,
  SUMMARY_COLUMNS,
  summaryOf,
} from './rows.js';

export async function search(ctx: SqlContext, query: SearchQuery): Promise<SearchResult> {
  const { db } = ctx;
  if (queryTerms(query.text).length === 0) return { total: 0, items: [], aliases: [] };
  const { variants, expansions } = query.exact
    ? { variants: [query.text], expansions: [] }
    : expandQuery(query.text, await knownNames(db, candidateNameKeys(query.text)));
  const matched = db
    .selectFrom(matchAny(ctx, variants).as('m'))
    .innerJoin('documents', 'documents.pk', 'm.doc_pk');
  const base = (await filterDocuments(db, matched as never, query)) as typeof matched;
  const total = await countOf(base);
  const selected = base.select([...SUMMARY_COLUMNS, 'documents.analysis_json', 'm.score']);
  const ordered =
    query.sort === 'newest'
      ? selected
          .orderBy(nullsLast('documents.published'))
          .orderBy('documents.published', 'desc')
          .orderBy('m.score', 'desc')
      : selected.orderBy('m.score', 'desc');
  const rows = await ordered
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
  if (!query.facets) return { total, items, aliases: expansions };
  const outlets = await base
    .select(['documents.outlet', sql<number>`COUNT(*)`.as('count')])
    .groupBy('documents.outlet')
    .orderBy('count', 'desc')
    .orderBy('documents.outlet')
    .limit(OUTLET_FACETS)
    .execute();
  return {
    total,
    items,
    aliases: expansions,
    outlets: outlets.map((o) => ({ outlet: o.outlet, count: Number(o.count) })),
  };
}

/** Documents matching any of the query variants, each scored by its best variant. */
function matchAny(ctx: SqlContext, variants: readonly string[]) {
  const matches = variants.map((v) => ctx.adapter.matchDocuments(queryTerms(v)));
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
async function knownNames(db: Db, keys: readonly string[]): Promise<Map<string, AliasEntity>> {
  const known = new Map<string, AliasEntity>();
  if (keys.length === 0) return known;
  const rows = await db
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
