/**
 * `appendAll(target, items)`: `target.push(...items)` without the spread. A spread passes every
 * item as a call argument, and V8 throws `RangeError: Maximum call stack size exceeded` once an
 * input yields some ~100,000 of them (a text of many short sentences does), so any array whose
 * length follows the input is appended with this loop instead.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `floor` when there are none; `Math.max(...values)` without the spread. */
export function maxOf(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}
