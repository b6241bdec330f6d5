/**
 * `findTimeExpressions`: every time expression in a text, with what it states, left to right.
 *
 * Order of work:
 *  1. at each word, an optional modifier (مطلع، منتصف، أواخر، نحو…) and an optional day prefix
 *     (يوم، صباح، مساء، ليلة…) are read, then every parser is tried and the longest reading wins;
 *     the scan resumes after it, so readings never overlap;
 *  2. a modifier is kept only where it means something: EARLY/MID/LATE on a date coarser than a
 *     day or a period, APPROX on a date with a year or a duration; a day prefix only before a day;
 *  3. refiners then join ranges (`refineRanges`), drop year candidates no range confirmed, and drop
 *     dates without a year that name a street, a revolution or a bridge ("شارع 26 يوليو").
 */

import type { Reading, TimeExpression, TimeMod } from '../contract/time-expression.js';
import { findNumbers, type NumberMatch } from '../text/numbers.js';
import type { TimeLexicon } from './lexicon.js';
import { lookup, stemIn } from './match.js';
import {
  type Parsed,
  type Parser,
  type ParserInput,
  parseDayMonth,
  parseDecade,
  parseGregorianDate,
  parseHijriDate,
  parseNumericDate,
  parseSeason,
  parseYear,
  parseYearSpan,
  type ScanResult,
} from './parsers.js';
import { type Refined, refineRanges } from './ranges.js';
import {
  parseAgo,
  parseDayOfMonthPeriod,
  parseDayWord,
  parseDefiniteDuration,
  parseDuration,
  parsePeriod,
  parseSet,
  parseWeekday,
} from './relative-parsers.js';
import { inWindows } from './windows.js';
import { scanWords } from './words.js';

const PARSERS: readonly Parser[] = [
  parseYearSpan,
  parseNumericDate,
  parseDayMonth,
  parseWeekday,
  parseDayWord,
  parseGregorianDate,
  parseHijriDate,
  parseYear,
  parsePeriod,
  parseDayOfMonthPeriod,
  parseAgo,
  parseDuration,
  parseDefiniteDuration,
  parseSet,
  parseDecade,
  parseSeason,
];

/**
 * The time expressions of `text`; `numbers` are the text's numbers when the caller has read them.
 * A long text is read in windows (`windows.ts`), so its word stream is never built whole.
 */
export function findTimeExpressions(
  text: string,
  lexicon: TimeLexicon,
  numbers?: readonly NumberMatch[],
): TimeExpression[] {
  const found = inWindows(text, numbers ?? findNumbers(text), (window, windowNumbers) =>
    findInOneStream(window, lexicon, windowNumbers),
  );
  return headlineDaysAhead(text, found);
}

/**
 * `الأحد.. انخفاض على الحرارة` over `تنخفض درجات الحرارة، الأحد`: a bare weekday opening a line
 * (the headline's day) names the day the article's text announces under the same name, so it is
 * the coming one when a bare weekday of that name elsewhere is.
 */
function headlineDaysAhead(text: string, found: TimeExpression[]): TimeExpression[] {
  const bare = (e: TimeExpression) => e.reading.type === 'weekday' && e.reading.relation === undefined;
  const coming = new Set(
    found.flatMap((e) =>
      bare(e) && e.reading.type === 'weekday' && e.reading.ahead ? [e.reading.weekday] : [],
    ),
  );
  if (coming.size === 0) return found;
  return found.map((e) => {
    if (!bare(e) || e.reading.type !== 'weekday' || e.reading.ahead || !coming.has(e.reading.weekday))
      return e;
    if (text.slice(text.lastIndexOf('\n', e.start - 1) + 1, e.start).trim() !== '') return e;
    return { ...e, reading: { ...e.reading, ahead: true } };
  });
}

function findInOneStream(
  text: string,
  lexicon: TimeLexicon,
  numbers: readonly NumberMatch[],
): TimeExpression[] {
  const stream = scanWords(text, numbers);
  const input: ParserInput = { stream, lexicon };
  const found: ScanResult[] = [];
  let i = 0;
  while (i < stream.words.length) {
    const result = mayBegin(input, i) ? parseAt(input, i) : null;
    if (result) {
      found.push(result);
      if (result.rangeEnd) found.push({ ...result.rangeEnd, mod: null });
      i = (result.rangeEnd?.last ?? result.last) + 1;
    } else i++;
  }
  const refined = refineRanges(input, found).filter((r) => !r.weak && !namesAPlace(input, r));
  return refined.map((r, index) => toExpression(input, r, refined, index));
}

function mayBegin({ stream, lexicon }: ParserInput, i: number): boolean {
  const word = stream.words[i];
  if (!word) return false;
  return (
    word.kind === 'digits' || stream.numbers.has(i) || word.stems.some((s) => lexicon.triggers.has(s.text))
  );
}

function parseAt(input: ParserInput, i: number): ScanResult | null {
  const { stream, lexicon } = input;
  const mod = lookup(stream, i, lexicon.modifiers);
  const afterMod = mod ? i + 1 : i;
  const prefix =
    stemIn(stream, afterMod, lexicon.dayWords) ?? stemIn(stream, afterMod, lexicon.partsOfDay) ?? null;
  const core = prefix ? afterMod + 1 : afterMod;
  const best = longest(input, core);
  if (!best) return null;
  if (prefix && !isDay(best.reading)) return null;
  if (mod && !modFits(mod.value, best)) return null;
  const start = mod?.start ?? prefix?.start ?? best.start;
  return { ...best, first: i, start, mod: mod?.value ?? null };
}

function longest(input: ParserInput, i: number): Parsed | null {
  let best: Parsed | null = null;
  for (const parser of PARSERS) {
    const parsed = parser(input, i);
    if (parsed && (!best || parsed.last > best.last)) best = parsed;
  }
  return best;
}

function isDay(reading: Reading): boolean {
  if (reading.type === 'date') return reading.day !== undefined;
  if (reading.type === 'offset') return reading.unit === 'day';
  return reading.type === 'weekday';
}

function modFits(mod: TimeMod, parsed: Parsed): boolean {
  const r = parsed.reading;
  if (mod === 'APPROX') {
    return r.type === 'duration' || (r.type === 'date' && r.year !== undefined && !parsed.weak);
  }
  if (r.type === 'date') return r.day === undefined;
  return (r.type === 'offset' && r.unit !== 'day') || r.type === 'decade' || r.type === 'season';
}

/** A date without a year right after شارع، ثورة، جسر… is a name, not a time. */
function namesAPlace(input: ParserInput, r: Refined): boolean {
  const reading = r.reading;
  if (
    reading.type !== 'date' ||
    reading.year !== undefined ||
    reading.relation ||
    reading.yearOffset !== undefined
  ) {
    return false;
  }
  return stemIn(input.stream, r.first - 1, input.lexicon.nameHeads) !== null;
}

function toExpression(
  input: ParserInput,
  r: Refined,
  all: readonly Refined[],
  index: number,
): TimeExpression {
  const end = input.stream.words[r.last]?.end ?? r.start;
  const since = stemIn(input.stream, r.first - 1, input.lexicon.since) !== null;
  const other = r.rangeWith === undefined ? -1 : all.indexOf(r.rangeWith);
  return {
    start: r.start,
    end,
    reading: r.reading,
    mod: r.mod,
    ...(since ? { since } : {}),
    ...(other >= 0 && other > index ? { rangeTo: other } : {}),
    ...(other >= 0 && other < index ? { rangeFrom: other } : {}),
  };
}
