/**
 * The one phrase matcher: a lexicon of phrases (one or more words) → values, matched over the
 * words of src/text/words.ts.
 *
 * Rules:
 *  1. a phrase's words are folded as the text's words are (`foldKey`);
 *  2. its first word matches a word through the word's proclitics (any of its stems), or, `exact`,
 *     only the word's key; every later word matches any stem of the next word;
 *  3. a phrase matches on consecutive words; the longest phrase starting at a word wins.
 */
import { foldKey, type Word } from './words.js';

export interface PhraseMatch<T> {
  /** Number of words matched. */
  readonly length: number;
  readonly value: T;
  readonly phrase: string;
}

/** A lexicon of phrases (one or more words) → values, matched at a word position. */
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

  /** The longest phrase starting at `words[i]` (rules 2, 3). */
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
