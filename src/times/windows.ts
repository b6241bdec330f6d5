/**
 * A long text's time expressions, read window by window, so the time stage's word stream (an
 * object per word, the folded text and its offset maps) is never built over the whole text: over
 * a 9 MB text that stream was the largest short-lived memory of the analysis (issue 14).
 *
 * Rules:
 *  1. the text is cut into zones of about 16 K code units, each ending at a line break; an
 *     expression belongs to the zone where it starts. A zone's stream lives while the parsers
 *     walk it: at 64 K each one outlived a young-generation collection and was promoted to the
 *     old generation, ~130 MB of garbage over a 9 MB text that only a full collection frees;
 *  2. each zone is read with at least 2 K code units of text on both sides, extended to
 *     whole lines, so the words a parser looks at before an expression (منذ، بين، شارع…) and after
 *     it are there as in the whole text. No expression crosses a line break (the parsers stop at
 *     one), so by the zone's start the reading is back in step with a reading of the whole text;
 *  3. range partners (`rangeFrom`/`rangeTo`) are indices into the whole list, found again by the
 *     partner's start.
 * A text shorter than a zone and its context is read in one piece, as before.
 */
import type { TimeExpression } from '../contract/time-expression.js';
import { firstStartingAtOrAfter } from '../core/span-search.js';
import type { NumberMatch } from '../text/numbers.js';

export interface WindowSizes {
  readonly zone: number;
  readonly context: number;
}

const SIZES: WindowSizes = { zone: 16_384, context: 2_048 };

type Finder = (text: string, numbers: readonly NumberMatch[]) => TimeExpression[];

/** `find` over `text`, window by window when the text is long; `sizes` are for tests. */
export function inWindows(
  text: string,
  numbers: readonly NumberMatch[],
  find: Finder,
  { zone, context }: WindowSizes = SIZES,
): TimeExpression[] {
  if (text.length <= zone + 2 * context) return find(text, numbers);
  const found: TimeExpression[] = [];
  /** Start of each kept expression's range partner, by its position in `found`. */
  const partnerStarts: (number | undefined)[] = [];
  for (let zoneStart = 0; zoneStart < text.length; ) {
    const zoneEnd = lineEndAfter(text, zoneStart + zone);
    const from = lineStartBefore(text, zoneStart - context);
    const to = lineEndAfter(text, zoneEnd + context);
    const local = find(text.slice(from, to), numbersWithin(numbers, from, to));
    for (const e of local) {
      const start = e.start + from;
      if (start < zoneStart || start >= zoneEnd) continue;
      const partner = e.rangeFrom ?? e.rangeTo;
      partnerStarts.push(partner === undefined ? undefined : (local[partner]?.start ?? 0) + from);
      found.push({ ...e, start, end: e.end + from });
    }
    zoneStart = zoneEnd;
  }
  const indexOfStart = new Map(found.map((e, index) => [e.start, index]));
  return found.map((e, index) => {
    const partnerStart = partnerStarts[index];
    if (partnerStart === undefined) return e;
    const partner = indexOfStart.get(partnerStart);
    const { rangeFrom: _from, rangeTo: _to, ...rest } = e;
    if (partner === undefined) return rest;
    return e.rangeFrom !== undefined ? { ...e, rangeFrom: partner } : { ...e, rangeTo: partner };
  });
}

/** The offset after the first line break at or after `at`, or the text's end. */
function lineEndAfter(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const br = text.indexOf('\n', at);
  return br < 0 ? text.length : br + 1;
}

/** The offset after the last line break before `at`, or 0. */
function lineStartBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** The numbers lying wholly inside [from, to), in the window's offsets. */
function numbersWithin(numbers: readonly NumberMatch[], from: number, to: number): NumberMatch[] {
  const within: NumberMatch[] = [];
  for (let k = firstStartingAtOrAfter(numbers, from); k < numbers.length; k++) {
    const n = numbers[k] as NumberMatch;
    if (n.start >= to) break;
    if (n.end <= to) within.push({ ...n, start: n.start - from, end: n.end - from });
  }
  return within;
}
