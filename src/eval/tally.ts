/** Named counters for scorers, the ratios made from them, and a line per miss for error analysis. */
export class Tally {
  private readonly counts = new Map<string, number>();
  readonly misses: string[] = [];
  add(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  miss(line: string): void {
    this.misses.push(line);
  }
  /** Adds every counter of `other` into this one. */
  merge(other: Tally): void {
    for (const [key, n] of other.counts) this.add(key, n);
    for (const line of other.misses) this.misses.push(line);
  }
}

/** `a / b`, and null when nothing was counted (a figure of nothing is not zero). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/**
 * F1 of a precision and a recall; 0 when either is 0 even if the other is of nothing (none of the
 * gold items found and nothing predicted is F1 = 2TP / (2TP + FP + FN) = 0, not a missing figure).
 */
export function f1(precision: number | null, recall: number | null): number | null {
  if (precision === 0 || recall === 0) return 0;
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
