/**
 * A search that names a known entity also finds the entity's other spellings: the identities
 * already join `كابل` and `كابول`, `سيرغي لافروف` and `لافروف`, so a search for one should not
 * miss the articles that wrote another.
 *
 * Rules (each has a test):
 *  1. runs of up to `MAX_NAME_WORDS` consecutive query words are read as names, longest first and
 *     left to right, by their matching key (`nameKey`); a run that is the key of a known identity
 *     names it, and its words are not read again;
 *  2. each spelling of that identity whose search forms differ from the run's is an alternative
 *     (spellings the search folding already joins, such as `أفغانستان`/`افغانستان`, add nothing,
 *     nor does a longer spelling holding every word typed, such as `حركة طالبان` for `طالبان`);
 *  3. the query is searched as written and with each named run replaced by each alternative
 *     (every combination when several runs name entities, at most `MAX_VARIANTS` queries in all);
 *  4. the expansions are reported, so a reader knows the results include other spellings.
 */
import { nameKey } from '../text/name-key.js';
import { queryTerms, searchableTokens } from './search-forms.js';
import type { QueryExpansion } from './types.js';

export type { QueryExpansion };

const MAX_NAME_WORDS = 4;
const MAX_VARIANTS = 16;
/** Words of a long query past this many are not read as names (a query is a few words). */
const MAX_QUERY_WORDS = 12;

/** A known identity, as the store gives it. */
export interface AliasEntity {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface ExpandedQuery {
  /** The query as written first, then each variant with other spellings. */
  readonly variants: readonly string[];
  readonly expansions: readonly QueryExpansion[];
}

interface Run {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly key: string;
}

/** The matching keys of every run of query words that could name an entity (rule 1). */
export function candidateNameKeys(query: string): string[] {
  return [...new Set(runsOf(query).map((run) => run.key))];
}

function runsOf(query: string): Run[] {
  const words = searchableTokens(query).slice(0, MAX_QUERY_WORDS);
  const runs: Run[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
      const start = (words[i] as { start: number }).start;
      const end = (words[i + n - 1] as { end: number }).end;
      const text = query.slice(start, end);
      const key = nameKey(text);
      if (key !== '') runs.push({ start, end, text, key });
    }
  }
  return runs;
}

/** The query's variants and what they add, given the identities known by matching key. */
export function expandQuery(query: string, known: ReadonlyMap<string, AliasEntity>): ExpandedQuery {
  const named: { run: Run; entity: AliasEntity; spellings: string[] }[] = [];
  let taken = -1;
  for (const run of runsOf(query)) {
    if (run.start < taken) continue;
    const entity = known.get(run.key);
    if (!entity) continue;
    const own = formsKey(run.text);
    const ownTerms = queryTerms(run.text);
    const seen = new Set([own]);
    const spellings: string[] = [];
    for (const spelling of [entity.name, ...entity.aliases]) {
      const forms = formsKey(spelling);
      if (forms === '' || seen.has(forms) || narrower(queryTerms(spelling), ownTerms)) continue;
      seen.add(forms);
      spellings.push(spelling);
    }
    taken = run.end;
    if (spellings.length > 0) named.push({ run, entity, spellings });
  }
  let variants = [query];
  // Replace from the last run back, so earlier offsets stay valid.
  for (const { run, spellings } of [...named].reverse()) {
    const next: string[] = [];
    for (const variant of variants) {
      for (const replacement of [run.text, ...spellings]) {
        if (next.length < MAX_VARIANTS)
          next.push(variant.slice(0, run.start) + replacement + variant.slice(run.end));
      }
    }
    variants = next;
  }
  return {
    variants,
    expansions: named.map(({ run, entity, spellings }) => ({
      entity: entity.id,
      name: entity.name,
      matched: run.text,
      spellings,
    })),
  };
}

/** A spelling holding every word typed (`حركة طالبان` for `طالبان`) finds nothing more (rule 2). */
function narrower(spelling: readonly string[][], typed: readonly string[][]): boolean {
  return typed.every((term) => spelling.some((other) => other.some((form) => term.includes(form))));
}

/** Two spellings the search already joins have the same key here (rule 2). */
function formsKey(text: string): string {
  return queryTerms(text)
    .map((forms) => forms.join('|'))
    .join(' ');
}
