/**
 * Full-text search over the documents: the query's words, and for a name the other spellings the
 * corpus knows it by (`expandQuery`), matched through the dialect's index of Rasd's own forms.
 */
import { sql } from 'kysely';
import type { Analysis } from '../../contract/analysis.js';
import { type AliasEntity, candidateNameKeys, expandQuery } from '../../corpus/query-aliases.js';
import { queryTerms } from '../../corpus/search-forms.js';
import { snippetsOf } from '../snippet.js';
import { OUTLET_FACETS, type SearchQuery, type SearchResult } from '../store.js';
import { filterDocuments } from './documents.js';
import {
  type Db,
  escapeLike,
  limitOf,
  nullsLast,
  type SqlContext,
  SUMMARY_COLUMNS,
  summaryOf,
} from './rows.js';

/**
 * Matches counted at most, and ranked at most past that: a word in a large share of the corpus
 * would otherwise have every match counted and scored before the first page. Beyond it `total`
 * is this cap with `totalCapped` (the reader says "more than"), and relevance ranks the newest
 * stored matches only (the latest coverage, which is what a monitor asks a common word for).
 */
export const SEARCH_MATCH_CAP = 1000;

export async function search(
  ctx: SqlContext,
  query: SearchQuery,
  cap = SEARCH_MATCH_CAP,
): Promise<SearchResult> {
  const { db } = ctx;
  if (queryTerms(query.text).length === 0) return { total: 0, totalCapped: false, items: [], aliases: [] };
  const { variants, expansions } = query.exact
    ? { variants: [query.text], expansions: [] }
    : expandQuery(query.text, await knownNames(db, candidateNameKeys(query.text)));
  const matched = db
    .selectFrom(matchAny(ctx, variants).as('m'))
    .innerJoin('documents', 'documents.pk', 'm.doc_pk');
  const base = (await filterDocuments(db, matched as never, query)) as typeof matched;
  const counted = await countUpTo(db, base, cap + 1);
  const totalCapped = counted > cap;
  const total = Math.min(counted, cap);
  const offset = query.offset ?? 0;
  const limit = limitOf(query);
  // Past the cap, the newest stored matches (the index's own order, so the scan stops early);
  // pages end there too, as `total` says.
  const everyMatch = base.select(['documents.pk as pk', 'm.score as score']);
  const pool = totalCapped
    ? (db
        .selectFrom(
          base.select(['m.doc_pk as pk', 'm.score as score']).orderBy('m.doc_pk', 'desc').limit(cap).as('c'),
        )
        .innerJoin('documents', 'documents.pk', 'c.pk')
        .select(['c.pk as pk', 'c.score as score']) as unknown as typeof everyMatch)
    : everyMatch;
  const ordered =
    query.sort === 'newest'
      ? pool
          .orderBy(nullsLast('documents.published'))
          .orderBy('documents.published', 'desc')
          .orderBy('score', 'desc')
      : pool.orderBy('score', 'desc');
  // Ranked on keys and scores only; the page's documents (with their analyses) are read after.
  const ranked = await ordered.orderBy('documents.doc_key').limit(limit).offset(offset).execute();
  const rows = await pageRows(
    db,
    ranked.map((r) => r.pk),
  );
  const snippetOf = snippetsOf(variants.join(' '));
  const items = ranked.flatMap((r) => {
    const row = rows.get(r.pk);
    if (!row) return [];
    const analysis = JSON.parse(row.analysis_json) as Analysis;
    return [
      {
        document: summaryOf(row),
        score: Number(r.score),
        snippet: snippetOf(analysis.text),
      },
    ];
  });
  if (!query.facets) return { total, totalCapped, items, aliases: expansions };
  const outlets = await pool
    .clearSelect()
    .select(['documents.outlet', sql<number>`COUNT(*)`.as('count')])
    .groupBy('documents.outlet')
    .orderBy('count', 'desc')
    .orderBy('documents.outlet')
    .limit(OUTLET_FACETS)
    .execute();
  return {
    total,
    totalCapped,
    items,
    aliases: expansions,
    outlets: outlets.map((o) => ({ outlet: o.outlet, count: Number(o.count) })),
  };
}

/** How many rows `query` has, counting no further than `cap`. */
async function countUpTo(db: Db, query: { select: unknown }, cap: number): Promise<number> {
  const q = query as unknown as ReturnType<Db['selectFrom']>;
  const row = await db
    .selectFrom(q.clearSelect().clearOrderBy().select(sql<number>`1`.as('one')).limit(cap).as('capped'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number((row as { n?: number } | undefined)?.n ?? 0);
}

/** The summary and analysis of each document of a result page, by primary key. */
async function pageRows(db: Db, pks: readonly number[]) {
  if (pks.length === 0) return new Map();
  const rows = await db
    .selectFrom('documents')
    .select([...SUMMARY_COLUMNS, 'documents.pk', 'documents.analysis_json'])
    .where('documents.pk', 'in', pks)
    .execute();
  return new Map(rows.map((r) => [r.pk, r]));
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
