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

/**
 * How the newest `cap` matches of a capped word are found. `walk`: the key index newest first,
 * testing each document until `cap` match (cheap when the word is common, a long walk when it is
 * in 1 % of the documents). `window`: a range of the newest keys, widened until it holds `cap`
 * matches, each try one index intersection (word AND key range) that reads only the matches in
 * it. Both give the same matches; PostgreSQL uses the window (see docs/scaling.md), SQLite walks.
 */
export interface NewestStrategy {
  readonly kind: 'walk' | 'window';
  /** The first window's width in keys (`window` only); each try widens it by the density seen. */
  readonly firstWidth?: number;
}

export async function search(
  ctx: SqlContext,
  query: SearchQuery,
  cap = SEARCH_MATCH_CAP,
  strategy: NewestStrategy = { kind: ctx.adapter.kind === 'postgres' ? 'window' : 'walk' },
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
  // Without a filter on the documents, the matches alone are counted (every indexed document is
  // stored: the index row goes with its document), which spares a lookup per match.
  const filtered = query.outlet || query.from || query.to || query.storyId || query.entity;
  const counting = (filtered ? base : db.selectFrom(matchAny(ctx, variants).as('m'))) as typeof base;
  const counted = await countUpTo(db, counting, cap + 1);
  const totalCapped = counted > cap;
  const total = Math.min(counted, cap);
  const offset = query.offset ?? 0;
  const limit = limitOf(query);
  // Past the cap, the newest stored matches; pages end there too, as `total` says. The window
  // strategy bounds the keys first, so that the newest `cap` are found among few rows.
  const above =
    totalCapped && strategy.kind === 'window'
      ? await newestWindow(
          db,
          (above) => countUpTo(db, counting.where('m.doc_pk', '>', above), cap),
          cap,
          strategy,
        )
      : undefined;
  const newest = above === undefined ? counting : counting.where('m.doc_pk', '>', above);
  const everyMatch = base.select(['documents.pk as pk', 'm.score as score']);
  const pool = totalCapped
    ? (db
        .selectFrom(
          newest
            .select(['m.doc_pk as pk', 'm.score as score'])
            // In a window, the matches in it sorted (`+ 0`: not by walking the key index, which
            // PostgreSQL would otherwise pick and which reads every key in the window).
            .orderBy(strategy.kind === 'window' ? sql`m.doc_pk + 0` : sql.ref('m.doc_pk'), 'desc')
            .limit(cap)
            .as('c'),
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

/**
 * A key `above` such that the matches with a greater key number at least `cap` (so the newest
 * `cap` matches are all above it), or undefined when only the whole store holds that many. The
 * window starts at the newest keys and widens by the share of matches seen in it (at most 16
 * times a try), so a common word needs one try and a word in 0.5 % of the documents about three.
 */
async function newestWindow(
  db: Db,
  countAbove: (above: number) => Promise<number>,
  cap: number,
  strategy: NewestStrategy,
): Promise<number | undefined> {
  const range = await db
    .selectFrom('documents')
    .select((eb) => [eb.fn.min('pk').as('low'), eb.fn.max('pk').as('high')])
    .executeTakeFirst();
  const low = Number(range?.low ?? 0);
  const high = Number(range?.high ?? 0);
  let width = Math.max(1, strategy.firstWidth ?? cap * 8);
  for (;;) {
    const above = high - width;
    if (above < low) return undefined;
    const found = await countAbove(above);
    if (found >= cap) return above;
    width *= found === 0 ? 16 : Math.min(16, Math.max(2, Math.ceil((cap * 1.25) / found)));
  }
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
