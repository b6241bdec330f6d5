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

const SEASONS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  ar: { SP: 'ربيع', SU: 'صيف', FA: 'خريف', WI: 'شتاء' },
  en: { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' },
};

/**
 * An ISO date at the precision it was stated: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; also TIMEX3's
 * decades (`198` → 1980–1989) and seasons (`2024-SU` → summer 2024).
 */
export function formatIsoDate(value: string | null | undefined, lang: Lang): string {
  if (!value) return '—';
  const decade = /^(\d{3})$/.exec(value);
  if (decade) {
    const first = Number(decade[1]) * 10;
    return `${formatYear(first, lang)}–${formatYear(first + 9, lang)}`;
  }
  const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (season) return `${SEASONS[lang][season[2] as string]} ${formatYear(Number(season[1]), lang)}`;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(lang, options).format(date);
}

const SEASON_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The start of an ISO date at any precision (a decade, a season too), for timelines. */
export function isoToDate(value: string): Date | null {
  if (/^\d{3}$/.test(value)) return new Date(Date.UTC(Number(value) * 10, 0, 1));
  const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (season) return new Date(Date.UTC(Number(season[1]), (SEASON_MONTH[season[2] as string] ?? 1) - 1, 1));
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return null;
  return new Date(
    Date.UTC(Number(match[1]), match[2] ? Number(match[2]) - 1 : 0, match[3] ? Number(match[3]) : 1),
  );
}

function formatYear(year: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { useGrouping: false }).format(year);
}

const DURATION_UNITS: Readonly<Record<string, string>> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  D: 'day',
  H: 'hour',
  TM: 'minute',
  S: 'second',
};

/**
 * A TIMEX3 duration in words (`P4Y` → "٤ سنوات", `PT3H` → "3 hours"), through Intl's unit
 * formatting so plural forms are the language's own; null when the value is not a duration.
 */
export function formatDuration(value: string, lang: Lang): string | null {
  const match =
    /^P(?:(\d+(?:\.\d+)?|X)Y)?(?:(\d+(?:\.\d+)?|X)M)?(?:(\d+(?:\.\d+)?|X)W)?(?:(\d+(?:\.\d+)?|X)D)?(?:T(?:(\d+(?:\.\d+)?|X)H)?(?:(\d+(?:\.\d+)?|X)M)?(?:(\d+(?:\.\d+)?|X)S)?)?$/.exec(
      value,
    );
  if (!match || value === 'P' || value === 'PT') return null;
  const keys = ['Y', 'M', 'W', 'D', 'H', 'TM', 'S'];
  const parts: string[] = [];
  keys.forEach((key, i) => {
    const amount = match[i + 1];
    if (amount === undefined) return;
    const unit = DURATION_UNITS[key] ?? 'day';
    // `PXY` is "some years": the unit alone, in its plural form.
    const n = amount === 'X' ? 3 : Number(amount);
    const text = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(n);
    parts.push(amount === 'X' ? text.replace(/[\d٠-٩]+\s*/, '') : text);
  });
  return parts.join(lang === 'ar' ? ' و' : ', ');
}

/** A time's value for a reader: a date at its precision, a duration in words, or null. */
export function formatTimeValue(value: string | null, lang: Lang): string | null {
  if (!value) return null;
  const duration = formatDuration(value, lang);
  if (duration) return duration;
  return /^\d{3,4}/.test(value) ? formatIsoDate(value, lang) : null;
}
