/**
 * The one word model: each token of the text (src/text/tokenize.ts) with its folded key and the
 * stems its proclitics leave. The words stage (word-stage.ts) makes them once per document, as
 * the `words` layer that every later stage reads; phrase lexicons (phrases.ts) match over them.
 *
 * Rules:
 *  1. a word's key folds alef forms, alef maqsura, teh marbuta (to heh), diacritics and tatweel, so
 *     `إصابة`, `اصابه` and `إصابةٍ` meet one entry; entity keys, search forms and the time
 *     vocabulary fold the same way, through `foldKey`; a doubled alef at a word's start, which no
 *     Arabic word has, is a typo read as one (`أاكثر` is `أكثر`);
 *  2. a word's stems are its key and its proclitic readings: و/ف, then ب/ل/ك, then the article ال
 *     (`وللقتلى` → `قتلى`; src/text/proclitics.ts), never a stem shorter than two letters;
 *  3. punctuation tokens are words too (`%`, `:`), so a phrase never runs across a comma.
 */

import type { Token, Word } from '../contract/token.js';
import { firstEndingAfter, firstStartingAtOrAfter } from '../core/span-search.js';
import { foldArabic } from './normalize.js';
import { procliticReadings } from './proclitics.js';
import { tokenize } from './tokenize.js';

export type { Word };

export function foldKey(text: string): string {
  const key = foldArabic(text, { tehMarbuta: true });
  return key.startsWith('اا') ? key.replace(/^ا+/u, 'ا') : key;
}

/** The key itself and what remains after stripping proclitics and the article (rule 2). */
export function stemsOf(key: string): string[] {
  return procliticReadings(key, { article: true }).map((reading) => reading.stem);
}

interface WordForms {
  /** The spelling, one string for all its occurrences (the tokens' own copies are let go). */
  readonly text: string;
  readonly key: string;
  readonly stems: readonly string[];
}

/**
 * The words of `text[from, to)`. A news text repeats its words, so each distinct spelling is folded
 * and stemmed once and its forms are shared by all its occurrences (a 10 MB text otherwise spent
 * most of a gigabyte on copies of the same stems); so is the spelling itself.
 */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const forms = new Map<string, WordForms>();
  const words: Word[] = [];
  // Tokenised a stretch of lines at a time: no token holds a line break, so the tokens are those
  // of the whole range, and a 9 MB text's million tokens are never all alive at once (~100 MB).
  for (let at = from; at < to; ) {
    const lineBreak = text.indexOf('\n', Math.min(at + TOKENIZE_STRETCH, to));
    const end = lineBreak < 0 || lineBreak >= to ? to : lineBreak + 1;
    for (const t of tokenize(text, at, end)) words.push(wordOf(t, forms));
    at = end;
  }
  return words;
}

const TOKENIZE_STRETCH = 65_536;

/** The words of tokens already cut (rule 1, 2). */
export function wordsOfTokens(tokens: readonly Token[]): Word[] {
  const forms = new Map<string, WordForms>();
  return tokens.map((t) => wordOf(t, forms));
}

function wordOf(t: Token, forms: Map<string, WordForms>): Word {
  let known = forms.get(t.text);
  if (known === undefined) {
    const key = t.kind === 'word' ? foldKey(t.text) : t.text;
    known = { text: t.text, key, stems: t.kind === 'word' ? stemsOf(key) : [key] };
    forms.set(t.text, known);
  }
  return { start: t.start, end: t.end, text: known.text, kind: t.kind, key: known.key, stems: known.stems };
}

/**
 * Index of the word that contains `offset`, else of the first word after it. A number the shared
 * parser found inside a token (after a proclitic or a tatweel, inside a hashtag) belongs to that token.
 */
export function wordIndexContaining(words: readonly Word[], offset: number): number {
  return firstEndingAfter(words, offset);
}

/** Index of the first word (or any span, in text order) whose start is at or after `offset`. */
export function wordIndexAt(words: readonly { readonly start: number }[], offset: number): number {
  return firstStartingAtOrAfter(words, offset);
}
