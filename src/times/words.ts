/**
 * The word stream the time parsers walk: the text folded for matching (`TIME_FOLD`), cut into
 * Arabic words, digit runs and single punctuation marks, each with its original offsets, the
 * readings of its proclitics, and the numbers `findNumbers` reads there.
 *
 * Rules:
 *  1. a word's stems are its proclitic readings (src/text/proclitics.ts, article kept), so
 *     "وبمارس" can be read as مارس and "للعام" as العام; the whole word is tried first;
 *  2. a number in words ("الخامس عشر", "ثلاثين") is one item spanning its words; a digit run that
 *     `findNumbers` reads as part of a longer number ("2,500") belongs to that number;
 *  3. a line break between two words is remembered, so no expression crosses it.
 */

import { type NormalizedText, normalizeArabic, toOriginalSpan } from '../text/normalize.js';
import { findNumbers, type NumberMatch } from '../text/numbers.js';
import { procliticReadings } from '../text/proclitics.js';
import { detached } from '../text/words.js';
import { TIME_FOLD } from './lexicon.js';

/** One proclitic reading of a word; shared by every occurrence of the word's spelling. */
export interface Stem {
  readonly text: string;
  /** The proclitics removed, folded ("و", "وب", ""). */
  readonly clitics: string;
}

export interface Word {
  readonly text: string;
  readonly kind: 'arabic' | 'digits' | 'punct';
  readonly start: number;
  readonly end: number;
  /** Offset of the word in the folded text. */
  readonly foldedStart: number;
  readonly stems: readonly Stem[];
  readonly breakBefore: boolean;
}

export interface WordNumber {
  readonly value: number;
  readonly kind: 'cardinal' | 'ordinal';
  readonly written: 'digits' | 'words' | 'mixed';
  /** Index of the last word of the number. */
  readonly last: number;
  readonly start: number;
}

export interface WordStream {
  readonly text: string;
  readonly folded: NormalizedText;
  readonly words: readonly Word[];
  /** Numbers by the index of their first word. */
  readonly numbers: ReadonlyMap<number, WordNumber>;
}

const WORD = /(\d+)|([\u0621-\u063A\u0641-\u064A\u066E-\u06D3]+)|(\S)/gu;

const NO_STEMS: readonly Stem[] = [];

/** The original offset where `stem` of `word` begins, after its proclitics. */
export function stemStart(stream: WordStream, word: Word, stem: Stem): number {
  if (stem.clitics === '') return word.start;
  const { starts, originalLength } = stream.folded;
  return starts[word.foldedStart + stem.clitics.length] ?? originalLength;
}

/** Spellings whose readings are kept, across texts: a few megabytes, far beyond one text's vocabulary. */
const KEPT_SPELLINGS = 50_000;
const keptReadings = new Map<string, readonly Stem[]>();

/**
 * A spelling's proclitic readings, read once and shared by every occurrence in every text (texts
 * repeat their words, and news texts each other's); the readings are never changed.
 */
function stemsOfSpelling(spelling: string): readonly Stem[] {
  let stems = keptReadings.get(spelling);
  if (stems === undefined) {
    if (keptReadings.size >= KEPT_SPELLINGS) keptReadings.clear();
    const own = detached(spelling);
    stems = procliticReadings(own).map(({ stem, clitics }) => ({ text: stem, clitics }));
    keptReadings.set(own, stems);
  }
  return stems;
}

export function scanWords(text: string, numbers: readonly NumberMatch[] = findNumbers(text)): WordStream {
  const folded = normalizeArabic(text, TIME_FOLD);
  const words: Word[] = [];
  let previousEnd = 0;
  for (const match of folded.text.matchAll(WORD)) {
    const foldedStart = match.index;
    const foldedEnd = foldedStart + match[0].length;
    const span = toOriginalSpan(folded, foldedStart, foldedEnd);
    const kind = match[1] !== undefined ? 'digits' : match[2] !== undefined ? 'arabic' : 'punct';
    const breakBefore = /[\n\r\u2028\u2029]/u.test(text.slice(previousEnd, span.start));
    let stems: readonly Stem[] = NO_STEMS;
    if (kind === 'arabic') {
      stems = stemsOfSpelling(match[0]);
    }
    words.push({ text: match[0], kind, start: span.start, end: span.end, foldedStart, stems, breakBefore });
    previousEnd = span.end;
  }
  return { text, folded, words, numbers: overlayNumbers(numbers, words) };
}

function overlayNumbers(found: readonly NumberMatch[], words: readonly Word[]): Map<number, WordNumber> {
  const numbers = new Map<number, WordNumber>();
  let w = 0;
  for (const n of found) {
    while (w < words.length && (words[w]?.end ?? 0) <= n.start) w++;
    const first = w;
    let last = first;
    while (last + 1 < words.length && (words[last + 1]?.start ?? Number.POSITIVE_INFINITY) < n.end) last++;
    if (first >= words.length) break;
    numbers.set(first, { value: n.value, kind: n.kind, written: n.written, last, start: n.start });
  }
  return numbers;
}
