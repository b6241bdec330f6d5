/** Numbers and dates for the reader's language, through Intl ('ar' gives Arabic digits and month names). */
import type { Lang } from './i18n.js';

const numberFormats = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/** An ISO date at the precision it was stated: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function formatIsoDate(value: string | null | undefined, lang: Lang): string {
  if (!value) return '—';
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/** The start of an ISO date at any precision, for timelines. */
export function isoToDate(value: string): Date | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return null;
  return new Date(
    Date.UTC(Number(match[1]), match[2] ? Number(match[2]) - 1 : 0, match[3] ? Number(match[3]) : 1),
  );
}
