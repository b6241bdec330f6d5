/**
 * Publication dates as pages state them, to `YYYY-MM-DD` (or `YYYY-MM` when only the month is
 * known). The date is read as written: `2025-04-17T23:30:00-05:00` is 2025-04-17, the day the outlet
 * printed, not converted to another time zone.
 *
 * Accepted forms: ISO 8601 (`2025-04-17`, `2025-04-17T…`), `2025/04/17`, compact `20250417`,
 * RFC 2822 and English prose (`Thu, 17 Apr 2025 …`, `April 17, 2025`). Day-first numeric forms
 * (`17/04/2025`) are ambiguous and refused. URLs give `/2025/04/17/`, `/2025-04-17/`,
 * `/20250417/` or, month only, `/2025/04/`.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';

const ISO = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[^\d])/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:$|[T\s])/;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_WORD},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const YEAR_MONTH = /^\s*(\d{4})-(\d{2})\s*$/;

/** A stated date string to `YYYY-MM-DD`/`YYYY-MM`, or null when it is not a date we can trust. */
export function parseDateValue(value: string): string | null {
  let match = ISO.exec(value) ?? COMPACT.exec(value);
  if (match) return formatDate(match[1], match[2], match[3]);
  match = DAY_MONTH_YEAR.exec(value);
  if (match) return formatDate(match[3], monthNumber(match[2]), match[1]);
  match = MONTH_DAY_YEAR.exec(value);
  if (match) return formatDate(match[3], monthNumber(match[1]), match[2]);
  match = YEAR_MONTH.exec(value);
  if (match) return formatDate(match[1], match[2], undefined);
  return null;
}

const URL_DAY = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/;
const URL_COMPACT = /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/;
const URL_MONTH = /\/((?:19|20)\d{2})\/(\d{1,2})(?=\/)/;

/** The date in a URL's path, if the path holds one. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  let match = URL_DAY.exec(path) ?? URL_COMPACT.exec(path);
  if (match) return formatDate(match[1], match[2], match[3]);
  match = URL_MONTH.exec(path);
  if (match) return formatDate(match[1], match[2], undefined);
  return null;
}

function monthNumber(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  const index = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : String(index + 1);
}

function formatDate(year?: string, month?: string, day?: string): string | null {
  const y = Number(year);
  const m = Number(month);
  if (!Number.isInteger(y) || y < 1900 || y > 2100 || !(m >= 1 && m <= 12)) return null;
  const ym = `${y}-${String(m).padStart(2, '0')}`;
  if (day === undefined) return ym;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (!(d >= 1 && d <= daysInMonth)) return null;
  return `${ym}-${String(d).padStart(2, '0')}`;
}
