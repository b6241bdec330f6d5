/**
 * Calendar arithmetic on plain dates (no clock, no time zone: every date is a UTC day).
 *
 * Rules:
 *  1. a Gregorian date is valid only if it exists (30 February is not);
 *  2. Hijri dates follow the Umm al-Qura calendar that Node's ICU carries (`islamic-umalqura`):
 *     a Hijri date is converted by formatting Gregorian days near its arithmetic estimate until
 *     one formats to it; a day that the month does not have (30 in a 29-day month) has no date;
 *  3. weeks are ISO 8601 weeks (Monday first), written `YYYY-Www`;
 *  4. adding months keeps the year and month only (the day is not carried), so "three months
 *     after 31 January" is a month, never an invalid day.
 */

export interface PlainDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;

export function toEpochDay(date: PlainDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

export function fromEpochDay(epochDay: number): PlainDate {
  const d = new Date(epochDay * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear keeps them as stated.
  d.setUTCFullYear(year);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
export function weekdayOf(date: PlainDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The ISO 8601 week of a date, `YYYY-Www`. */
export function isoWeek(date: PlainDate): string {
  const epochDay = toEpochDay(date);
  const isoWeekday = ((weekdayOf(date) + 6) % 7) + 1; // Monday 1 … Sunday 7
  const thursday = fromEpochDay(epochDay - isoWeekday + 4);
  const firstOfYear = toEpochDay({ year: thursday.year, month: 1, day: 1 });
  const week = Math.floor((toEpochDay(thursday) - firstOfYear) / 7) + 1;
  return `${thursday.year}-W${String(week).padStart(2, '0')}`;
}

export function formatDate(date: PlainDate): string {
  return `${pad4(date.year)}-${pad2(date.month)}-${pad2(date.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}

export function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

let hijriFormat: Intl.DateTimeFormat | undefined;

/** The Umm al-Qura date of a Gregorian day. */
export function toHijri(date: PlainDate): PlainDate {
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = hijriFormat.formatToParts(new Date(toEpochDay(date) * DAY_MS));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  return { year: part('year'), month: part('month'), day: part('day') };
}

const HIJRI_EPOCH_DAY = toEpochDay({ year: 622, month: 7, day: 16 });
const MEAN_HIJRI_MONTH = 29.530588853;

/** The Gregorian day of an Umm al-Qura date, or null when the month has no such day. */
export function fromHijri(hijri: PlainDate): PlainDate | null {
  if (hijri.month < 1 || hijri.month > 12 || hijri.day < 1 || hijri.day > 30) return null;
  const months = (hijri.year - 1) * 12 + (hijri.month - 1);
  const estimate = Math.round(HIJRI_EPOCH_DAY + months * MEAN_HIJRI_MONTH + hijri.day - 1);
  for (let delta = 0; delta <= 4; delta++) {
    for (const sign of delta === 0 ? [0] : [-1, 1]) {
      const candidate = fromEpochDay(estimate + sign * delta);
      const h = toHijri(candidate);
      if (h.year === hijri.year && h.month === hijri.month && h.day === hijri.day) return candidate;
    }
  }
  return null;
}
