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
 * testing each document until `cap` match: cheap for a common word, a long walk for a word in a
 * few documents per thousand (the walk reads `cap` / share rows). `window`: a first look at the
 * newest keys tells the word's share; when the walk would be long, a range of the newest keys is
 * widened until it holds `cap` matches (each try one index intersection, word AND key range) and
 * the matches in it are sorted, so the search reads about the matches it ranks. Both give the
 * same matches; PostgreSQL uses `window` (see docs/scaling.md), SQLite walks.
 */
export interface NewestStrategy {
  readonly kind: 'walk' | 'window';
  /** The first window's width in keys (`window` only); each try widens it by the share seen. */
  readonly firstWidth?: number;
  /** The longest walk (in keys) still taken instead of windows (`window` only). */
  readonly walkUpTo?: number;
}

/** Walks longer than this many keys are replaced by windows (measured in docs/scaling.md). */
const WALK_UP_TO = 300_000;

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
  const newestIn =
    totalCapped && strategy.kind === 'window'
      ? await newestWindow(
          db,
          (above) => countUpTo(db, counting.where('m.doc_pk', '>', above), cap),
          cap,
          strategy,
        )
      : { sort: false };
  const newest = newestIn.above === undefined ? counting : counting.where('m.doc_pk', '>', newestIn.above);
  const everyMatch = base.select(['documents.pk as pk', 'm.score as score']);
  const pool = totalCapped
    ? (db
        .selectFrom(
          newest
            .select(['m.doc_pk as pk', 'm.score as score'])
            // In a wide window, the matches in it sorted (`+ 0`: not by walking the key index,
            // which PostgreSQL would otherwise pick and which reads every key in the window).
            .orderBy(newestIn.sort ? sql`m.doc_pk + 0` : sql.ref('m.doc_pk'), 'desc')
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
 * Where the newest `cap` matches are: above the key `above` (all of them when it is undefined),
 * to be sorted (`sort`) or walked. The first window of newest keys either holds `cap` matches
 * (a common word: walked, within the window) or tells the word's share, from which the walk's
 * length follows; a walk up to `walkUpTo` keys is taken as it is, and a longer one is replaced
 * by windows widened by the share seen (at most 16 times a try) until one holds `cap` matches.
 */
async function newestWindow(
  db: Db,
  countAbove: (above: number) => Promise<number>,
  cap: number,
  strategy: NewestStrategy,
): Promise<{ above?: number; sort: boolean }> {
  const range = await db
    .selectFrom('documents')
    .select((eb) => [eb.fn.min('pk').as('low'), eb.fn.max('pk').as('high')])
    .executeTakeFirst();
  const low = Number(range?.low ?? 0);
  const high = Number(range?.high ?? 0);
  let width = Math.max(1, strategy.firstWidth ?? cap * 8);
  for (let tries = 0; ; tries++) {
    const above = high - width;
    if (above < low) return { sort: true };
    const found = await countAbove(above);
    if (found >= cap) return { above, sort: tries > 0 };
    if (tries === 0 && found > 0 && (width * cap) / found <= (strategy.walkUpTo ?? WALK_UP_TO))
      return { sort: false };
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
