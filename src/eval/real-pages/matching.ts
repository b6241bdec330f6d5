/**
 * How the real-pages scorer lines a prediction up with a gold item. These rules belong to the
 * scorer, not to Rasd: they are deliberately simple and independent of the analysis code, so a
 * change in Rasd's own clitic or name rules cannot make the measurement easier.
 *
 *  - Names compare after folding (alef forms, diacritics, tatweel, teh marbuta) and after removing
 *    the proclitics the gold leaves out (`و`, `ف`, then `ب`, `ل`, `ك`); `لل` is `ل` + `ال`, and a
 *    gold surface cut after a fused `لل` (`لمغرب`) is compared with `ال` restored (the set's
 *    convention).
 *  - A gold time, quote or figure is located where its text occurs on a word's left boundary (a
 *    proclitic may stand before it); with `near`, at the occurrence inside or nearest to `near`.
 *  - Predicted and gold spans match when they overlap.
 */
import { foldArabic } from '../../text/normalize.js';
import type { GoldSegments } from './pages.js';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

const fold = (text: string) => foldArabic(text.trim(), { tehMarbuta: true }).replace(/\s+/g, ' ');

const CONJUNCTION = /^[وف]/;
const PREPOSITION = /^[بلك]/;
const MIN_STEM = 2;

/** The folded forms a predicted mention stands for once its proclitics are removed. */
export function mentionForms(mention: string): Set<string> {
  const forms = new Set<string>();
  let word = fold(mention);
  forms.add(word);
  const strip = (pattern: RegExp) => {
    if (pattern.test(word) && word.length - 1 >= MIN_STEM) {
      word = word.slice(1);
      forms.add(word);
    }
  };
  strip(CONJUNCTION);
  if (word.startsWith('لل') && word.length > 3) forms.add(`ا${word.slice(1)}`);
  strip(PREPOSITION);
  return forms;
}

/** The folded forms of a gold surface: as written, and with `ال` restored after a fused `لل`. */
export function surfaceForms(surface: string): Set<string> {
  const folded = fold(surface);
  const forms = new Set([folded]);
  if (folded.startsWith('ل') && !folded.startsWith('ال')) forms.add(`ال${folded.slice(1)}`);
  return forms;
}

export function sameName(mention: string, surface: string): boolean {
  const gold = surfaceForms(surface);
  for (const form of mentionForms(mention)) if (gold.has(form)) return true;
  return false;
}

/** Does `phrase` (a role phrase such as `وزير الخارجية فلان`) contain the surface as whole words? */
export function containsName(phrase: string, surface: string): boolean {
  const words = fold(phrase).split(' ');
  const wanted = [...surfaceForms(surface)].map((f) => f.split(' '));
  for (let i = 0; i < words.length; i++) {
    for (const form of wanted) {
      const slice = words.slice(i, i + form.length);
      if (slice.length !== form.length) continue;
      const first = mentionForms(slice[0] as string);
      if (first.has(form[0] as string) && slice.slice(1).join(' ') === form.slice(1).join(' ')) return true;
    }
  }
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PROCLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** Does `text` at `at` start a word, allowing up to two proclitic letters before it? */
function startsWord(text: string, at: number): boolean {
  let i = at;
  for (let clitics = 0; clitics <= 2; clitics++) {
    const before = text[i - 1];
    if (before === undefined || !LETTER_OR_DIGIT.test(before)) return true;
    if (!PROCLITIC_LETTERS.has(before) || !/\p{Script=Arabic}/u.test(text[at] ?? '')) return false;
    i--;
  }
  return false;
}

export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1))
    if (startsWord(text, at)) out.push(at);
  return out;
}

/**
 * Where a gold item's text is on the page: every occurrence, or with `near` the one inside or
 * nearest to `near`. Occurrences inside `excluded` spans (lines the gold leaves unannotated) are
 * dropped.
 */
export function locate(
  text: string,
  item: { readonly needle: string; readonly near?: string | undefined },
  excluded: readonly TextSpan[] = [],
): TextSpan[] {
  let found = occurrences(text, item.needle);
  if (found.length === 0) found = indexesOf(text, item.needle);
  const near = item.near;
  if (near !== undefined) {
    const nearAt = text.indexOf(near);
    if (nearAt !== -1) {
      const inside = found.find((at) => at >= nearAt && at + item.needle.length <= nearAt + near.length);
      const nearest = inside ?? [...found].sort((a, b) => Math.abs(a - nearAt) - Math.abs(b - nearAt))[0];
      found = nearest === undefined ? [] : [nearest];
    }
  } else {
    const kept = found.filter((at) => !excluded.some((s) => at >= s.start && at < s.end));
    if (kept.length > 0) found = kept;
  }
  return found.map((at) => ({ start: at, end: at + item.needle.length }));
}

function indexesOf(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at !== -1 && needle !== ''; at = text.indexOf(needle, at + 1))
    out.push(at);
  return out;
}

export function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

export function within(inner: TextSpan, outer: TextSpan): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export type SegmentClass = 'title' | 'byline' | 'boilerplate' | 'related';

export interface GoldSegmentSpan extends TextSpan {
  readonly cls: SegmentClass;
}

/**
 * Every occurrence of each line the gold lists (a listed line may also be the part of a line that
 * precedes the article, such as `وكالات -`), with its class. Lines not listed are body.
 */
export function goldSegmentSpans(text: string, segments: GoldSegments): GoldSegmentSpan[] {
  const out: GoldSegmentSpan[] = [];
  const add = (content: string, cls: SegmentClass) => {
    const wanted = content.trim();
    for (const at of indexesOf(text, wanted)) out.push({ start: at, end: at + wanted.length, cls });
  };
  if (segments.title) add(segments.title, 'title');
  for (const l of segments.byline) add(l, 'byline');
  for (const l of segments.boilerplate) add(l, 'boilerplate');
  for (const l of segments.related) add(l, 'related');
  return out;
}

/** Spans the gold leaves unannotated: boilerplate and other articles' headlines. */
export function unannotatedSpans(text: string, segments: GoldSegments): TextSpan[] {
  return goldSegmentSpans(text, segments).filter((s) => s.cls === 'boilerplate' || s.cls === 'related');
}

export function foldedEqual(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return fold(a) === fold(b);
}

/** Where one gold item is on the page, and whether the annotator marked it optional. */
export interface LocatedGold {
  readonly spans: readonly TextSpan[];
  readonly optional: boolean;
}

/**
 * The precision side of a scorer: each prediction outside unannotated lines that overlaps no
 * located gold item is spurious; one that overlaps only optional items counts neither way.
 * Counts `PREFIX.predicted` and `PREFIX.predictedMatched`, and a miss line for each spurious one.
 */
export function countPredictions<T extends TextSpan>(
  predictions: readonly T[],
  golds: readonly LocatedGold[],
  excluded: readonly TextSpan[],
  t: { add(key: string): void; miss(line: string): void },
  prefix: string,
  spurious: (prediction: T) => string,
): void {
  for (const prediction of predictions) {
    if (excluded.some((s) => within(prediction, s))) continue;
    const matches = golds.filter((g) => g.spans.some((s) => overlaps(prediction, s)));
    if (matches.length > 0 && matches.every((g) => g.optional)) continue;
    t.add(`${prefix}.predicted`);
    if (matches.length > 0) t.add(`${prefix}.predictedMatched`);
    else t.miss(spurious(prediction));
  }
}
