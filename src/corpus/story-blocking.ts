/**
 * Candidate pairs for story clustering, found through an inverted index of blocking keys instead of
 * comparing every document with every other, so a refresh grows with the corpus, not its square.
 *
 * Rules, in order:
 *  1. a document's blocking keys are given by the caller (its weightiest words, its entity keys, its
 *     MinHash bands); a pair is a candidate only when the two documents share a key;
 *  2. a key held by more than `maxPosting` documents proposes no pairs (too common to tell stories
 *     apart; it still counts in similarities), unless the caller marks it uncapped (MinHash bands:
 *     many copies of one article are still copies);
 *  3. each key's dated documents are kept in publication-day order, so a dated document meets only
 *     those published at most `maxDays` from it, found by binary search, and every undated one;
 *  4. a pair with an undated document needs `undatedMinShared` shared keys, since with no date window
 *     one common word would pair it with every document that holds it; a dated pair needs one;
 *  5. each pair is proposed once, smaller index first, so the result depends only on the documents'
 *     order (the caller sorts them by key), never on the order keys were indexed in.
 */

export interface BlockingDocument {
  /** Publication day number (days since 1970-01-01), or null when undated. */
  readonly day: number | null;
  readonly keys: readonly string[];
}

export interface BlockingOptions {
  readonly maxDays: number;
  readonly maxPosting: number;
  readonly undatedMinShared: number;
  /** Keys that propose pairs however many documents hold them (rule 2). */
  readonly uncapped: (key: string) => boolean;
  /**
   * How many documents hold a key, when `docs` is part of a larger corpus (incremental
   * maintenance re-clusters a few components, but the cap is the whole corpus's); default: in `docs`.
   */
  readonly holders?: (key: string) => number | undefined;
}

interface Posting {
  /** Dated holders in (day, index) order, and their days alongside. */
  readonly docs: number[];
  readonly days: number[];
  readonly undated: number[];
  /** Whether the key proposes pairs (rule 2), decided once all documents are indexed. */
  usable: boolean;
}

export function blockedPairs(
  docs: readonly BlockingDocument[],
  options: BlockingOptions,
): [number, number][] {
  const pairs: [number, number][] = [];
  forEachBlockedPair(docs, options, (i, partners) => {
    for (const j of partners) pairs.push([i, j]);
  });
  return pairs;
}

/**
 * The pairs of `blockedPairs` one document at a time, without holding them all: `visit(i, partners)`
 * for every `i` in order with its partners `j > i` ascending (a large corpus has millions of pairs).
 */
export function forEachBlockedPair(
  docs: readonly BlockingDocument[],
  options: BlockingOptions,
  visit: (i: number, partners: readonly number[]) => void,
): void {
  const { postings, keysOf } = indexKeys(docs);
  for (const [key, p] of postings)
    p.usable =
      options.uncapped(key) ||
      (options.holders?.(key) ?? p.docs.length + p.undated.length) <= options.maxPosting;
  // Shared keys per partner, counted in one array reused for every document.
  const shared = new Int32Array(docs.length);
  const met: number[] = [];
  for (let i = 0; i < docs.length; i++) {
    const day = (docs[i] as BlockingDocument).day;
    met.length = 0;
    const meet = (j: number) => {
      if (j <= i) return;
      if (shared[j] === 0) met.push(j);
      shared[j] = (shared[j] as number) + 1;
    };
    for (const p of keysOf[i] as Posting[]) {
      if (!p.usable) continue;
      const first = day === null ? 0 : lowerBound(p.days, day - options.maxDays);
      const last = day === null ? Infinity : day + options.maxDays;
      for (let k = first; k < p.docs.length && (p.days[k] as number) <= last; k++) meet(p.docs[k] as number);
      for (const j of p.undated) meet(j);
    }
    const partners: number[] = [];
    for (const j of met) {
      const dated = day !== null && docs[j]?.day !== null;
      if ((shared[j] as number) >= (dated ? 1 : options.undatedMinShared)) partners.push(j);
      shared[j] = 0;
    }
    if (partners.length > 0)
      visit(
        i,
        partners.sort((a, b) => a - b),
      );
  }
}

/** Each key's posting, and each document's postings (one per distinct key). */
function indexKeys(docs: readonly BlockingDocument[]): {
  postings: Map<string, Posting>;
  keysOf: Posting[][];
} {
  const postings = new Map<string, Posting>();
  const keysOf: Posting[][] = docs.map(() => []);
  const order = docs.map((_, i) => i);
  // Dated documents by day (then index) first, so every posting's dated part comes out sorted.
  order.sort((a, b) => (docs[a]?.day ?? Infinity) - (docs[b]?.day ?? Infinity) || a - b);
  for (const i of order) {
    const doc = docs[i] as BlockingDocument;
    const own = keysOf[i] as Posting[];
    for (const key of new Set(doc.keys)) {
      let p = postings.get(key);
      if (!p) {
        p = { docs: [], days: [], undated: [], usable: true };
        postings.set(key, p);
      }
      own.push(p);
      if (doc.day === null) p.undated.push(i);
      else {
        p.docs.push(i);
        p.days.push(doc.day);
      }
    }
  }
  return { postings, keysOf };
}

/** The first position whose value is at least `value`, in an ascending array. */
function lowerBound(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
