/**
 * Quantities: the figures of a news text with their value, approximation, unit and role.
 *
 * Rules, in the order they apply (each has a test named after it):
 *  1. numbers come from digit tokens (`1,500`, `٢٫٥`) and from the shared number-word parser's
 *     mentions (`ثلاثة`), which win where both cover the same words; ordinals are never quantities;
 *  2. a multiplier after a number scales it (`2.5 مليون`, `3 آلاف`);
 *  3. vague amounts (`عشرات`, `مئات الآلاف`) are approximate: value null, a `min`;
 *  4. ranges join two numbers (`1500 - 2200`, `بين 10 و20`, `من 3 إلى 5 آلاف`): value null, `min`
 *     and `max`, and a multiplier after the second number scales the first when it has none;
 *  5. an approximator directly before (`نحو`, `أكثر من`, `لا يزيد على` — the longest phrase wins) or
 *     after (`على الأقل`) sets `approx`;
 *  6. the unit is the word right after the number (`شخصاً`, `دولار`, `%`, `بالمئة`);
 *  7. the role comes from the unit when it has one (`قتيلاً`, `دولار`), else from the nearest cue
 *     word before the figure in its sentence (`مقتل`, `إصابة`), never across another figure or a
 *     comma, else from a cue right after it; an age is a year count after an age cue or in brackets;
 *  8. what is not a quantity is skipped: numbers inside time mentions, bare years (1900–2099), day
 *     numbers before a month name, parts of dates and clock times (`15/3`, `10:30`), phone numbers,
 *     numbers after `المادة`/`رقم`/`القرار`, and numbers glued to a word by a hyphen (`كوفيد-19`).
 */
import type { Quantity, Span } from '../contract/analysis.js';
import { overlapsAny, spanAt } from '../core/span-search.js';
import { foldArabic } from '../text/normalize.js';
import type { Approx, QuantityLexicon, UnitSense } from './lexicon.js';
import { type Word, wordIndexAt, wordIndexContaining, wordsOf } from './words.js';

/** A number found by the shared number parser (src/text/numbers.ts), in words or digits. */
export interface NumberMention {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly kind: 'cardinal' | 'ordinal';
  /** A magnitude without a count (`عشرات`): `value` is the magnitude, the amount at least twice it. */
  readonly indefinite?: boolean;
}

export interface QuantityInput {
  readonly text: string;
  readonly numbers?: readonly NumberMention[];
  /** Spans whose numbers are not quantities: the time mentions. */
  readonly excluded?: readonly Span[];
  readonly sentences?: readonly Span[];
}

interface Item {
  /** First and one-past-last word of the number itself. */
  wi: number;
  wj: number;
  value: number | null;
  min?: number;
  max?: number;
  multiplied: boolean;
  vague: boolean;
  digits: string | null;
  /** Where the number itself starts, when a proclitic glued to its first word is not part of it. */
  start?: number;
}

const SENTENCE_STOPS = new Set(['.', '،', ',', '؛', ';', '!', '?', '؟', '\n']);

export function extractQuantities(input: QuantityInput, lexicon: QuantityLexicon): Quantity[] {
  const words = wordsOf(input.text);
  const items = joinRanges(input.text, words, findItems(input, words, lexicon), lexicon);
  const out: Quantity[] = [];
  const taken = new Set<number>();
  for (const item of items) for (let k = item.wi; k < item.wj; k++) taken.add(k);
  for (const item of items) {
    const quantity = describe(input, words, item, lexicon, taken);
    if (quantity) out.push(quantity);
  }
  return out;
}

function findItems(input: QuantityInput, words: readonly Word[], lexicon: QuantityLexicon): Item[] {
  const byWord = new Map<number, Item>();
  const blocked = new Set<number>();
  for (const n of input.numbers ?? []) {
    const wi = wordIndexContaining(words, n.start);
    if (wi >= words.length) continue;
    const wj = Math.max(wi + 1, wordIndexAt(words, n.end));
    for (let k = wi; k < wj; k++) blocked.add(k);
    if (n.kind === 'ordinal') continue;
    const item: Item = {
      wi,
      wj,
      value: n.value,
      multiplied: wj - wi > 1,
      vague: false,
      digits: null,
      start: n.start,
    };
    if (n.indefinite) Object.assign(item, { value: null, min: n.value * 2, vague: true });
    else if (wj - wi === 1 && words[wi]?.kind === 'number')
      Object.assign(item, { multiplied: false, digits: words[wi]?.text });
    byWord.set(wi, item);
  }
  words.forEach((word, i) => {
    if (word.kind !== 'number' || blocked.has(i)) return;
    const value = parseDigits(word.text);
    if (value !== null)
      byWord.set(i, { wi: i, wj: i + 1, value, multiplied: false, vague: false, digits: word.text });
  });
  const items = [...byWord.values()].sort((a, b) => a.wi - b.wi);
  for (const item of items) {
    const multiplier = lexicon.multipliers.matchAt(words, item.wj, { exact: true });
    if (multiplier && item.value !== null) {
      item.value = round(item.value * multiplier.value);
      item.wj += multiplier.length;
      item.multiplied = true;
    }
  }
  const covered = new Set<number>();
  for (const item of items) for (let k = item.wi; k < item.wj; k++) covered.add(k);
  for (let i = 0; i < words.length; i++) {
    if (covered.has(i) || covered.has(i - 1)) continue;
    const vague = lexicon.vague.matchAt(words, i);
    if (!vague) continue;
    const item: Item = {
      wi: i,
      wj: i + vague.length,
      value: null,
      multiplied: false,
      vague: true,
      digits: null,
    };
    item.min = vague.value.min;
    if (vague.value.max !== undefined) item.max = vague.value.max;
    items.push(item);
    i += vague.length - 1;
  }
  return items.sort((a, b) => a.wi - b.wi);
}

/** Rule 4: two numbers joined by a dash, `بين … و…` or `من … إلى …` become one range. */
function joinRanges(text: string, words: readonly Word[], items: Item[], lexicon: QuantityLexicon): Item[] {
  const out: Item[] = [];
  for (let n = 0; n < items.length; n++) {
    const a = items[n] as Item;
    const b = items[n + 1];
    if (!b || a.value === null || b.value === null || a.vague || b.vague) {
      out.push(a);
      continue;
    }
    const before = words[a.wi - 1]?.stems ?? [];
    const gapText = text.slice(words[a.wj - 1]?.end ?? 0, words[b.wi]?.start ?? 0).trim();
    const gap = gapText === '' && words[b.wi]?.text.startsWith('و') ? 'و' : foldArabic(gapText);
    const dash = /^[-–—]$/u.test(gap) && a.digits !== null && b.digits !== null;
    const between = before.includes('بين') && gap === 'و';
    const fromTo = before.includes('من') && (gap === 'الي' || gap === 'حتي');
    if (!dash && !between && !fromTo) {
      out.push(a);
      continue;
    }
    let low = a.value;
    if (!a.multiplied && b.multiplied) {
      const multiplier = lexicon.multipliers.matchAt(words, b.wj - 1, { exact: true });
      if (multiplier && low < (b.value as number) / multiplier.value + 1) low = round(low * multiplier.value);
    }
    const first = dash ? a.wi : a.wi - 1;
    out.push({
      wi: first,
      wj: b.wj,
      value: null,
      min: low,
      max: b.value,
      multiplied: b.multiplied,
      vague: false,
      digits: null,
    });
    n++;
  }
  return out;
}

function describe(
  input: QuantityInput,
  words: readonly Word[],
  item: Item,
  lexicon: QuantityLexicon,
  taken: ReadonlySet<number>,
): Quantity | null {
  const first = words[item.wi] as Word;
  if (isExcluded(input, words, item, lexicon)) return null;
  let startWord = item.wi;
  let approx: Approx | null = item.vague ? 'about' : null;
  for (let j = Math.max(0, item.wi - 5); j < item.wi; j++) {
    const match = lexicon.approximators.matchAt(words, j);
    if (match && j + match.length === item.wi) {
      approx = match.value;
      startWord = j;
      break;
    }
  }
  let endWord = item.wj;
  const unitMatch = lexicon.units.matchAt(words, item.wj);
  const unit: UnitSense | null = unitMatch?.value ?? null;
  if (unitMatch) endWord += unitMatch.length;
  const post = lexicon.postApproximators.matchAt(words, endWord);
  if (post) {
    approx = post.value;
    endWord += post.length;
  }
  if (!unit && !item.multiplied && isBareYear(item, words, lexicon)) return null;
  const sentence = spanAt(input.sentences ?? [], first.start);
  const role =
    unit?.role ??
    ageRole(words, startWord, unit, lexicon) ??
    cueBefore(words, startWord, sentence, lexicon, taken) ??
    cueAfter(words, endWord, sentence, lexicon, taken);
  const firstWord = words[startWord] as Word;
  const quantity: Quantity = {
    start:
      startWord === item.wi && item.start !== undefined
        ? Math.max(firstWord.start, item.start)
        : firstWord.start,
    end: (words[endWord - 1] as Word).end,
    value: item.value,
    approx,
    unit: unit?.unit ?? null,
    role,
  };
  if (item.min !== undefined) quantity.min = item.min;
  if (item.max !== undefined) quantity.max = item.max;
  return quantity;
}

function ageRole(
  words: readonly Word[],
  startWord: number,
  unit: UnitSense | null,
  lexicon: QuantityLexicon,
) {
  if (unit?.unit !== 'year') return null;
  if (words[startWord - 1]?.text === '(') return 'age';
  for (let k = startWord - 1; k >= Math.max(0, startWord - 4); k--) {
    if (lexicon.ageCues.matchAt(words, k)) return 'age';
  }
  return null;
}

function cueBefore(
  words: readonly Word[],
  startWord: number,
  sentence: Span | undefined,
  lexicon: QuantityLexicon,
  taken: ReadonlySet<number>,
): string | null {
  for (let k = startWord - 1; k >= Math.max(0, startWord - 6); k--) {
    const word = words[k] as Word;
    if (sentence && word.start < sentence.start) break;
    if (taken.has(k) || SENTENCE_STOPS.has(word.text)) break;
    const cue = lexicon.roleCues.matchAt(words, k);
    if (cue) return cue.value;
  }
  return null;
}

function cueAfter(
  words: readonly Word[],
  endWord: number,
  sentence: Span | undefined,
  lexicon: QuantityLexicon,
  taken: ReadonlySet<number>,
): string | null {
  for (let k = endWord; k < Math.min(words.length, endWord + 3); k++) {
    const word = words[k] as Word;
    if (sentence && word.start >= sentence.end) break;
    if (taken.has(k) || SENTENCE_STOPS.has(word.text)) break;
    const cue = lexicon.roleCues.matchAt(words, k);
    if (cue) return cue.value;
  }
  return null;
}

/** One overlap index per excluded list (the document's times), built on first use. */
const overlapTests = new WeakMap<readonly Span[], (start: number, end: number) => boolean>();

function overlapTest(excluded: readonly Span[]): (start: number, end: number) => boolean {
  let test = overlapTests.get(excluded);
  if (!test) {
    test = overlapsAny(excluded);
    overlapTests.set(excluded, test);
  }
  return test;
}

function isExcluded(
  input: QuantityInput,
  words: readonly Word[],
  item: Item,
  lexicon: QuantityLexicon,
): boolean {
  const first = words[item.wi] as Word;
  const last = words[item.wj - 1] as Word;
  if (input.excluded && overlapTest(input.excluded)(first.start, last.end)) return true;
  const prev = words[item.wi - 1];
  const next = words[item.wj];
  if (item.wi > 0 && lexicon.skipBefore.matchAt(words, item.wi - 1)) return true;
  if (next && lexicon.months.matchAt(words, item.wj) && (item.value ?? 0) <= 31) return true;
  const glued = (w: Word | undefined, other: Word | undefined, marks: RegExp) =>
    w !== undefined && marks.test(w.text) && other?.kind === 'number';
  if (glued(prev, words[item.wi - 2], /^[/:.]$/u) || glued(next, words[item.wj + 1], /^[/:.]$/u)) return true;
  if (prev?.text === '+' || (item.digits !== null && /^[0٠]\d{5,}$/u.test(foldArabic(item.digits))))
    return true;
  if (prev && /^[-–]$/u.test(prev.text) && prev.start === first.start - 1) {
    const before = words[item.wi - 2];
    if (before && before.kind !== 'number' && before.end === prev.start) return true;
  }
  return false;
}

/** A bare four-digit integer in 1900–2099 without a unit reads as a year. */
function isBareYear(item: Item, words: readonly Word[], lexicon: QuantityLexicon): boolean {
  if (item.value !== null && item.digits !== null) {
    const digits = foldArabic(item.digits);
    if (/^(19|20)\d\d$/u.test(digits)) return true;
  }
  if (item.value === null && item.min !== undefined && item.max !== undefined) {
    const isYear = (v: number) => Number.isInteger(v) && v >= 1900 && v <= 2099;
    if (isYear(item.min) && isYear(item.max)) return true;
  }
  return item.wi > 0 && lexicon.yearCues.matchAt(words, item.wi - 1, { exact: true }) !== null;
}

/** `1,500` → 1500, `2.5` and `٢٫٥` → 2.5, `1,5` → 1.5. */
export function parseDigits(raw: string): number | null {
  const ascii = foldArabic(raw);
  let plain = ascii;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/u.test(ascii)) plain = ascii.replaceAll(',', '');
  else if (/^\d+,\d+$/u.test(ascii)) plain = ascii.replace(',', '.');
  if (!/^\d+(\.\d+)?$/u.test(plain)) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
