/**
 * The forms a word is indexed and searched under, so that Arabic search finds a word whatever
 * clitics it carries and however it was spelled.
 *
 * Rules (each has a test named after it):
 *  1. a word is normalised by `foldKey` (src/text/words.ts: diacritics, tatweel, hamza on alef,
 *     alef maqsura, digits, and teh marbuta to heh, which news spells both ways at a word's end);
 *  2. the stem is the word without its proclitics as `cliticAnalyses` (`src/text/clitics.ts`) reads
 *     them — conjunction, preposition, article, with `لل` read as ل + ال — taking the reading that
 *     strips the most letters; a stem keeps at least three letters, so `ولد` stays `ولد`. Two
 *     readings are left out because they make different words match: the future particle س, which
 *     is as often a word's own first letter (ستين, سنوات, سابق, سيرغي), and enclitic pronouns, since
 *     a final ه, ي, ك or نا is as often the word's own letter (عربي, حكومه with its teh marbuta folded);
 *  3. a word is indexed under its normalised form and, when different, its stem;
 *  4. a query word matches a document word when any of the query word's forms is among the
 *     document word's forms, so `طالبان` finds `وطالبان` and `لطالبان`, and `أفغانستان` finds `افغانستان`;
 *  5. numbers and Latin words are indexed lower-cased as they are; punctuation is not indexed.
 *
 * Index and query go through the same `wordForms`, so the two sides can never segment differently.
 */
import { cliticAnalyses } from '../text/clitics.js';
import { type Token, tokenize } from '../text/tokenize.js';
import { foldKey } from '../text/words.js';

const FUTURE = 'س';
/** The letters a proclitic other than س can begin with (و ف ب ك ل and the article's alef). */
const PROCLITIC_START = /^[وفبكلا]/;

/** The word without its proclitics (rule 2); the word itself when nothing can be stripped. */
export function stemOf(normalized: string): string {
  // Most words start with no proclitic letter; they skip the full analysis, which is several times dearer.
  if (!PROCLITIC_START.test(normalized)) return normalized;
  let best = normalized;
  for (const analysis of cliticAnalyses(normalized)) {
    if (analysis.enclitic !== null || analysis.proclitics.includes(FUTURE)) continue;
    if (analysis.stem.length < best.length) best = analysis.stem;
  }
  return best;
}

/** The forms a word is indexed under (rule 3): its normalised form first, then its stem. */
export function wordForms(word: string): string[] {
  const { normalized, stem } = foldedWord(word);
  if (normalized === '') return [];
  return stem === normalized ? [normalized] : [normalized, stem];
}

/** Spellings whose folded form and stem are kept: a few megabytes, well beyond one batch's vocabulary. */
const KEPT_SPELLINGS = 50_000;
const keptFolds = new Map<string, { readonly normalized: string; readonly stem: string }>();

/**
 * A written word's `foldKey` and the `stemOf` that, read once per spelling: the features and the
 * index forms of every stored document ask for both, and news repeats its words (profile of a
 * 10,000-article batch ingest: folding and stemming were ~10 % of its CPU).
 */
export function foldedWord(word: string): { readonly normalized: string; readonly stem: string } {
  let folded = keptFolds.get(word);
  if (folded === undefined) {
    if (keptFolds.size >= KEPT_SPELLINGS) keptFolds.clear();
    const normalized = foldKey(word);
    folded = { normalized, stem: normalized === '' ? '' : stemOf(normalized) };
    keptFolds.set(word, folded);
  }
  return folded;
}

/** Tokens that carry searchable content (rule 5). */
export function searchableTokens(text: string): Token[] {
  return tokenize(text).filter((t) => t.kind !== 'punct' && t.kind !== 'url');
}

/** The whole text as index forms, space-separated, for the full-text index. */
export function indexFormsOf(text: string): string {
  const out: string[] = [];
  for (const token of searchableTokens(text)) for (const form of wordForms(token.text)) out.push(form);
  return out.join(' ');
}

/** A query as terms; each term is the list of forms any of which may match (rule 4). */
export function queryTerms(query: string): string[][] {
  const seen = new Set<string>();
  const terms: string[][] = [];
  for (const token of searchableTokens(query)) {
    const forms = wordForms(token.text);
    const key = forms.join('|');
    if (forms.length === 0 || seen.has(key)) continue;
    seen.add(key);
    terms.push(forms);
  }
  return terms;
}

/** Whether a document word (given by its forms) matches a query term. */
export function termMatches(term: readonly string[], docForms: readonly string[]): boolean {
  return term.some((form) => docForms.includes(form));
}
