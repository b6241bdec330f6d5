/**
 * The words of a document that a search query matches, found without reading every word.
 *
 * Reading a word's search forms (tokenising, folding, proclitic analyses) for every word of every
 * hit was most of a search request's time. But a word matches a query form only if its folded
 * spelling ends with that form (the stem a form may be is what is left after proclitics, at the
 * word's end), so the raw text must hold the form's letters in one of the spellings that fold to
 * them, diacritics and tatweel anywhere between. One regular expression per query finds those
 * places; only the words around them are read, with the same `wordForms` test as the index.
 *
 * `matchingWordsByReading` reads every word, the definition; a test checks that both agree.
 */
import type { Span } from '../contract/analysis.js';
import { searchableTokens, termMatches, wordForms } from '../corpus/search-forms.js';
import type { Token } from '../text/tokenize.js';
import { foldKey } from '../text/words.js';

/** The code units whose folded form is one letter or nothing, by that letter ('' for nothing). */
let rawSpellings: Map<string, string[]> | undefined;

function spellingsOf(): Map<string, string[]> {
  if (rawSpellings) return rawSpellings;
  const by = new Map<string, string[]>();
  const ranges: [number, number][] = [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0x600, 0x6ff],
    [0x750, 0x77f],
    [0x8a0, 0x8ff],
  ];
  for (const [from, to] of ranges) {
    for (let unit = from; unit <= to; unit++) {
      const raw = String.fromCharCode(unit);
      const folded = foldKey(raw);
      if (folded.length > 1) continue;
      by.set(folded, [...(by.get(folded) ?? []), raw]);
    }
  }
  rawSpellings = by;
  return by;
}

const escapeInClass = (c: string) => c.replace(/[\\^$.*+?()[\]{}|-]/gu, '\\$&');

/** A pattern for raw text whose folded spelling holds `form`, or null when a letter cannot be spelt so. */
function rawPattern(form: string): string | null {
  const spellings = spellingsOf();
  const ignorable = (spellings.get('') ?? []).map(escapeInClass).join('');
  const gap = ignorable ? `[${ignorable}]*` : '';
  const letters: string[] = [];
  for (const letter of form) {
    const raw = spellings.get(letter);
    if (!raw) return null;
    letters.push(`[${raw.map(escapeInClass).join('')}]`);
  }
  return letters.join(gap);
}

/** Characters outside the ranges above fold in ways the patterns do not cover (ligatures). */
const UNCOVERED = /[\uFB50-\uFDFF\uFE70-\uFEFF]/u;

/** The document words matching any query term: a few words read, not all. */
export function matchingWords(text: string, terms: readonly (readonly string[])[]): Token[] {
  return wordMatcher(terms)(text);
}

/**
 * Where in raw text a query's words may be: one pattern for all its forms, or null when a form
 * has a letter no pattern spells, and every word must be read.
 */
export function queryPlaces(terms: readonly (readonly string[])[]): RegExp | null {
  const forms = [...new Set(terms.flat())];
  const patterns = forms.map(rawPattern);
  if (forms.length === 0 || patterns.some((p) => p === null)) return null;
  return new RegExp((patterns as string[]).join('|'), 'gu');
}

/** `matchingWords` for one query and many texts: the query's pattern is built once. */
export function wordMatcher(terms: readonly (readonly string[])[]): (text: string) => Token[] {
  // matchAll works on a copy of the expression, so one serves every text.
  const places = queryPlaces(terms);
  if (places === null) return (text) => matchingWordsByReading(text, terms);
  return (text) =>
    UNCOVERED.test(text) ? matchingWordsByReading(text, terms) : wordsAt(text, places, terms);
}

function wordsAt(text: string, places: RegExp, terms: readonly (readonly string[])[]): Token[] {
  const out: Token[] = [];
  let readUpTo = 0;
  for (const hit of text.matchAll(places)) {
    if (hit.index < readUpTo) continue;
    const around = wordAround(text, hit.index, hit.index + hit[0].length);
    readUpTo = around.end;
    for (const token of searchableTokens(text.slice(around.start, around.end))) {
      const word = { ...token, start: token.start + around.start, end: token.end + around.start };
      if (terms.some((term) => termMatches(term, wordForms(word.text)))) out.push(word);
    }
  }
  return out;
}

/** The definition: every word read. */
export function matchingWordsByReading(text: string, terms: readonly (readonly string[])[]): Token[] {
  return searchableTokens(text).filter((token) => {
    const forms = wordForms(token.text);
    return terms.some((term) => termMatches(term, forms));
  });
}

/** From the whitespace before `start` to the whitespace after `end`. */
function wordAround(text: string, start: number, end: number): Span {
  let from = start;
  while (from > 0 && !/\s/u.test(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && !/\s/u.test(text[to] as string)) to++;
  return { start: from, end: to };
}
