/**
 * The forms of one word that the tagger, the gazetteer and the mention trimmer compare.
 *
 * Rules:
 *  1. the key of a word is its folded key (`foldKey`, src/text/words.ts), teh marbuta folded to heh,
 *     so `القاهرة` and `القاهره` meet;
 *  2. a conjunction (و ف) is taken off first, then a preposition (ب ك ل), then the article (ال);
 *     `لل` is ل before an article whose alef is not written, so its stem gets the alef back;
 *  3. a prefix is only taken off when at least two letters remain, so short words stay whole.
 * Stripping is greedy and ambiguous (`وليد` is a name, not و + ليد): the tagger uses these forms
 * as features beside the whole word, and the gazetteer decides when a mention is trimmed.
 */
import { CONJUNCTIONS, PREPOSITIONS } from '../text/proclitics.js';
import { foldKey } from '../text/words.js';

export interface WordForms {
  /** Normalised whole word. */
  readonly key: string;
  /** Without conjunction and preposition, article kept (`وبالقاهره` → `القاهره`). */
  readonly stem: string;
  /** Without the article too (`القاهره`). */
  readonly bare: string;
  /** Which prefixes were taken off: 'w' conjunction, 'p' preposition, 'a' article, in order. */
  readonly prefixes: string;
}

const MIN_REST = 2;

export function analyzeWordForms(word: string): WordForms {
  const key = foldKey(word);
  let rest = key;
  let prefixes = '';
  if (CONJUNCTIONS.has(rest[0] ?? '') && rest.length - 1 > MIN_REST) {
    rest = rest.slice(1);
    prefixes += 'w';
  }
  if (rest.startsWith('لل') && rest.length > 3) {
    rest = `ا${rest.slice(1)}`;
    prefixes += 'p';
  } else if (PREPOSITIONS.has(rest[0] ?? '') && rest.length - 1 > MIN_REST) {
    rest = rest.slice(1);
    prefixes += 'p';
  }
  const stem = rest;
  let bare = rest;
  if (bare.startsWith('ال') && bare.length - 2 >= MIN_REST) {
    bare = bare.slice(2);
    prefixes += 'a';
  }
  return { key, stem, bare, prefixes };
}
