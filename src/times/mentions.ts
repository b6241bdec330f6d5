/**
 * Time expressions resolved against the publication date, in the contract's shape.
 *
 * Beside the contract's fields a time may carry `hijri` (the Hijri date as stated, when the text
 * gave one), `range` (`{ from, to }`: the ids of both ends, on both ends of a range) and `yearFrom`.
 *
 * The narrative's year: a Gregorian month (and day) stated with no year and no relation, in the
 * same sentence after a date that states its year, is of that year, not of the publication's
 * (`اندلعت الاحتجاجات أواخر عام 2019، وبلغت ذروتها في أكتوبر` is October 2019). `yearFrom` is the
 * id of the time that gave the year. The end of a range is left alone (`منذ 2011 حتى مارس` may run
 * to the present).
 */
import type { TimeMention } from '../contract/analysis.js';
import type { DateReading, TimeExpression } from '../contract/time-expression.js';
import { type Reference, type Resolved, resolveTime } from './resolve.js';

/** What ends a sentence for the narrative's year: its marks and a line break. */
const SENTENCE_END = /[.!?؟\n]/u;

export function toTimeMentions(
  text: string,
  expressions: readonly TimeExpression[],
  reference: Reference | null,
): TimeMention[] {
  const id = (index: number) => `T${index + 1}`;
  let lastYear: { readonly year: number; readonly end: number; readonly index: number } | null = null;
  return expressions.map((expression, index) => {
    const reading = expression.reading;
    const narrative =
      lastYear !== null &&
      takesNarrativeYear(expression) &&
      !SENTENCE_END.test(text.slice(lastYear.end, expression.start))
        ? lastYear
        : null;
    const resolved: Resolved = narrative
      ? resolveTime(
          { ...expression, reading: { ...(reading as DateReading), year: narrative.year } },
          reference,
        )
      : resolveTime(expression, reference);
    if (reading.type === 'date' && reading.calendar === 'gregorian' && reading.year !== undefined) {
      lastYear = { year: reading.year, end: expression.end, index };
    }
    const kind =
      expression.reading.type === 'duration'
        ? 'duration'
        : expression.reading.type === 'set'
          ? 'set'
          : 'date';
    const range =
      expression.rangeTo !== undefined
        ? { from: id(index), to: id(expression.rangeTo) }
        : expression.rangeFrom !== undefined
          ? { from: id(expression.rangeFrom), to: id(index) }
          : undefined;
    return {
      id: id(index),
      start: expression.start,
      end: expression.end,
      text: text.slice(expression.start, expression.end),
      value: resolved.value,
      mod: expression.mod,
      kind,
      anchor: resolved.anchor,
      ...(resolved.conflict ? { conflict: resolved.conflict } : {}),
      ...(resolved.hijri ? { hijri: resolved.hijri } : {}),
      ...(range ? { range } : {}),
      ...(narrative ? { yearFrom: id(narrative.index) } : {}),
    };
  });
}

function takesNarrativeYear(expression: TimeExpression): boolean {
  const r = expression.reading;
  return (
    r.type === 'date' &&
    r.calendar === 'gregorian' &&
    r.month !== undefined &&
    r.year === undefined &&
    r.yearOffset === undefined &&
    r.monthOffset === undefined &&
    r.relation === undefined &&
    expression.rangeFrom === undefined
  );
}
