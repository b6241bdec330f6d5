/**
 * Ranges: "بين 2015 و2020", "من يناير إلى مارس", "من 10 إلى 15 مايو 2025", "2019-2021".
 *
 * A range is represented as two times, each the expression the text states, linked to each other
 * (`range: { from, to }` in the contract). The first end takes the month and year it leaves
 * unsaid from the second ("من 10 إلى 15 مايو 2025": the 10 is 10 May 2025).
 *
 * Rules:
 *  1. two expressions joined by إلى/حتى/–, with من/بين/منذ before the first, are a range;
 *  2. joined by و (as a proclitic of the second), they are a range only after بين ("بين عامي");
 *  3. a bare day number after من/بين, joined to a date with a day, starts a range;
 *  4. a year candidate (a bare four-digit number) is confirmed when it is an end of a range.
 */

import type { DateReading } from '../contract/time-expression.js';
import { dayAt, stemIn } from './match.js';
import type { Parsed, ParserInput, ScanResult } from './parsers.js';

export interface Refined extends ScanResult {
  rangeWith?: Refined;
}

export function refineRanges(input: ParserInput, found: readonly ScanResult[]): Refined[] {
  const out: Refined[] = found.map((f) => ({ ...f }));
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (!a || !b || a.reading.type !== 'date' || b.reading.type !== 'date') continue;
    if (!joined(input, a, b)) continue;
    const filled = fill(a.reading, b.reading);
    const from: Refined = { ...a, reading: filled, weak: false };
    const to: Refined = { ...b, weak: false };
    from.rangeWith = to;
    to.rangeWith = from;
    out[k] = from;
    out[k + 1] = to;
  }
  return withBareDayStarts(input, out);
}

function joined(input: ParserInput, a: Parsed, b: Parsed): boolean {
  const { stream, lexicon } = input;
  const opener = stemIn(stream, a.first - 1, lexicon.rangeStarts)?.text;
  if (a.rangeEnd !== undefined && a.rangeEnd.first === b.first) return true;
  const gap = b.first - a.last - 1;
  if (gap === 0) {
    const conjunction = stream.words[b.first]?.stems.some((s) => s.clitics === 'و') === true;
    return conjunction && opener === 'بين';
  }
  if (gap !== 1) return false;
  const join = stemIn(stream, a.last + 1, lexicon.rangeJoins)?.text;
  if (!join || opener === undefined) return false;
  return join === 'و' ? opener === 'بين' : true;
}

function fill(a: DateReading, b: DateReading): DateReading {
  if (a.year !== undefined || a.yearOffset !== undefined || a.relation) return a;
  const year = b.year !== undefined ? { year: b.year, calendar: b.calendar } : {};
  const offset = b.yearOffset !== undefined ? { yearOffset: b.yearOffset } : {};
  return { ...a, ...year, ...offset };
}

function withBareDayStarts(input: ParserInput, out: Refined[]): Refined[] {
  const { stream, lexicon } = input;
  const result: Refined[] = [];
  for (const b of out) {
    const r = b.reading;
    const previous = result[result.length - 1];
    const bare = r.type === 'date' && r.day !== undefined && r.month !== undefined && !b.rangeWith;
    const joinAt = b.first - 1;
    const join = stemIn(stream, joinAt, lexicon.rangeJoins)?.text;
    const dayIndex = joinAt - 1;
    const opener = stemIn(stream, dayIndex - 1, lexicon.rangeStarts);
    const pairs = join !== 'و' || opener?.text === 'بين' || opener?.text === 'يومي';
    const day = bare && join && pairs ? dayAt(stream, dayIndex) : null;
    if (
      r.type === 'date' &&
      day &&
      day.last === dayIndex &&
      opener &&
      (!previous || previous.last < dayIndex)
    ) {
      const start: Refined = {
        first: dayIndex,
        last: dayIndex,
        start: day.start,
        mod: null,
        reading: withoutWeekday({ ...r, day: day.day }),
      };
      const end: Refined = { ...b, rangeWith: start };
      start.rangeWith = end;
      result.push(start, end);
    } else result.push(b);
  }
  return result;
}

function withoutWeekday(reading: DateReading): DateReading {
  const { weekday: _weekday, ...rest } = reading;
  return rest;
}
