/**
 * `resolveTime`: what a time expression means once the publication date is known.
 *
 * Rules (each has a test in `resolve.test.ts`):
 *  1. a date with its year is absolute; a Hijri date is converted with Umm al-Qura and keeps its
 *     Hijri reading; a Hijri month is the Gregorian month holding its 15th day;
 *  2. a month (and day) without a year takes the publication year; with الماضي it is the latest
 *     such month strictly before the publication month (day: before the publication day), with
 *     المقبل the first one after; with الجاري/الحالي it is the publication month, and a different
 *     month named as current is a conflict;
 *  3. a weekday alone is the latest such day on or before publication; الماضي: strictly before;
 *     المقبل: strictly after; announced (`من المقرر`, `توقعت`, `سوف` a few words before): the first
 *     such day on or after publication;
 *  4. offsets count from publication in their unit: days give a day, weeks an ISO week, months a
 *     month, years a year;
 *  5. a weekday stated beside a date or a day word that it does not match is a conflict; so is a
 *     date said to be past (الماضي, منذ) that falls after publication; beside a day word the named
 *     weekday wins when it lies within three days (`أمس الاثنين` on a page stamped Wednesday is
 *     the Monday), the conflict still reported;
 *  6. durations and sets need no anchor (`anchor: "absolute"`); anything needing a reference date
 *     when there is none is `unresolved` with a null value;
 *  7. a decade is TIMEX3's three digits (`198`); with no century named it is of the twentieth
 *     century, as a decade noun alone in news almost always is; with القرن الماضي/الحالي it counts
 *     from the publication century;
 *  8. a season is `YYYY-SP|SU|FA|WI` (TIMEX3); a winter belongs to the year it begins in (December);
 *     with الماضي it is the latest such season begun before the publication's own, with المقبل the
 *     first begun after it, with الجاري/الحالي the publication's own season, or the one of its year.
 */

import type {
  DateReading,
  DecadeReading,
  OffsetReading,
  Reading,
  Season,
  SeasonReading,
  TimeExpression,
  WeekdayReading,
} from '../contract/time-expression.js';
import {
  addDays,
  addMonths,
  formatDate,
  formatMonth,
  fromHijri,
  isoWeek,
  isValidDate,
  type PlainDate,
  pad4,
  toHijri,
  weekdayOf,
} from './calendar.js';

/** The publication date at the precision known: a day may be missing ("2025-04"). */
export interface Reference {
  readonly year: number;
  readonly month: number;
  readonly day?: number;
}

export interface Resolved {
  readonly value: string | null;
  readonly anchor: 'absolute' | 'publication' | 'unresolved';
  readonly conflict?: string;
  /** The Hijri date as stated, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly hijri?: string;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function parseReference(value: string | null | undefined): Reference | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/u.exec(value ?? '');
  if (!m) return null;
  const [year, month] = [Number(m[1]), Number(m[2])];
  return m[3] === undefined ? { year, month } : { year, month, day: Number(m[3]) };
}

export function resolveTime(expression: TimeExpression, reference: Reference | null): Resolved {
  const reading: Reading = expression.reading;
  switch (reading.type) {
    case 'duration':
    case 'set':
      return { value: reading.value, anchor: 'absolute' };
    case 'date':
      return withPastCheck(resolveDate(reading, reference), expression, reference);
    case 'weekday':
      return resolveWeekday(reading, reference);
    case 'offset':
      return resolveOffset(reading, reference);
    case 'decade':
      return resolveDecade(reading, reference);
    case 'season':
      return resolveSeason(reading, reference);
  }
}

const SEASON_START: Readonly<Record<Season, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function resolveSeason(reading: SeasonReading, reference: Reference | null): Resolved {
  const value = (year: number) => `${pad4(year)}-${reading.season}`;
  if (reading.year !== undefined) return { value: value(reading.year), anchor: 'absolute' };
  if (!reference) return UNRESOLVED;
  if (reading.yearOffset !== undefined) {
    return { value: value(reference.year + reading.yearOffset), anchor: 'publication' };
  }
  // The publication's own season, as (year, first month); January and February are the winter
  // begun the December before.
  const nowStart = reference.month < 3 ? 12 : reference.month - ((reference.month - 3) % 3);
  const now = (reference.month < 3 ? reference.year - 1 : reference.year) * 12 + nowStart;
  const start = SEASON_START[reading.season];
  let year = reference.year;
  if (reading.relation === 'past') while (year * 12 + start >= now) year--;
  else if (reading.relation === 'next') while (year * 12 + start <= now) year++;
  else if (start === nowStart) year = (now - nowStart) / 12;
  return { value: value(year), anchor: 'publication' };
}

const DEFAULT_CENTURY = 1900;

function resolveDecade(reading: DecadeReading, reference: Reference | null): Resolved {
  if (reading.centuryOffset !== undefined) {
    if (!reference) return UNRESOLVED;
    const century = Math.floor(reference.year / 100) * 100 + reading.centuryOffset * 100;
    return { value: String(century / 10 + reading.tens), anchor: 'publication' };
  }
  const century = reading.century ?? DEFAULT_CENTURY;
  return { value: String(century / 10 + reading.tens), anchor: 'absolute' };
}

const UNRESOLVED: Resolved = { value: null, anchor: 'unresolved' };

function resolveDate(reading: DateReading, reference: Reference | null): Resolved {
  if (reading.calendar === 'hijri') {
    if (reading.year !== undefined) return resolveHijri(reading);
    const year = hijriYearFor(reading, reference);
    if (year === null) return UNRESOLVED;
    return { ...resolveHijri({ ...reading, year }), anchor: 'publication' };
  }
  if (reading.year !== undefined) return stated(reading, reading.year, 'absolute');
  if (reading.monthOffset !== undefined && reference) {
    const m = addMonths(reference.year, reference.month, reading.monthOffset);
    return stated({ ...reading, month: m.month }, m.year, 'publication');
  }
  if (!reference || reading.month === undefined) return UNRESOLVED;
  const year = yearFor(reading, reading.month, reference);
  const resolved = stated(reading, year, 'publication');
  if (reading.relation === 'current' && reading.month !== reference.month) {
    return {
      ...resolved,
      conflict: `named as the current month, but publication is in ${formatMonth(reference.year, reference.month)}`,
    };
  }
  return resolved;
}

function yearFor(reading: DateReading, month: number, reference: Reference): number {
  if (reading.yearOffset !== undefined) return reference.year + reading.yearOffset;
  const here = month * 32 + (reading.day ?? 0);
  const now = reference.month * 32 + (reading.day === undefined ? 0 : (reference.day ?? 31));
  if (reading.relation === 'past') return here < now ? reference.year : reference.year - 1;
  if (reading.relation === 'next') return here > now ? reference.year : reference.year + 1;
  return reference.year;
}

/** The Hijri year of a Hijri month (and day) stated without one, from the publication day. */
function hijriYearFor(reading: DateReading, reference: Reference | null): number | null {
  const today = referenceDay(reference);
  if (!today || reading.month === undefined) return null;
  const now = toHijri(today);
  const here = reading.month * 32 + (reading.day ?? 0);
  const at = now.month * 32 + (reading.day === undefined ? 0 : now.day);
  if (reading.relation === 'past') return here < at ? now.year : now.year - 1;
  if (reading.relation === 'next') return here > at ? now.year : now.year + 1;
  return now.year;
}

function stated(reading: DateReading, year: number, anchor: Resolved['anchor']): Resolved {
  if (reading.month === undefined) return { value: pad4(year), anchor };
  if (reading.day === undefined) return { value: formatMonth(year, reading.month), anchor };
  if (!isValidDate(year, reading.month, reading.day)) {
    return { value: null, anchor, conflict: `${formatMonth(year, reading.month)} has no day ${reading.day}` };
  }
  const date = { year, month: reading.month, day: reading.day };
  return { value: formatDate(date), anchor, ...weekdayConflict(date, reading.weekday) };
}

function resolveHijri(reading: DateReading): Resolved {
  const year = reading.year ?? 0;
  const hijri =
    reading.month === undefined
      ? pad4(year)
      : reading.day === undefined
        ? formatMonth(year, reading.month)
        : formatDate({ year, month: reading.month, day: reading.day });
  if (reading.month === undefined) {
    const middle = fromHijri({ year, month: 7, day: 1 });
    return { value: middle ? pad4(middle.year) : null, anchor: 'absolute', hijri };
  }
  const date = fromHijri({ year, month: reading.month, day: reading.day ?? 15 });
  if (!date)
    return {
      value: null,
      anchor: 'absolute',
      hijri,
      conflict: `the Hijri month ${formatMonth(year, reading.month)} has no day ${reading.day}`,
    };
  if (reading.day === undefined)
    return { value: formatMonth(date.year, date.month), anchor: 'absolute', hijri };
  return { value: formatDate(date), anchor: 'absolute', hijri, ...weekdayConflict(date, reading.weekday) };
}

function weekdayConflict(date: PlainDate, weekday: number | undefined): { conflict?: string } {
  if (weekday === undefined || weekdayOf(date) === weekday) return {};
  return {
    conflict: `stated as ${WEEKDAY_NAMES[weekday]}, but ${formatDate(date)} is a ${WEEKDAY_NAMES[weekdayOf(date)]}`,
  };
}

function withPastCheck(
  resolved: Resolved,
  expression: TimeExpression,
  reference: Reference | null,
): Resolved {
  if (resolved.conflict || !resolved.value || !reference) return resolved;
  const reading = expression.reading;
  const saidPast = expression.since || (reading.type === 'date' && reading.relation === 'past');
  if (!saidPast) return resolved;
  const referenceValue =
    reference.day === undefined
      ? formatMonth(reference.year, reference.month)
      : formatDate({ ...reference, day: reference.day });
  const comparable = referenceValue.slice(0, resolved.value.length);
  if (resolved.value <= comparable) return resolved;
  return {
    ...resolved,
    conflict: `stated as past, but ${resolved.value} is after publication (${referenceValue})`,
  };
}

function referenceDay(reference: Reference | null): PlainDate | null {
  return reference?.day === undefined
    ? null
    : { year: reference.year, month: reference.month, day: reference.day };
}

function resolveWeekday(reading: WeekdayReading, reference: Reference | null): Resolved {
  const today = referenceDay(reference);
  if (!today) return UNRESOLVED;
  const diff = (weekdayOf(today) - reading.weekday + 7) % 7;
  let date: PlainDate;
  if (reading.relation === 'next') date = addDays(today, (reading.weekday - weekdayOf(today) + 7) % 7 || 7);
  else if (reading.ahead) date = addDays(today, (reading.weekday - weekdayOf(today) + 7) % 7);
  else if (reading.relation === 'past') date = addDays(today, -(diff || 7));
  else date = addDays(today, -diff);
  return { value: formatDate(date), anchor: 'publication' };
}

function resolveOffset(reading: OffsetReading, reference: Reference | null): Resolved {
  if (!reference) return UNRESOLVED;
  const { unit, amount } = reading;
  if (unit === 'year' || unit === 'decade' || unit === 'century') {
    const scale = unit === 'decade' ? 10 : unit === 'century' ? 100 : 1;
    return { value: pad4(reference.year + amount * scale), anchor: 'publication' };
  }
  if (unit === 'month') {
    const m = addMonths(reference.year, reference.month, amount);
    return { value: formatMonth(m.year, m.month), anchor: 'publication' };
  }
  const today = referenceDay(reference);
  if (!today) return UNRESOLVED;
  if (unit === 'week') return { value: isoWeek(addDays(today, 7 * amount)), anchor: 'publication' };
  const date = addDays(today, unit === 'day' ? amount : 0);
  const conflict = weekdayConflict(date, reading.weekday);
  const named =
    conflict.conflict && unit === 'day' ? nearestNamedDay(date, today, amount, reading.weekday) : null;
  if (named) {
    return {
      value: formatDate(named),
      anchor: 'publication',
      conflict: `${conflict.conflict}: the ${WEEKDAY_NAMES[weekdayOf(named)]} nearest to it is taken`,
    };
  }
  return { value: formatDate(date), anchor: 'publication', ...conflict };
}

/** How far from the day a day word gives the weekday named with it may lie and still be meant. */
const NAMED_DAY_REACH = 3;

/**
 * `أمس الاثنين` on a page stamped Wednesday: the page was written the day before it was stamped
 * (or updated later), and the weekday, which the writer chose, says which day is meant. The nearest
 * day of that weekday within three days, never on the wrong side of the reference for a past (أمس,
 * اليوم) or a future (غداً) day word; null when there is none.
 */
function nearestNamedDay(
  date: PlainDate,
  today: PlainDate,
  amount: number,
  weekday: number | undefined,
): PlainDate | null {
  if (weekday === undefined) return null;
  const todayKey = formatDate(today);
  for (let distance = 1; distance <= NAMED_DAY_REACH; distance++) {
    for (const candidate of [addDays(date, -distance), addDays(date, distance)]) {
      if (weekdayOf(candidate) !== weekday) continue;
      const key = formatDate(candidate);
      if (amount <= 0 ? key <= todayKey : key >= todayKey) return candidate;
    }
  }
  return null;
}
