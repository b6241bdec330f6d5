/**
 * Binary searches over spans sorted by start, so a stage asks "which sentence holds this offset"
 * in log time instead of scanning the whole list for every item (which made long texts quadratic).
 */
interface Bounds {
  readonly start: number;
  readonly end: number;
}

/**
 * How many items at the head of a sorted list pass `before` (which must hold for a prefix of the
 * list and fail for the rest): the one binary search every lookup here is built on.
 */
function prefixLength<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(sorted[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span ending after `offset`: the one holding it, else the first after it. */
export function firstEndingAfter(sorted: readonly { readonly end: number }[], offset: number): number {
  return prefixLength(sorted, (s) => s.end <= offset);
}

/** Index of the last span starting at or before `offset`, or -1. */
export function lastStartingAtOrBefore(
  sorted: readonly { readonly start: number }[],
  offset: number,
): number {
  return prefixLength(sorted, (s) => s.start <= offset) - 1;
}

/** Index of the first span starting at or after `offset`, or the list's length when none does. */
export function firstStartingAtOrAfter(
  sorted: readonly { readonly start: number }[],
  offset: number,
): number {
  return prefixLength(sorted, (s) => s.start < offset);
}

/**
 * The span of a sorted, non-overlapping list (sentences, paragraphs) that holds `offset`
 * (`start <= offset < end`), or undefined; the same answer as `find` over the list.
 */
export function spanAt<T extends Bounds>(sorted: readonly T[], offset: number): T | undefined {
  const span = sorted[lastStartingAtOrBefore(sorted, offset)];
  return span && offset < span.end ? span : undefined;
}

/** Index form of `spanAt`: -1 when no span holds `offset`. */
export function spanIndexAt(sorted: readonly Bounds[], offset: number): number {
  const index = lastStartingAtOrBefore(sorted, offset);
  const span = sorted[index];
  return span && offset < span.end ? index : -1;
}

/** Whether any span starts in `[from, to)`. */
export function anyStartingWithin(sorted: readonly Bounds[], from: number, to: number): boolean {
  const span = sorted[lastStartingAtOrBefore(sorted, from - 1) + 1];
  return span !== undefined && span.start < to;
}

/**
 * Spans sorted by start with the furthest end reached so far: "is this span inside / does it
 * overlap any of them" in one binary search each, rather than a pass over every span.
 */
function withFurthestEnds(spans: readonly Bounds[]) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const span of sorted) {
    reach = Math.max(reach, span.end);
    furthest.push(reach);
  }
  return { sorted, furthest };
}

/** A test for "lies wholly inside one of `spans`" (`start <= s.start && s.end <= end`). */
export function insideAny(spans: readonly Bounds[]): (span: Bounds) => boolean {
  const { sorted, furthest } = withFurthestEnds(spans);
  return (span) => {
    const last = lastStartingAtOrBefore(sorted, span.start);
    return last >= 0 && (furthest[last] as number) >= span.end;
  };
}

/** A test for "overlaps one of `spans`" (`s.start < end && start < s.end`). */
export function overlapsAny(spans: readonly Bounds[]): (start: number, end: number) => boolean {
  const { sorted, furthest } = withFurthestEnds(spans);
  return (start, end) => {
    const last = lastStartingAtOrBefore(sorted, end - 1);
    return last >= 0 && (furthest[last] as number) > start;
  };
}

/**
 * The spans of a list sorted by start that start in `[from, to)`, plus the `before` spans just
 * before `from` when they reach into it (a quote opened in an earlier sentence).
 */
export function startingWithin<T extends Bounds>(
  sorted: readonly T[],
  from: number,
  to: number,
  before = 0,
): T[] {
  const lo = firstStartingAtOrAfter(sorted, from);
  const out: T[] = [];
  for (let k = Math.max(0, lo - before); k < lo; k++) {
    const item = sorted[k] as T;
    if (item.end > from) out.push(item);
  }
  for (let k = lo; k < sorted.length && (sorted[k] as T).start < to; k++) out.push(sorted[k] as T);
  return out;
}
