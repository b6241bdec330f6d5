/**
 * Parsers: each reads one kind of time expression beginning at a word and says what the text
 * states, without a reference date. The scanner (`scan.ts`) tries them all at each word and keeps
 * the longest reading.
 *
 * Rules (each has a test named after it in `times.test.ts`):
 *  1. numeric dates: D/M/Y, Y/M/D with `/`, `-` or `.`, in any digit script; a year below 1600 or a
 *     Hijri marker after it makes the date Hijri; two four-digit years joined by a dash are a range;
 *  2. named months of every system, with a day (digits, an ordinal + من, or فاتح/غرة for the first) and a year (digits, or
 *     "من عام 2024", or "من العام الماضي"), or a relation after them (الماضي، المقبل، الجاري); day, month and year may also be joined by slashes or dashes (`19/مايو/2024`);
 *     a second name for the same month in brackets, after a slash or right after it is part of the expression;
 *  3. a strict month name (مارس، ماي، آب، تموز، نيسان) is a month only with a day, a year, a
 *     relation, a second name, or a temporal preposition before it;
 *  4. Hijri months need a year; the markers هـ/هجري are taken into the expression;
 *  5. a year is a year after عام/سنة/العام, or with a calendar marker, or after a temporal
 *     preposition (في، منذ، خلال…), or after a noun it names an edition of (موسم، نسخة، انتخابات);
 *     any other four-digit number is only a candidate that a range
 *     may confirm ("بين 2015 و2020"), so "2000 مقاتل" is not a year;
 *  6. weekdays, with a relation (الماضي/المقبل) or followed by the date they name;
 *  7. day words (اليوم، أمس، أول أمس، غداً، بعد غد), optionally followed by a weekday to check;
 *     اليوم followed by a definite word that is not a weekday (اليوم التالي، اليوم الوطني) is not today;
 *  8. periods placed by a relation or a demonstrative (الأسبوع الماضي، هذا العام، الشهر الجاري);
 *  9. قبل/بعد + a count of units is an offset from publication; followed by من it is a duration;
 * 10. durations: a count and a unit (20 عاماً، ثلاثة أيام), a dual (عقدين), a unit with واحد, or a
 *     bare unit after a duration cue (لمدة عام، أكثر من عام);
 * 11. sets: كل + unit, and the adverbs يومياً، أسبوعياً، شهرياً، سنوياً;
 * 12. decades: a plural-of-tens noun (الثمانينيات، تسعينات), with the century after it when one is
 *     named, directly or after من (ثمانينيات القرن الماضي، السبعينيات من القرن العشرين);
 * 13. seasons: a season noun followed by a year (صيف 2024، شتاء عام 2023، ربيع العام الماضي، خريف
 *     من العام المقبل) or a relation (الشتاء الماضي); alone it is not read (الربيع العربي).
 */

import type {
  Calendar,
  DateReading,
  Reading,
  Relation,
  SeasonReading,
  TimeMod,
} from '../contract/time-expression.js';
import type { PhraseLexicon } from '../text/phrases.js';
import { isValidDate } from './calendar.js';
import type { NamedNumber, TimeLexicon } from './lexicon.js';
import { dayAt, lookup, phraseAt, stemIn, wordAt, yearDigitsAt } from './match.js';
import { stemStart, type WordStream } from './words.js';

/** A reading of words `first`…`last`; `start` is the original offset of its first letter. */
export interface Parsed {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly reading: Reading;
  /** A bare four-digit number that only a range can confirm as a year. */
  readonly weak?: boolean;
  /** A second expression read together with this one ("2019-2021"). */
  readonly rangeEnd?: Parsed;
}

/** A parsed expression with the modifier before it (مطلع، نحو), as the scan reports it. */
export interface ScanResult extends Parsed {
  readonly mod: TimeMod | null;
}

export interface ParserInput {
  readonly stream: WordStream;
  readonly lexicon: TimeLexicon;
}

export type Parser = (input: ParserInput, i: number) => Parsed | null;

const NUMERIC_DATE = /^(\d{1,4})[ \t]*([/.-])[ \t]*(\d{1,2})[ \t]*\2[ \t]*(\d{1,4})(?!\d)/u;
const YEAR_SPAN = /^(\d{4})[ \t]*[-–—][ \t]*(\d{4})(?!\d|[/.-]\d)/u;

/** Index of the word that ends at folded offset `end`, from word `i` on. */
function wordEndingAt(stream: WordStream, i: number, end: number): number {
  let k = i;
  while (k < stream.words.length) {
    const w = stream.words[k];
    if (w && w.foldedStart + w.text.length >= end) return k;
    k++;
  }
  return -1;
}

export const parseNumericDate: Parser = ({ stream, lexicon }, i) => {
  const word = stream.words[i];
  if (word?.kind !== 'digits') return null;
  const before = stream.folded.text.slice(Math.max(0, word.foldedStart - 1), word.foldedStart);
  if (/[\d/.-]/u.test(before)) return null;
  const m = NUMERIC_DATE.exec(stream.folded.text.slice(word.foldedStart));
  if (!m) return null;
  const [a, b, c] = [m[1] ?? '', m[3] ?? '', m[4] ?? ''];
  const yearFirst = a.length >= 3;
  if (!yearFirst && c.length < 3) return null;
  const year = Number(yearFirst ? a : c);
  const month = Number(b);
  const day = Number(yearFirst ? c : a);
  let last = wordEndingAt(stream, i, word.foldedStart + m[0].length);
  if (last < 0) return null;
  const marker = stemIn(stream, last + 1, lexicon.hijriMarkers);
  const calendar: Calendar = marker || year < 1600 ? 'hijri' : 'gregorian';
  if (marker) last++;
  if (calendar === 'gregorian' && !isValidDate(year, month, day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 30 + (calendar === 'gregorian' ? 1 : 0)) return null;
  return { first: i, last, start: word.start, reading: { type: 'date', calendar, year, month, day } };
};

const DAY_MONTH = /^(\d{1,2})\/(\d{1,2})(?![\d/])/u;

/** "في 12/8": a day and month without a year, only after في/بتاريخ/يوم, so "24/7" is not a date. */
export const parseDayMonth: Parser = ({ stream, lexicon }, i) => {
  const word = stream.words[i];
  if (word?.kind !== 'digits' || !stream.words[i - 1]?.stems.some((s) => lexicon.dayMonthCues.has(s.text))) {
    return null;
  }
  if (/\d/u.test(stream.folded.text.slice(Math.max(0, word.foldedStart - 1), word.foldedStart))) return null;
  const m = DAY_MONTH.exec(stream.folded.text.slice(word.foldedStart));
  if (!m) return null;
  const [day, month] = [Number(m[1]), Number(m[2])];
  if (!isValidDate(2024, month, day)) return null;
  const last = wordEndingAt(stream, i, word.foldedStart + m[0].length);
  if (last < 0) return null;
  return { first: i, last, start: word.start, reading: { type: 'date', calendar: 'gregorian', month, day } };
};

export const parseYearSpan: Parser = ({ stream }, i) => {
  const word = stream.words[i];
  if (word?.kind !== 'digits') return null;
  const m = YEAR_SPAN.exec(stream.folded.text.slice(word.foldedStart));
  if (!m) return null;
  const [from, to] = [Number(m[1]), Number(m[2])];
  if (from < 1800 || to <= from || to - from > 100) return null;
  const last = wordEndingAt(stream, i, word.foldedStart + m[0].length);
  const end = stream.words[last];
  if (last < 0 || !end) return null;
  const reading = (year: number): Reading => ({ type: 'date', calendar: 'gregorian', year });
  const rangeEnd: Parsed = { first: last, last, start: end.start, reading: reading(to) };
  return { first: i, last: i, start: word.start, reading: reading(from), rangeEnd };
};

/** The year part after a month name: digits, "من (ال)عام 2024", or "من العام الماضي" / "من هذا العام". */
function yearPart(
  input: ParserInput,
  k: number,
  from: number,
): { year?: number; yearOffset?: number; hijri: boolean; last: number } | null {
  const { stream, lexicon } = input;
  const digits = yearDigitsAt(stream, k);
  if (digits && wordAt(stream, k, from)) return withMarker(input, digits.year, digits.last);
  if (wordAt(stream, k, from)?.text !== 'من') return null;
  if (stemIn(stream, k + 1, lexicon.yearWords)) {
    const year = yearDigitsAt(stream, k + 2);
    if (year) return withMarker(input, year.year, year.last);
  }
  const demonstrative = stemIn(stream, k + 1, lexicon.demonstratives);
  const periodAt = demonstrative ? k + 2 : k + 1;
  const period = lookup(stream, periodAt, lexicon.periods);
  if (period?.value !== 'year') return null;
  if (demonstrative) return { yearOffset: 0, hijri: false, last: periodAt };
  const relation = lookup(stream, periodAt + 1, lexicon.relatives);
  if (!relation) return null;
  const offset = relation.value === 'past' ? -1 : relation.value === 'next' ? 1 : 0;
  return { yearOffset: offset, hijri: false, last: periodAt + 1 };
}

function withMarker(input: ParserInput, year: number, last: number) {
  const { stream, lexicon } = input;
  if (stemIn(stream, last + 1, lexicon.hijriMarkers)) return { year, hijri: true, last: last + 1 };
  if (stemIn(stream, last + 1, lexicon.gregorianMarkers)) return { year, hijri: false, last: last + 1 };
  return { year, hijri: false, last };
}

/** A second name of the same month: "مارس (آذار)", "شباط/فبراير", "يناير كانون الثاني". */
function alternativeName(stream: WordStream, k: number, months: PhraseLexicon<NamedNumber>, month: number) {
  const open = stream.words[k]?.text;
  if (stream.words[k]?.kind !== 'punct') {
    const side = phraseAt(stream, k, months);
    return side && side.value.value === month ? side.last : null;
  }
  if (open !== '(' && open !== '/') return null;
  const other = phraseAt(stream, k + 1, months);
  if (!other || other.value.value !== month) return null;
  if (open === '/') return other.last;
  return stream.words[other.last + 1]?.text === ')' ? other.last + 1 : null;
}

/**
 * Is word `i` preceded by a word that makes a bare name a date (في، منذ، مطلع، شهر…)? A glued ب
 * (`بأيار`) does too, but not for a name that is also a common word: `باب` is a door far more often
 * than `بآب` is in August (`معبر باب الهوى`).
 */
export function datedContext(input: ParserInput, i: number, strict = false): boolean {
  const { stream, lexicon } = input;
  if (!strict && stream.words[i]?.stems.some((s) => s.clitics.includes('ب'))) return true;
  // "مقارنة بـ2022": a lone ب before digits takes the context of the word before it.
  const before = stream.words[i - 1]?.text === 'ب' ? i - 2 : i - 1;
  return (
    stemIn(stream, before, lexicon.temporalPrepositions) !== null ||
    (lookup(stream, before, lexicon.modifiers)?.value ?? 'APPROX') !== 'APPROX' ||
    stemIn(stream, before, lexicon.monthWords) !== null
  );
}

function parseMonthDate(input: ParserInput, i: number, calendar: Calendar): Parsed | null {
  const { stream, lexicon } = input;
  const months = calendar === 'hijri' ? lexicon.hijriMonths : lexicon.gregorianMonths;
  const day = dayAt(stream, i) ?? firstOfMonthAt(input, i);
  let k = day ? day.last + 1 : i;
  // "19/مايو/2024", "19-مايو-2024": a slash or dash between the parts of a dateline.
  const joined = day !== null && isDateJoiner(stream, k);
  if (joined) k++;
  if (!wordAt(stream, k, i)) return null;
  const monthWord = stemIn(stream, k, lexicon.monthWords) && !day ? k : -1;
  if (monthWord >= 0) k++;
  const nameIndex = k;
  const name = phraseAt(stream, k, months);
  if (!name) return null;
  const month = name.value.value;
  const alternative = calendar === 'gregorian' ? alternativeName(stream, name.last + 1, months, month) : null;
  k = (alternative ?? name.last) + 1;
  if (joined && isDateJoiner(stream, k) && yearDigitsAt(stream, k + 1)) k++;
  const year = yearPart(input, k, i);
  if (joined && year?.year === undefined) return null;
  const relation = year ? null : lookup(stream, k, lexicon.relatives);
  const last = year?.last ?? relation?.last ?? k - 1;
  // A Hijri month without a year needs a day or a relation ("15 رمضان", "رمضان الماضي").
  if (calendar === 'hijri' && year?.year === undefined && !day && !relation) return null;
  if (calendar === 'hijri' && year?.yearOffset !== undefined) return null;
  if (year?.hijri && calendar === 'gregorian') return null;
  const stated = day || year || relation || alternative !== null || monthWord >= 0;
  // "يوليو وأغسطس": a month coordinated with the month before it shares that month's context.
  const coordinated = !name.value.strict && phraseEndsAt(stream, nameIndex - 1, months);
  if (!stated && !coordinated && !datedContext(input, nameIndex, name.value.strict)) return null;
  if (
    day &&
    year?.year !== undefined &&
    calendar === 'gregorian' &&
    !isValidDate(year.year, month, day.day)
  ) {
    return null;
  }
  const reading: DateReading = {
    type: 'date',
    calendar,
    month,
    ...(day ? { day: day.day } : {}),
    ...(year?.year !== undefined ? { year: year.year } : {}),
    ...(year?.yearOffset !== undefined ? { yearOffset: year.yearOffset } : {}),
    ...(relation ? { relation: relation.value } : {}),
  };
  const start = day ? day.start : monthWord >= 0 ? lookupStart(input, monthWord) : name.start;
  return { first: i, last, start, reading };
}

/** `فاتح`/`غرة` before a month name: its first day. */
function firstOfMonthAt(
  { stream, lexicon }: ParserInput,
  i: number,
): { day: number; last: number; start: number } | null {
  const word = stemIn(stream, i, lexicon.firstOfMonth);
  return word ? { day: 1, last: i, start: word.start } : null;
}

/** A slash or dash glued between a dateline's day, month name and year, with no space around it. */
function isDateJoiner(stream: WordStream, k: number): boolean {
  const word = stream.words[k];
  const before = stream.words[k - 1];
  const after = stream.words[k + 1];
  if (word?.kind !== 'punct' || (word.text !== '/' && word.text !== '-') || !before || !after) return false;
  return before.end === word.start && word.end === after.start;
}

function phraseEndsAt(stream: WordStream, i: number, months: PhraseLexicon<NamedNumber>): boolean {
  for (let k = Math.max(0, i - 1); k <= i; k++) if (phraseAt(stream, k, months)?.last === i) return true;
  return false;
}

function lookupStart({ stream, lexicon }: ParserInput, i: number): number {
  const word = stream.words[i];
  const stem = word?.stems.find((s) => lexicon.monthWords.has(s.text));
  return word && stem ? stemStart(stream, word, stem) : (word?.start ?? 0);
}

export const parseGregorianDate: Parser = (input, i) => parseMonthDate(input, i, 'gregorian');
export const parseHijriDate: Parser = (input, i) => parseMonthDate(input, i, 'hijri');

/**
 * A noun counted by the number ending at word `last` ("العام 1500 مندوب", "عام 2000 شخص"): after
 * عام "general" (المؤتمر العام، إضراب عام) a four-digit number is a count, not a year.
 */
function countedAfter({ stream, lexicon }: ParserInput, last: number, from: number): boolean {
  return (
    wordAt(stream, last + 1, from) !== undefined && stemIn(stream, last + 1, lexicon.countNouns) !== null
  );
}

export const parseYear: Parser = (input, i) => {
  const { stream, lexicon } = input;
  const yearWord = stemIn(stream, i, lexicon.yearWords);
  if (yearWord) {
    const digits = yearDigitsAt(stream, i + 1);
    if (!digits || !wordAt(stream, i + 1, i)) return null;
    if (countedAfter(input, digits.last, i)) return null;
    const marked = withMarker(input, digits.year, digits.last);
    const calendar: Calendar = marked.hijri ? 'hijri' : 'gregorian';
    return {
      first: i,
      last: marked.last,
      start: yearWord.start,
      reading: { type: 'date', calendar, year: digits.year },
    };
  }
  const digits = yearDigitsAt(stream, i);
  if (!digits || digits.year < 1000) return null;
  if (countedAfter(input, digits.last, i)) return null;
  const marked = withMarker(input, digits.year, digits.last);
  const hasMarker = marked.last !== digits.last;
  const calendar: Calendar = marked.hijri ? 'hijri' : 'gregorian';
  const reading: Reading = { type: 'date', calendar, year: digits.year };
  const plausible = digits.year >= 1800 && digits.year <= 2100;
  const afterFrom = stream.words[i - 1]?.text === 'من';
  // "الربع الأخير من 2024": after من, a year only when a part of a year comes before it.
  const partOfYear = afterFrom && [i - 2, i - 3].some((k) => stemIn(stream, k, lexicon.partsOfYear));
  const edition = stemIn(stream, i - 1, lexicon.yearNouns) !== null;
  // "منذ 2016" is a year (a count after منذ takes a unit, "منذ 2000 عام", which durations read
  // first); after من or بين a bare number is a year only when a range confirms it.
  const since = stemIn(stream, i - 1, lexicon.since) !== null;
  const context =
    (datedContext(input, i) && (since || !stemIn(stream, i - 1, lexicon.rangeStarts))) ||
    partOfYear ||
    edition;
  const weak = !hasMarker && !(plausible && context);
  return { first: i, last: marked.last, start: digits.start, reading, ...(weak ? { weak } : {}) };
};

/** Rule 12. */
export const parseDecade: Parser = (input, i) => {
  const { stream, lexicon } = input;
  const decade = lookup(stream, i, lexicon.decades);
  if (!decade) return null;
  const at = wordAt(stream, i + 1, i)?.text === 'من' ? i + 2 : i + 1;
  const century = wordAt(stream, at, i) ? phraseAt(stream, at, lexicon.centuries) : null;
  return {
    first: i,
    last: century?.last ?? i,
    start: decade.start,
    reading: {
      type: 'decade',
      tens: decade.value,
      century: century?.value.start,
      centuryOffset: century?.value.offset,
    },
  };
};

/** Rule 13. */
export const parseSeason: Parser = (input, i) => {
  const { stream, lexicon } = input;
  const season = lookup(stream, i, lexicon.seasons);
  if (!season || !wordAt(stream, i + 1, i)) return null;
  const found = (last: number, stated: Omit<SeasonReading, 'type' | 'season'>): Parsed => ({
    first: i,
    last,
    start: season.start,
    reading: { type: 'season', season: season.value, ...stated },
  });
  const relation = lookup(stream, i + 1, lexicon.relatives);
  if (relation) return found(i + 1, { relation: relation.value });
  const period = lookup(stream, i + 1, lexicon.periods);
  const periodRelation = period?.value === 'year' ? lookup(stream, i + 2, lexicon.relatives) : null;
  if (periodRelation) return found(i + 2, { yearOffset: OFFSET_OF[periodRelation.value] });
  const year = yearPart(input, stemIn(stream, i + 1, lexicon.yearWords) ? i + 2 : i + 1, i);
  if (year && !year.hijri)
    return found(
      year.last,
      year.year !== undefined ? { year: year.year } : { yearOffset: year.yearOffset ?? 0 },
    );
  return null;
};

const OFFSET_OF: Readonly<Record<Relation, number>> = { past: -1, next: 1, current: 0 };
