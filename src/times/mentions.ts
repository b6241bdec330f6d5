/**
 * Time expressions resolved against the publication date, in the contract's shape.
 *
 * Beside the contract's fields a time may carry `hijri` (the Hijri date as stated, when the text
 * gave one) and `range` (`{ from, to }`: the ids of both ends, on both ends of a range).
 */
import type { TimeMention } from '../contract/analysis.js';
import type { TimeExpression } from '../contract/time-expression.js';
import { type Reference, resolveTime } from './resolve.js';

export function toTimeMentions(
  text: string,
  expressions: readonly TimeExpression[],
  reference: Reference | null,
): TimeMention[] {
  const id = (index: number) => `T${index + 1}`;
  return expressions.map((expression, index) => {
    const resolved = resolveTime(expression, reference);
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
    };
  });
}
