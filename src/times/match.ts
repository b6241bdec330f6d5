/**
 * Small readers over the word stream that the parsers share: vocabulary lookups through the
 * proclitics, multi-word names, day numbers and years.
 */
import type { PhraseLexicon } from '../text/phrases.js';
import { type Stem, stemStart, type Word, type WordStream } from './words.js';

export interface Found<T> {
  readonly value: T;
  /** Index of the last word. */
  readonly last: number;
  /** Original offset where the match begins (after any proclitic). */
  readonly start: number;
  readonly stem: Stem;
}

/** The word at `i`, unless a line break separates it from the word before `i` in the expression. */
export function wordAt(stream: WordStream, i: number, from = i): Word | undefined {
  const word = stream.words[i];
  if (!word) return undefined;
  for (let k = from + 1; k <= i; k++) if (stream.words[k]?.breakBefore) return undefined;
  return word;
}

/** A stem found at a word, with the original offset where it begins. */
export interface StemAt extends Stem {
  readonly start: number;
}

/** The stem of word `i` found in `set`, whole word first. */
export function stemIn(stream: WordStream, i: number, set: ReadonlySet<string>): StemAt | null {
  const word = stream.words[i];
  if (!word) return null;
  if (word.kind === 'punct')
    return set.has(word.text) ? { text: word.text, clitics: '', start: word.start } : null;
  const stem = word.stems.find((s) => set.has(s.text));
  return stem ? { ...stem, start: stemStart(stream, word, stem) } : null;
}

export function lookup<T>(stream: WordStream, i: number, map: ReadonlyMap<string, T>): Found<T> | null {
  const word = stream.words[i];
  if (!word) return null;
  for (const stem of word.stems) {
    const value = map.get(stem.text);
    if (value !== undefined) return { value, last: i, start: stemStart(stream, word, stem), stem };
  }
  return null;
}

/** The longest name of `index` beginning at word `i` (proclitics allowed on its first word only). */
export function phraseAt<T>(stream: WordStream, i: number, index: PhraseLexicon<T>): Found<T> | null {
  const word = stream.words[i];
  if (!word) return null;
  for (const stem of word.stems) {
    for (const phrase of index.startingWith(stem.text)) {
      const rest = phrase.words.slice(1);
      const fits = rest.every((w, k) => wordAt(stream, i + 1 + k, i)?.text === w);
      if (fits) {
        return { value: phrase.value, last: i + rest.length, start: stemStart(stream, word, stem), stem };
      }
    }
  }
  return null;
}

/** A number at word `i`: a digit run on its own or a number in words. */
export function numberAt(
  stream: WordStream,
  i: number,
): { value: number; kind: 'cardinal' | 'ordinal'; digits: number; last: number; start: number } | null {
  const word = stream.words[i];
  if (!word) return null;
  const n = stream.numbers.get(i);
  if (word.kind === 'digits') {
    if (n && n.last !== i) return null;
    if (isGluedToNumber(stream, i)) return null;
    return {
      value: Number(word.text),
      kind: 'cardinal',
      digits: word.text.length,
      last: i,
      start: word.start,
    };
  }
  if (!n || n.written === 'digits') return null;
  return { value: n.value, kind: n.kind, digits: 0, last: n.last, start: n.start };
}

/** Digits joined to other digits by a separator without spaces ("3-1", "24/7", "12.5"): not a date part. */
function isGluedToNumber(stream: WordStream, i: number): boolean {
  const folded = stream.folded.text;
  const word = stream.words[i];
  if (!word) return false;
  const before = folded.slice(Math.max(0, word.foldedStart - 2), word.foldedStart);
  const after = folded.slice(word.foldedStart + word.text.length, word.foldedStart + word.text.length + 2);
  return /\d[/.:,-]$/u.test(before) || /^[/.:,-]\d/u.test(after);
}

/** A day of the month at word `i`: 1–31 in at most two digits, or an ordinal; "من" after it is taken. */
export function dayAt(stream: WordStream, i: number): { day: number; last: number; start: number } | null {
  const n = numberAt(stream, i);
  if (!n || n.value < 1 || n.value > 31) return null;
  if (n.kind === 'cardinal' && (n.digits === 0 || n.digits > 2)) return null;
  const next = wordAt(stream, n.last + 1, i);
  const last = next?.text === 'من' ? n.last + 1 : n.last;
  if (n.kind === 'ordinal' && last === n.last) return null;
  return { day: n.value, last, start: n.start };
}

/** A year in digits at word `i` (three or four digits, at most 2200). */
export function yearDigitsAt(
  stream: WordStream,
  i: number,
): { year: number; last: number; start: number } | null {
  const n = numberAt(stream, i);
  if (n?.kind !== 'cardinal' || n.digits < 3 || n.digits > 4 || n.value > 2200 || n.value < 100) return null;
  return { year: n.value, last: n.last, start: n.start };
}
