/**
 * Dates written in Latin letters inside Arabic text: an English dateline (`January 9, 2021`,
 * `3rd, March 2022`, `12 March 2024`) or a French one on a Maghrebi page (`5 janvier 2023`), as in
 * embedded posts and bylines. Rules:
 *  1. month first: a month name, a day (1–31, an English ordinal suffix allowed), a comma or none,
 *     a four-digit year (`February 6, 2023`);
 *  2. day first: a day, an optional ordinal suffix and comma, an optional `of`, a month name, an
 *     optional comma, a four-digit year (`3rd, March 2022`, `12 March 2024`);
 *  3. the date must exist; a name alone, without day and year, is not read (`may` is a verb).
 * Month names are data (`data/ar/months-latin.json`).
 */
import { z } from 'zod';
import type { TimeExpression } from '../contract/time-expression.js';
import { loadLanguageData } from '../data/language-data.js';
import { isValidDate } from './calendar.js';

const LatinMonthsSchema = z.object({
  months: z.array(z.object({ month: z.number().int().min(1).max(12), forms: z.array(z.string()) })),
});

let months: ReadonlyMap<string, number> | undefined;
let patterns: { monthFirst: RegExp; dayFirst: RegExp } | undefined;

function latinMonths(): ReadonlyMap<string, number> {
  months ??= new Map(
    loadLanguageData('ar/months-latin', LatinMonthsSchema).months.flatMap((m) =>
      m.forms.map((f): [string, number] => [f.toLowerCase(), m.month]),
    ),
  );
  return months;
}

/** Every Latin-letter month name, lower case (`january`, `jan`, `janvier`…). */
export function latinMonthNames(): readonly string[] {
  return [...latinMonths().keys()];
}

function compiled() {
  if (!patterns) {
    const names = [...latinMonths().keys()].sort((a, b) => b.length - a.length).join('|');
    const day = '(\\d{1,2})(?:st|nd|rd|th)?';
    const year = '(\\d{4})';
    patterns = {
      monthFirst: new RegExp(`(?<![\\p{L}\\d])(${names})\\.?\\s+${day},?\\s+${year}(?!\\d)`, 'giu'),
      dayFirst: new RegExp(
        `(?<![\\p{L}\\d])${day},?\\s+(?:of\\s+)?(${names})\\.?,?\\s+${year}(?!\\d)`,
        'giu',
      ),
    };
  }
  return patterns;
}

export function findLatinDates(text: string): TimeExpression[] {
  // Most Arabic pages have no Latin letters at all: nothing to look for.
  if (!/[A-Za-z]/u.test(text)) return [];
  const { monthFirst, dayFirst } = compiled();
  const found: TimeExpression[] = [];
  const add = (start: number, end: number, monthName: string, dayText: string, yearText: string) => {
    const month = latinMonths().get(monthName.toLowerCase());
    const day = Number(dayText);
    const year = Number(yearText);
    if (month === undefined || !isValidDate(year, month, day)) return;
    if (found.some((f) => f.start < end && start < f.end)) return;
    found.push({ start, end, reading: { type: 'date', calendar: 'gregorian', year, month, day }, mod: null });
  };
  for (const m of text.matchAll(monthFirst))
    add(m.index, m.index + m[0].length, m[1] ?? '', m[2] ?? '', m[3] ?? '');
  for (const m of text.matchAll(dayFirst))
    add(m.index, m.index + m[0].length, m[2] ?? '', m[1] ?? '', m[3] ?? '');
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The Arabic expressions with the Latin dates that no Arabic one overlaps, in text order; the
 * range links (indices into the list) are renumbered for the merged list.
 */
export function withLatinDates(
  arabic: readonly TimeExpression[],
  latin: readonly TimeExpression[],
): TimeExpression[] {
  const extra = latin.filter((l) => !arabic.some((a) => a.start < l.end && l.start < a.end));
  if (extra.length === 0) return [...arabic];
  const tagged = [
    ...arabic.map((expression, index) => ({ expression, index })),
    ...extra.map((expression) => ({ expression, index: -1 })),
  ].sort((a, b) => a.expression.start - b.expression.start);
  const newIndex = new Map<number, number>();
  tagged.forEach((t, k) => {
    if (t.index >= 0) newIndex.set(t.index, k);
  });
  return tagged.map(({ expression }) => {
    const { rangeFrom, rangeTo, ...rest } = expression;
    return {
      ...rest,
      ...(rangeFrom !== undefined ? { rangeFrom: newIndex.get(rangeFrom) as number } : {}),
      ...(rangeTo !== undefined ? { rangeTo: newIndex.get(rangeTo) as number } : {}),
    };
  });
}
