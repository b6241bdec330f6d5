/**
 * The one phrase matcher: a lexicon of phrases (one or more words) → values, matched over the
 * words of src/text/words.ts.
 *
 * Rules:
 *  1. a phrase's words are folded as the text's words are (`foldKey`);
 *  2. over the words of src/text/words.ts (`matchAt`), its first word matches a word through the
 *     word's proclitics (any of its stems), or, `exact`, only the word's key; every later word
 *     matches any stem of the next word. The time parsers walk a stream of their own and ask for
 *     the phrases `startingWith` a stem (src/times/match.ts);
 *  3. a phrase matches on consecutive words; the longest phrase starting at a word wins.
 */
import { foldKey, type Words } from './words.js';

export interface PhraseMatch<T> {
  /** Number of words matched. */
  readonly length: number;
  readonly value: T;
  readonly phrase: string;
}

/** One entry: the phrase's folded words, its value and the phrase as written in the data. */
export interface Phrase<T> {
  readonly words: readonly string[];
  readonly value: T;
  readonly phrase: string;
}

/** A lexicon of phrases (one or more words) → values, indexed by their first folded word. */
export class PhraseLexicon<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  /**
   * A sieve of the first words (`sieveSlot`): most stems asked begin no phrase, and this says so
   * without the map's string lookup, the largest cost of matching (`matchAt` is asked at nearly
   * every word by every stage). A set bit only means "look in the map".
   */
  private readonly sieve = new Int32Array(SIEVE_BITS >>> 5);

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.trim().split(/\s+/u).map(foldKey);
      const first = words[0];
      if (!first) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push({ words, value, phrase });
      this.byFirst.set(first, list);
      const slot = sieveSlot(first);
      this.sieve[slot >>> 5] = (this.sieve[slot >>> 5] as number) | (1 << (slot & 31));
    }
    // Longest first (rule 3); the sort is stable, so entries of one length keep the data's order.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The phrases whose first word is `key`, longest first. */
  startingWith(key: string): readonly Phrase<T>[] {
    return this.byFirst.get(key) ?? [];
  }

  /** Every folded word a phrase begins with. */
  firstWords(): Iterable<string> {
    return this.byFirst.keys();
  }

  /**
   * The longest phrase starting at `words.at(i)` (rules 2, 3). Every stage asks this at nearly
   * every word, and nearly always in vain: the way to "no" allocates nothing.
   */
  matchAt(words: Words, i: number, options?: { exact?: boolean }): PhraseMatch<T> | null {
    if (!(i >= 0 && i < words.length)) return null;
    if (options?.exact) return this.longestFrom(words, i, words.key(i), null);
    let best: PhraseMatch<T> | null = null;
    for (const stem of words.stems(i)) best = this.longestFrom(words, i, stem, best);
    return best;
  }

  /** The longest phrase beginning with `first` at word `i`, if longer than `best`; else `best`. */
  private longestFrom(
    words: Words,
    i: number,
    first: string,
    best: PhraseMatch<T> | null,
  ): PhraseMatch<T> | null {
    const slot = sieveSlot(first);
    if (((this.sieve[slot >>> 5] as number) & (1 << (slot & 31))) === 0) return best;
    const entries = this.byFirst.get(first);
    if (entries === undefined) return best;
    for (const entry of entries) {
      if (best && best.length >= entry.words.length) break;
      if (restMatches(words, i, entry.words)) {
        best = { length: entry.words.length, value: entry.value, phrase: entry.phrase };
      }
    }
    return best;
  }
}

/** Bits of a sieve: 8 KB a lexicon, few false hits for the largest (~500 first words). */
const SIEVE_BITS = 1 << 16;

/** A word's slot in a lexicon's sieve: its length and first and last two letters, mixed. */
function sieveSlot(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  let h = Math.imul(n, 0x9e3779b1) ^ word.charCodeAt(0);
  h = Math.imul(h, 0x01000193) ^ word.charCodeAt(n - 1);
  if (n > 2) h = Math.imul(h, 0x01000193) ^ word.charCodeAt(1) ^ (word.charCodeAt(n - 2) << 8);
  return (h ^ (h >>> 16)) & (SIEVE_BITS - 1);
}

function restMatches(words: Words, i: number, keys: readonly string[]): boolean {
  for (let k = 1; k < keys.length; k++) {
    if (i + k >= words.length || !words.stems(i + k).includes(keys[k] ?? '')) return false;
  }
  return true;
}
