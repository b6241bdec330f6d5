/**
 * Words with offsets and folded keys, and a phrase lexicon matched over them: the one place where
 * the quantities, quotes and events stages turn language data into matches.
 *
 * Rules:
 *  1. a word's key folds alef forms, alef maqsura, teh marbuta (to heh), diacritics and tatweel, so
 *     `إصابة`, `اصابه` and `إصابةٍ` meet one entry;
 *  2. a word also matches through its proclitics: و/ف, then ب/ل/ك, then the article ال (`وللقتلى` →
 *     `قتلى`; src/text/proclitics.ts), never as a stem shorter than two letters;
 *  3. a phrase matches on consecutive words; the longest phrase starting at a word wins;
 *  4. punctuation tokens are words too (`%`, `:`), so a phrase never runs across a comma.
 */
import { foldArabic } from '../text/normalize.js';
import { procliticReadings } from '../text/proclitics.js';
import { type TokenKind, tokenize } from '../text/tokenize.js';

export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
  /** The folded form (rule 1). */
  readonly key: string;
  /** The key and its proclitic-stripped stems (rule 2), longest first. */
  readonly stems: readonly string[];
}

export function foldKey(text: string): string {
  return foldArabic(text, { tehMarbuta: true });
}

/** The key itself and what remains after stripping proclitics and the article (rule 2). */
export function stemsOf(key: string): string[] {
  return procliticReadings(key, { article: true }).map((reading) => reading.stem);
}

interface WordForms {
  readonly key: string;
  readonly stems: readonly string[];
}

/**
 * The words of `text[from, to)`. A news text repeats its words, so each distinct spelling is folded
 * and stemmed once and its forms are shared by all its occurrences (a 10 MB text otherwise spent
 * most of a gigabyte on copies of the same stems).
 */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const forms = new Map<string, WordForms>();
  return tokenize(text, from, to).map((t) => {
    let known = forms.get(t.text);
    if (known === undefined) {
      const key = t.kind === 'word' ? foldKey(t.text) : t.text;
      known = { key, stems: t.kind === 'word' ? stemsOf(key) : [key] };
      forms.set(t.text, known);
    }
    return { start: t.start, end: t.end, text: t.text, kind: t.kind, key: known.key, stems: known.stems };
  });
}

export interface PhraseMatch<T> {
  /** Number of words matched. */
  readonly length: number;
  readonly value: T;
  readonly phrase: string;
}

/** A lexicon of phrases (one or more words) → values, matched at a word position (rule 3). */
export class PhraseLexicon<T> {
  private readonly byFirst = new Map<string, { keys: string[]; value: T; phrase: string }[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const keys = phrase.trim().split(/\s+/u).map(foldKey);
      const first = keys[0];
      if (!first) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push({ keys, value, phrase });
      list.sort((a, b) => b.keys.length - a.keys.length);
      this.byFirst.set(first, list);
    }
  }

  /** The longest phrase starting at `words[i]`, its first word matched through its proclitics. */
  matchAt(words: readonly Word[], i: number, options: { exact?: boolean } = {}): PhraseMatch<T> | null {
    const word = words[i];
    if (!word) return null;
    const firstKeys = options.exact ? [word.key] : word.stems;
    let best: PhraseMatch<T> | null = null;
    for (const stem of firstKeys) {
      for (const entry of this.byFirst.get(stem) ?? []) {
        if (best && best.length >= entry.keys.length) break;
        if (restMatches(words, i, entry.keys)) {
          best = { length: entry.keys.length, value: entry.value, phrase: entry.phrase };
        }
      }
    }
    return best;
  }
}

function restMatches(words: readonly Word[], i: number, keys: readonly string[]): boolean {
  for (let k = 1; k < keys.length; k++) {
    const word = words[i + k];
    if (!word?.stems.includes(keys[k] ?? '')) return false;
  }
  return true;
}

/**
 * Index of the word that contains `offset`, else of the first word after it. A number the shared
 * parser found inside a token (after a proclitic or a tatweel, inside a hashtag) belongs to that token.
 */
export function wordIndexContaining(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first word (or any span, in text order) whose start is at or after `offset`. */
export function wordIndexAt(words: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
