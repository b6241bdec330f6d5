/**
 * Numbers in Arabic news, in digits, in words, or both, with their values.
 *
 * Rules (each has a test named after it):
 *  1. digits of every script are one number, with `,` `٬` as thousands separators (groups of three)
 *     and `.` `٫` as the decimal separator: `1,500`, `١٬٥٠٠`, `٣٫٥`, `2.5`; a run that fits neither
 *     pattern (`1,2,3`, `12.05.2024`) is not read as a number, nor digits glued to Latin letters (`G20`);
 *  2. cardinal words in both genders and both cases: units (ثلاث/ثلاثة), teens (أحد عشر، اثنتا عشرة,
 *     خمسة عشر), tens (عشرون/عشرين), hundreds (مئة/مائة، مئتان، ثلاثمئة or ثلاث مئة);
 *  3. scale words multiply what comes before them and count themselves when alone: ألف (1000),
 *     ألفان (2000), ثلاثة آلاف, مليون, خمسة ملايين, مليار;
 *  4. compounds are joined by و in Arabic order, larger groups first and, below a hundred, units
 *     before tens: ثلاثة آلاف وخمسمئة وخمسة وعشرون = 3525; a part that does not fit (خمسة وستة)
 *     ends the number;
 *  5. digits and scale words mix: `2.5 مليون`, `3 آلاف`, `مليون و200 ألف`;
 *  6. ordinals take the article: الأول/الأولى … العاشر/العاشرة, الحادي عشر, الخامس عشر,
 *     العشرون, الحادي والثلاثون, المئة;
 *  7. the proclitics و ف ب ك ل (and لل for ل + ال) before the first word are not part of the number;
 *  8. words that are numbers only in some contexts are skipped elsewhere: أحد/إحدى and اثنا/اثني count
 *     only before عشر (لم يصب أحد), and a definite cardinal unit is a weekday or a noun, not a number
 *     (الأحد، الاثنين), unless a scale, عشر or a ten follows it (الخمسة آلاف، الأحد عشر);
 *  9. عشرات and مئات (and a scale plural alone, آلاف) state a magnitude without a count: value is
 *     the magnitude and `indefinite` is true; عشرات الآلاف is 10000, indefinite.
 *
 * Matching runs on normalised text (teh marbuta folded, so عشره = عشرة) and maps back to offsets in
 * the original; a number never crosses a line break.
 */

import type { NumberMatch } from '../contract/number.js';
import { loadLanguageData } from '../data/language-data.js';
import { type NormalizedText, normalizeArabic, toOriginalSpan } from './normalize.js';
import {
  buildNumberLexicon,
  NUMBER_FOLD,
  type NumberLexicon,
  type NumberWord,
  NumberWordsSchema,
} from './number-words.js';
import { CONJUNCTIONS, procliticReadings } from './proclitics.js';

export type { NumberMatch };

let arabicLexicon: NumberLexicon | undefined;

/** The lexicon from `data/ar/number-words.json`, loaded once. */
export function arabicNumberLexicon(): NumberLexicon {
  arabicLexicon ??= buildNumberLexicon(loadLanguageData('ar/number-words', NumberWordsSchema));
  return arabicLexicon;
}

/** The number that begins at `start` (at a word, its proclitics included, or at a digit), or null. */
export function parseNumberAt(
  text: string,
  start: number,
  lexicon: NumberLexicon = arabicNumberLexicon(),
): NumberMatch | null {
  const lineEnd = text.slice(start, start + 600).search(/[\n\r\u2028\u2029]/);
  const end = lineEnd < 0 ? Math.min(text.length, start + 600) : start + lineEnd;
  const normalized = normalizeArabic(text.slice(start, end), NUMBER_FOLD);
  const phrase = parsePhrase(normalized.text, 0, lexicon);
  return phrase ? toMatch(phrase, normalized, start) : null;
}

/** Every number in `text[from, to)`, left to right, not overlapping. */
export function findNumbers(
  text: string,
  from = 0,
  to = text.length,
  lexicon: NumberLexicon = arabicNumberLexicon(),
): NumberMatch[] {
  const matches: NumberMatch[] = [];
  // A stretch of lines at a time: a number never runs over a line break (GAP), so the numbers are
  // those of the whole range, and a 9 MB text is never folded whole (its offset maps alone were
  // 40 MB, issue 14).
  for (let at = from; at < to; ) {
    const lineBreak = text.indexOf('\n', Math.min(at + NUMBER_STRETCH, to));
    const end = lineBreak < 0 || lineBreak >= to ? to : lineBreak + 1;
    findNumbersIn(text, at, end, lexicon, matches);
    at = end;
  }
  return matches;
}

const NUMBER_STRETCH = 65_536;

function findNumbersIn(
  text: string,
  from: number,
  to: number,
  lexicon: NumberLexicon,
  matches: NumberMatch[],
): void {
  const normalized = normalizeArabic(text.slice(from, to), NUMBER_FOLD);
  const n = normalized.text;
  WORD_START.lastIndex = 0;
  for (let m = WORD_START.exec(n); m !== null; m = WORD_START.exec(n)) {
    const phrase = parsePhrase(n, m.index, lexicon);
    if (!phrase) continue;
    matches.push(toMatch(phrase, normalized, from));
    WORD_START.lastIndex = Math.max(phrase.end, m.index + 1);
  }
}

/** Where a word or a digit run begins in normalised text. */
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

function toMatch(phrase: Phrase, normalized: NormalizedText, base: number): NumberMatch {
  const span = toOriginalSpan(normalized, phrase.start, phrase.end);
  const { start: _s, end: _e, ...rest } = phrase;
  return { start: base + span.start, end: base + span.end, ...rest };
}

interface Phrase extends Omit<NumberMatch, 'indefinite'> {
  readonly indefinite?: boolean;
}

type Entry = NumberWord | { readonly type: 'digits'; readonly value: number };

/** One reading of one word as part of a number. */
interface Piece {
  /** Normalised offsets of the number part of the word (after its proclitics). */
  readonly start: number;
  readonly end: number;
  /** Joined to what came before by و. */
  readonly conj: boolean;
  /** Carried a preposition (ب ك ل). */
  readonly prep: boolean;
  readonly article: boolean;
  readonly entry: Entry;
}

const GAP = /[ \t\u00A0\u202F]*/y;
const ARABIC_WORD = /[\u0621-\u063A\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5]+/y;
const DIGITS = /[0-9]+(?:[.,][0-9]+)*/y;
const PROCLITICS = /^(?:[وف])?(?:[بكل])?$/;
/** A proclitic leaves at least three letters of a number word, so لست is not ل + ست. */
const MIN_NUMBER_STEM = 3;
const PLAIN_NUMBER = /^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?$/;

/** The readings of the word after the spaces at `at`; none when no space or no number word follows. */
function readPiece(n: string, at: number, lexicon: NumberLexicon): Piece[] {
  const p = skipGap(n, at);
  if (p === at) return [];
  // A free-standing و ("ثلاثة و عشرون") joins like an attached one.
  if (n[p] === 'و' && skipGap(n, p + 1) > p + 1) {
    return readWord(n, skipGap(n, p + 1), lexicon)
      .filter((piece) => !piece.conj)
      .map((piece) => ({ ...piece, conj: true }));
  }
  return readWord(n, p, lexicon);
}

function skipGap(n: string, at: number): number {
  GAP.lastIndex = at;
  GAP.exec(n);
  return GAP.lastIndex;
}

function readWord(n: string, p: number, lexicon: NumberLexicon): Piece[] {
  ARABIC_WORD.lastIndex = p;
  const word = ARABIC_WORD.exec(n)?.[0] ?? '';
  if (word && isDigit(n.charCodeAt(p + word.length))) {
    if (!PROCLITICS.test(word)) return [];
    const digits = readDigits(n, p + word.length);
    return digits ? [{ ...digits, conj: /^[وف]/.test(word), prep: /[بكل]$/.test(word) }] : [];
  }
  if (word) return analyseWord(word, p, lexicon);
  const digits = readDigits(n, p);
  return digits ? [digits] : [];
}

function isDigit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

function readDigits(n: string, p: number): Piece | null {
  DIGITS.lastIndex = p;
  const run = DIGITS.exec(n)?.[0];
  if (!run || !PLAIN_NUMBER.test(run)) return null;
  const end = p + run.length;
  // Glued to Latin (G20, COVID-19, 5G) or the tail of a longer run (the 05 of 12.05.2024): not a number.
  const before = n.slice(Math.max(0, p - 2), p);
  if (/[a-z]/.test(n[end] ?? '') || /[a-z]$|[a-z]-$|[0-9][.,]$/.test(before)) return null;
  const value = Number(run.replaceAll(',', ''));
  return { start: p, end, conj: false, prep: false, article: false, entry: { type: 'digits', value } };
}

/**
 * A word's readings as [conjunction][preposition][article]stem, fewest clitics first: the
 * proclitic readings of src/text/proclitics.ts, each also read without its article, which an
 * ordinal keeps inside the number (`الخامس`).
 */
function analyseWord(word: string, p: number, lexicon: NumberLexicon): Piece[] {
  const readings = readingsOf(word, lexicon);
  return readings.length === 0 ? [] : readings.map((r) => ({ ...r, start: p + r.start, end: p + r.end }));
}

/**
 * The readings of a spelling, with offsets from the word's start, read once per spelling: every
 * word of a text is asked, most are no number, and a text repeats its words. Kept per lexicon
 * across documents, emptied when it holds more spellings than a day of news has.
 */
function readingsOf(word: string, lexicon: NumberLexicon): readonly Piece[] {
  let known = READINGS.get(lexicon);
  if (known === undefined) {
    known = new Map();
    READINGS.set(lexicon, known);
  }
  let readings = known.get(word);
  if (readings === undefined) {
    if (known.size >= MAX_KNOWN_SPELLINGS) known.clear();
    readings = readWordOnce(word, lexicon);
    known.set(word, readings);
  }
  return readings;
}

const READINGS = new WeakMap<NumberLexicon, Map<string, readonly Piece[]>>();
const MAX_KNOWN_SPELLINGS = 200_000;

function readWordOnce(word: string, lexicon: NumberLexicon): Piece[] {
  const readings: Piece[] = [];
  for (const { stem, clitics } of procliticReadings(word, { minStem: MIN_NUMBER_STEM })) {
    const skip = clitics.length;
    const conj = CONJUNCTIONS.has(clitics[0] ?? '');
    const at = { start: skip, end: word.length, conj, prep: skip > (conj ? 1 : 0) };
    const entry = stem.length >= 2 ? lexicon.get(stem) : undefined;
    if (entry) readings.push({ ...at, article: false, entry });
    const bare = stem.startsWith('ال') ? lexicon.get(stem.slice(2)) : undefined;
    if (bare) readings.push({ ...at, article: true, entry: bare });
  }
  return readings;
}

/**
 * The longest number starting at normalised offset `at`. A word may read two ways (وأحد is واحد
 * or و + أحد): each reading is tried, and on a tie the one with more clitics stripped wins.
 */
function parsePhrase(n: string, at: number, lexicon: NumberLexicon): Phrase | null {
  let best: Phrase | null = null;
  for (const first of readWord(n, at, lexicon)) {
    const phrase = parseFrom(n, first, lexicon);
    if (phrase && (!best || phrase.end >= best.end)) best = phrase;
  }
  return best;
}

function parseFrom(n: string, first: Piece, lexicon: NumberLexicon): Phrase | null {
  const { entry } = first;
  if (entry.type === 'ordinal' || (first.article && (entry.type === 'tens' || entry.type === 'hundreds'))) {
    return first.article && !isPercent(n, first) ? parseOrdinal(n, first, lexicon) : null;
  }
  if (entry.type === 'indefinite' || (entry.type === 'scale' && entry.count === 'many')) {
    return first.article ? null : parseIndefinite(n, first, lexicon);
  }
  if (first.article) return entry.type === 'unit' ? definiteCompound(n, first, lexicon) : null;
  return parseCardinal(n, first, lexicon);
}

/** Rule 8: a definite unit counts only when the number goes on (الخمسة آلاف، الخمسة عشر، الثلاثة والعشرين). */
function definiteCompound(n: string, first: Piece, lexicon: NumberLexicon): Phrase | null {
  const phrase = parseCardinal(n, first, lexicon, true);
  return phrase && phrase.end > first.end ? phrase : null;
}

/** بالمئة and في المئة say "per cent", not "the hundredth". */
function isPercent(n: string, first: Piece): boolean {
  if (first.entry.type !== 'hundreds') return false;
  return first.prep || /في[ \t\u00A0]+$/.test(n.slice(Math.max(0, first.start - 6), first.start));
}

/** The state of a cardinal being read: completed scale groups plus the group in progress. */
interface Cardinal {
  readonly total: number;
  readonly current: number;
  readonly phase: 'unit' | 'teenUnit' | 'teen' | 'tens' | 'hundreds' | 'digits' | 'scaled';
  /** The last scale applied: every later group must stay below it. */
  readonly limit: number;
}

/** `definite`: the first word had the article, so the later ones have it too (الثلاثة والعشرين). */
function parseCardinal(n: string, first: Piece, lexicon: NumberLexicon, definite = false): Phrase | null {
  let state = startGroup({ total: 0, current: 0, phase: 'scaled', limit: Number.POSITIVE_INFINITY }, first);
  if (!state) return null;
  let words = first.entry.type !== 'digits';
  let digits = !words;
  let end = first.end;
  let done = state.phase === 'teenUnit' ? null : { state, end, words, digits };
  for (;;) {
    const current: Cardinal = state;
    let step: { state: Cardinal; piece: Piece } | null = null;
    for (const piece of readPiece(n, end, lexicon)) {
      const next = piece.article && !definite ? null : stepCardinal(current, piece);
      if (next) {
        step = { state: next, piece };
        break;
      }
    }
    if (!step) break;
    state = step.state;
    end = step.piece.end;
    if (step.piece.entry.type === 'digits') digits = true;
    else words = true;
    if (state.phase !== 'teenUnit') done = { state, end, words, digits };
  }
  if (!done) return null;
  return {
    start: first.start,
    end: done.end,
    value: done.state.total + done.state.current,
    kind: 'cardinal',
    written: done.words && done.digits ? 'mixed' : done.words ? 'words' : 'digits',
  };
}

/** The state after `piece`, or null when `piece` cannot continue the number. */
function stepCardinal(state: Cardinal, piece: Piece): Cardinal | null {
  const { entry, conj } = piece;
  if (piece.prep) return null;
  if (state.phase === 'scaled') return conj ? startGroup(state, piece) : null;
  if (!conj) {
    const beforeTen = state.phase === 'unit' || state.phase === 'teenUnit';
    if (entry.type === 'ten' && beforeTen && state.current % 100 < 10) {
      return { ...state, current: state.current + 10, phase: 'teen' };
    }
    if (state.phase === 'teenUnit') return null;
    if (entry.type === 'hundreds' && entry.value === 100 && state.phase === 'unit' && state.current >= 3) {
      return { ...state, current: state.current * 100, phase: 'hundreds' };
    }
    // ألفاً after a count is the accusative singular, spelled as the dual construct ألفا.
    if (entry.type === 'scale' && (entry.count !== 2 || entry.accusativeOne)) {
      return applyScale(state, entry.value);
    }
    return null;
  }
  if (state.phase === 'unit' && entry.type === 'tens' && state.current % 100 < 10) {
    return withinLimit({ ...state, current: state.current + entry.value, phase: 'tens' });
  }
  if (state.phase === 'hundreds' && state.current % 100 === 0) {
    if (entry.type === 'digits' && entry.value < 100 && Number.isInteger(entry.value)) {
      return withinLimit({ ...state, current: state.current + entry.value, phase: 'digits' });
    }
    const below = groupStart(entry);
    if (below && below.value < 100) {
      return withinLimit({ ...state, current: state.current + below.value, phase: below.phase });
    }
  }
  return null;
}

/** The first word of a group: a number below a thousand, or a scale word counting itself. */
function startGroup(state: Cardinal, piece: Piece): Cardinal | null {
  const { entry } = piece;
  if (entry.type === 'scale' && entry.count !== 'many') {
    return applyScale({ ...state, current: entry.count }, entry.value);
  }
  if (entry.type === 'digits') return withinLimit({ ...state, current: entry.value, phase: 'digits' });
  const start = groupStart(entry);
  return start && withinLimit({ ...state, current: start.value, phase: start.phase });
}

function groupStart(entry: Entry): { value: number; phase: Cardinal['phase'] } | null {
  if (entry.type === 'unit') return { value: entry.value, phase: entry.teenOnly ? 'teenUnit' : 'unit' };
  if (entry.type === 'ten') return { value: 10, phase: 'teen' };
  if (entry.type === 'tens') return { value: entry.value, phase: 'tens' };
  if (entry.type === 'hundreds') return { value: entry.value, phase: 'hundreds' };
  return null;
}

function applyScale(state: Cardinal, scale: number): Cardinal | null {
  const group = state.current * scale;
  if (scale >= state.limit || group >= state.limit || state.current <= 0) return null;
  return { total: state.total + group, current: 0, phase: 'scaled', limit: scale };
}

function withinLimit(state: Cardinal): Cardinal | null {
  return state.current < state.limit ? state : null;
}

/** الثالث، الحادي عشر، الخامس والعشرون، العشرون، المئة. */
function parseOrdinal(n: string, first: Piece, lexicon: NumberLexicon): Phrase | null {
  const { entry } = first;
  const ordinal = (end: number, value: number): Phrase => ({
    start: first.start,
    end,
    value,
    kind: 'ordinal',
    written: 'words',
  });
  if (entry.type === 'tens' || entry.type === 'hundreds') return ordinal(first.end, entry.value);
  if (entry.type !== 'ordinal') return null;
  for (const next of entry.value < 10 ? readPiece(n, first.end, lexicon) : []) {
    if (!next.conj && !next.prep && !next.article && next.entry.type === 'ten') {
      return ordinal(next.end, entry.value + 10);
    }
    if (next.conj && !next.prep && next.article && next.entry.type === 'tens') {
      return ordinal(next.end, entry.value + next.entry.value);
    }
  }
  return entry.teenOnly ? null : ordinal(first.end, entry.value);
}

/** عشرات، مئات، آلاف alone, and عشرات الآلاف (tens of thousands). */
function parseIndefinite(n: string, first: Piece, lexicon: NumberLexicon): Phrase {
  const { entry } = first;
  const magnitude = entry.type === 'indefinite' || entry.type === 'scale' ? entry.value : 1;
  const scaled =
    entry.type === 'indefinite'
      ? readPiece(n, first.end, lexicon).find(
          (next) => !next.conj && !next.prep && next.article && next.entry.type === 'scale',
        )
      : undefined;
  const scale = scaled?.entry.type === 'scale' ? scaled.entry.value : 1;
  return {
    start: first.start,
    end: scaled ? scaled.end : first.end,
    value: magnitude * scale,
    kind: 'cardinal',
    written: 'words',
    indefinite: true,
  };
}
