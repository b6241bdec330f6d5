/**
 * Grouping documents into stories: the articles about one real event, across outlets.
 *
 * Rules, in order:
 *  1. documents are considered in the order of their keys, and every tie is broken by keys, so the
 *     result depends only on the set of documents, never on the order they were stored in;
 *  2. words are weighed within their own document only (sublinear term frequency; stopwords, numbers
 *     and short words never count: `features.ts`), never by corpus statistics, so the similarity of
 *     two documents depends on those two alone: adding a document never changes how two others
 *     compare, which is what lets the store add documents incrementally and still give the answer
 *     a rebuild gives (rule 8); the names of places and people weigh in again through entity overlap;
 *  3. candidate pairs come from blocking (`story-blocking.ts`), never from comparing all pairs: two
 *     documents are compared only when they share one of their `candidateTerms` weightiest words,
 *     an entity key or a MinHash band and, when both are dated, were published at most `maxDays`
 *     apart (two earthquakes months apart are never compared; articles about one event rarely lie
 *     further apart); an undated document needs `undatedMinShared` shared keys instead of a date;
 *     a word or entity held by more than `maxPosting` documents proposes no pairs (it still counts in
 *     similarities): the one corpus-wide statistic, which the store watches for keys crossing it;
 *  4. a pair's similarity is the cosine of their word vectors, mixed with the overlap of their
 *     entities when both have entities; a near-duplicate pair (MinHash estimate of shingle
 *     overlap ≥ `duplicateThreshold`: syndicated and copied articles) has similarity 1;
 *  5. pairs are merged strongest first, and two groups join only when the average similarity over
 *     all their cross pairs (uncompared pairs count 0) reaches `threshold` (average linkage), so one
 *     article that mentions two events cannot chain their stories together;
 *  6. every document ends in exactly one story; a story's id is `S` + a hash of its smallest key;
 *  7. inside a story, near-duplicates form sets; each copy names its set's original as
 *     `duplicateOf` with the basis of that verdict (`copy-origin.ts`: the source its dateline
 *     credits, else the earlier date); a member that cannot be told from the original is marked
 *     same text instead (`sameText`) and still counts once, so a reprint never confirms itself;
 *  8. merges only ever follow pairs at or above `threshold`, so a story never spans two *components*
 *     (sets of documents joined by such pairs): clustering each component alone gives exactly the
 *     stories clustering everything gives. A new document can only join the components of the
 *     documents it links to, so the store re-clusters those components and nothing else.
 */
import { type CopyBasis, type CopyClues, credits, originalOf } from './copy-origin.js';
import { shortHash } from './document-key.js';
import { type DocumentFeatures, MINHASH_SIZE, minhashSimilarity } from './features.js';
import { type BlockingDocument, blockedPairs } from './story-blocking.js';

export interface ClusterDocument {
  readonly id: string;
  readonly features: DocumentFeatures;
}

export interface ClusterOptions {
  readonly threshold: number;
  readonly maxDays: number;
  readonly duplicateThreshold: number;
  /** Share of the similarity given to entity overlap when both documents have entities. */
  readonly entityWeight: number;
  /** How many of a document's weightiest words find its candidate pairs. */
  readonly candidateTerms: number;
  /** A word or entity in more documents than this proposes no pairs (it still counts in similarities). */
  readonly maxPosting: number;
  /** Blocking keys an undated document must share with another to be compared with it. */
  readonly undatedMinShared: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  // The shipped gold corpus scores B-cubed F1 1.0 from 0.08 to 0.2 with document-local weights; the
  // middle keeps unrelated articles of one week from linking, so components (rule 8) stay small.
  threshold: 0.15,
  maxDays: 10,
  duplicateThreshold: 0.5,
  entityWeight: 0.3,
  candidateTerms: 100,
  maxPosting: 2000,
  undatedMinShared: 2,
};

export interface StoryGroup {
  readonly id: string;
  /** Oldest first (undated last), then by key. */
  readonly members: readonly string[];
  /** A near-duplicate → the member that stands for its text (the original, when one is known). */
  readonly duplicateOf: ReadonlyMap<string, string>;
  /** Why a member of `duplicateOf` is the copy, when that was decided. */
  readonly copyBasis: ReadonlyMap<string, CopyBasis>;
  /** Members of `duplicateOf` with the same text as the member they point to, neither chosen. */
  readonly sameText: ReadonlySet<string>;
}

export function clusterStories(
  documents: readonly ClusterDocument[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): StoryGroup[] {
  return clusterWithComponents(documents, options).groups;
}

export interface ClusterResult {
  readonly groups: StoryGroup[];
  /** Rule 8: the documents joined by pairs at or above the threshold, each sorted by key. */
  readonly components: string[][];
}

/** Stories and the components they lie in (rule 8), which incremental maintenance re-clusters. */
export function clusterWithComponents(
  documents: readonly ClusterDocument[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  /** Holders of a blocking key in the whole corpus, when `documents` are only part of it. */
  holders?: (key: string) => number | undefined,
): ClusterResult {
  const docs = sortByKey(documents);
  const pairs = scoredPairs(docs, options, false, holders);
  pairs.sort((a, b) => b.sim - a.sim || a.i - b.i || a.j - b.j);
  const groups = mergeAverageLinkage(docs.length, pairs, options.threshold);
  return {
    groups: groups.map((indices) =>
      storyGroup(
        indices.map((i) => docs[i] as ClusterDocument),
        options,
      ),
    ),
    components: linkedComponents(docs, pairs, options.threshold),
  };
}

/** The id of a component: a hash of its smallest key, so a rebuild and an update name it alike. */
export function componentId(members: readonly string[]): string {
  const smallest = [...members].sort(compareKeys)[0] ?? '';
  return `K${shortHash(smallest)}`;
}

function linkedComponents(
  docs: readonly ClusterDocument[],
  pairs: readonly { i: number; j: number; sim: number }[],
  threshold: number,
): string[][] {
  const parent = docs.map((_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[x] !== root) {
      const next = parent[x] as number;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  for (const { i, j, sim } of pairs) {
    if (sim < threshold) continue;
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const byRoot = new Map<number, string[]>();
  docs.forEach((doc, i) => {
    const root = find(i);
    byRoot.set(root, [...(byRoot.get(root) ?? []), doc.id]);
  });
  return [...byRoot.values()];
}

/** Whether two documents are compared at all (rule 3), from their blocking keys and days. */
export function blockingKeys(
  doc: ClusterDocument,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): string[] {
  const top = [...termVector(doc).entries()]
    .sort((a, b) => b[1] - a[1] || compareKeys(a[0], b[0]))
    .slice(0, options.candidateTerms)
    .map(([term]) => `w:${term}`);
  const entities = doc.features.entities.map((e) => `e:${e}`);
  // Near-duplicates meet through MinHash bands too, in case their weightiest words differ.
  const bands = Array.from(
    { length: MINHASH_SIZE / BAND },
    (_, b) => `m:${b}:${doc.features.minhash.slice(b * BAND, b * BAND + BAND).join(',')}`,
  );
  return [...new Set([...top, ...entities, ...bands])];
}

/** The similarity of two documents (rule 4): a function of the two alone (rule 2). */
export function storySimilarity(
  a: ClusterDocument,
  b: ClusterDocument,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): number {
  return pairSimilarity(a, b, termVector(a), termVector(b), options);
}

/**
 * Every pair clustering compares, by document id, with its similarity. `exhaustive` compares every
 * pair inside the date window instead of the blocked candidates: the reference blocking is checked against.
 */
export function comparedPairs(
  documents: readonly ClusterDocument[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  exhaustive = false,
): { a: string; b: string; sim: number }[] {
  const docs = sortByKey(documents);
  return scoredPairs(docs, options, exhaustive).map(({ i, j, sim }) => ({
    a: (docs[i] as ClusterDocument).id,
    b: (docs[j] as ClusterDocument).id,
    sim,
  }));
}

function sortByKey(documents: readonly ClusterDocument[]): ClusterDocument[] {
  return [...documents].sort((a, b) => compareKeys(a.id, b.id));
}

function scoredPairs(
  docs: readonly ClusterDocument[],
  options: ClusterOptions,
  exhaustive: boolean,
  holders?: (key: string) => number | undefined,
): { i: number; j: number; sim: number }[] {
  const vectors = weighTerms(docs);
  const candidates = exhaustive ? allPairs(docs, options) : candidatePairs(docs, options, holders);
  return candidates.map(([i, j]) => ({
    i,
    j,
    sim: pairSimilarity(
      docs[i] as ClusterDocument,
      docs[j] as ClusterDocument,
      vectors[i] as Vector,
      vectors[j] as Vector,
      options,
    ),
  }));
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Vector = Map<string, number>;

/** MinHash values per band: 16 bands of 4. */
const BAND = 4;

function weighTerms(docs: readonly ClusterDocument[]): Vector[] {
  return docs.map(termVector);
}

const vectors = new WeakMap<DocumentFeatures, Vector>();

/** Rule 2: sublinear term frequency, normalised to length 1; cached per features object. */
export function termVector(doc: ClusterDocument): Vector {
  const cached = vectors.get(doc.features);
  if (cached) return cached;
  const vector: Vector = new Map();
  let norm = 0;
  for (const [term, count] of Object.entries(doc.features.terms)) {
    const weight = 1 + Math.log(count);
    if (weight <= 0) continue;
    vector.set(term, weight);
    norm += weight * weight;
  }
  const length = Math.sqrt(norm) || 1;
  for (const [term, weight] of vector) vector.set(term, weight / length);
  vectors.set(doc.features, vector);
  return vector;
}

function candidatePairs(
  docs: readonly ClusterDocument[],
  options: ClusterOptions,
  holders?: (key: string) => number | undefined,
): [number, number][] {
  const blocking = docs.map(
    (doc): BlockingDocument => ({ day: dayNumber(doc.features.date), keys: blockingKeys(doc, options) }),
  );
  return blockedPairs(blocking, {
    maxDays: options.maxDays,
    maxPosting: options.maxPosting,
    undatedMinShared: options.undatedMinShared,
    uncapped: isUncapped,
    ...(holders ? { holders } : {}),
  });
}

/** MinHash bands propose pairs however many documents hold them: many copies are still copies. */
export function isUncapped(key: string): boolean {
  return key.startsWith('m:');
}

/** Every pair not ruled out by dates: what blocking must never lose a joinable pair of. */
function allPairs(docs: readonly ClusterDocument[], options: ClusterOptions): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const days = daysApart(docs[i]?.features.date ?? null, docs[j]?.features.date ?? null);
      if (days === null || days <= options.maxDays) pairs.push([i, j]);
    }
  }
  return pairs;
}

/** Days between two `YYYY-MM-DD`/`YYYY-MM` dates, or null when either is unknown. */
export function daysApart(a: string | null, b: string | null): number | null {
  const ta = dayNumber(a);
  const tb = dayNumber(b);
  return ta === null || tb === null ? null : Math.abs(ta - tb);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD`/`YYYY-MM` date (mid-month for a month), or null. */
export function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? '15')) / 86_400_000;
}

function pairSimilarity(
  a: ClusterDocument,
  b: ClusterDocument,
  va: Vector,
  vb: Vector,
  options: ClusterOptions,
): number {
  if (minhashSimilarity(a.features.minhash, b.features.minhash) >= options.duplicateThreshold) return 1;
  const cos = cosine(va, vb);
  const ea = a.features.entities;
  const eb = b.features.entities;
  if (ea.length === 0 || eb.length === 0) return cos;
  const shared = ea.filter((e) => eb.includes(e)).length;
  const jaccard = shared / (ea.length + eb.length - shared);
  return (1 - options.entityWeight) * cos + options.entityWeight * jaccard;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}

function mergeAverageLinkage(
  count: number,
  pairs: readonly { i: number; j: number; sim: number }[],
  threshold: number,
): number[][] {
  const groupOf = Array.from({ length: count }, (_, i) => i);
  const members = new Map<number, number[]>(groupOf.map((i) => [i, [i]]));
  // Sum of similarities between every two groups that have a compared pair, kept up to date on merges.
  const links = new Map<number, Map<number, number>>();
  const link = (a: number, b: number) => links.get(a)?.get(b) ?? 0;
  const setLink = (a: number, b: number, value: number) => {
    if (!links.has(a)) links.set(a, new Map());
    if (!links.has(b)) links.set(b, new Map());
    links.get(a)?.set(b, value);
    links.get(b)?.set(a, value);
  };
  for (const { i, j, sim } of pairs) setLink(i, j, sim);
  for (const { i, j, sim } of pairs) {
    if (sim < threshold) break;
    const gi = groupOf[i] as number;
    const gj = groupOf[j] as number;
    if (gi === gj) continue;
    const a = members.get(gi) as number[];
    const b = members.get(gj) as number[];
    if (link(gi, gj) / (a.length * b.length) < threshold) continue;
    const [keep, drop] = gi < gj ? [gi, gj] : [gj, gi];
    for (const [other, value] of links.get(drop) ?? []) {
      if (other !== keep) setLink(keep, other, link(keep, other) + value);
      links.get(other)?.delete(drop);
    }
    links.delete(drop);
    links.get(keep)?.delete(drop);
    const merged = [...(members.get(keep) as number[]), ...(members.get(drop) as number[])];
    members.set(keep, merged);
    members.delete(drop);
    for (const x of members.get(keep) as number[]) groupOf[x] = keep;
  }
  return [...members.values()];
}

function storyGroup(docs: readonly ClusterDocument[], options: ClusterOptions): StoryGroup {
  const ordered = [...docs].sort(
    (a, b) => compareDates(a.features.date, b.features.date) || compareKeys(a.id, b.id),
  );
  // Near-duplicate sets: a document joins the first earlier set whose first member it near-duplicates.
  const sets: ClusterDocument[][] = [];
  for (const doc of ordered) {
    const set = sets.find(
      (s) =>
        minhashSimilarity((s[0] as ClusterDocument).features.minhash, doc.features.minhash) >=
        options.duplicateThreshold,
    );
    if (set) set.push(doc);
    else sets.push([doc]);
  }
  const duplicateOf = new Map<string, string>();
  const copyBasis = new Map<string, CopyBasis>();
  const sameText = new Set<string>();
  for (const set of sets) {
    if (set.length < 2) continue;
    const kept = originalIn(set);
    for (const doc of set) {
      if (doc === kept) continue;
      duplicateOf.set(doc.id, kept.id);
      const decided = originalOf(cluesOf(kept), cluesOf(doc));
      if (decided?.original === 'a') copyBasis.set(doc.id, decided.basis);
      else sameText.add(doc.id);
    }
  }
  const smallest = [...docs].map((d) => d.id).sort(compareKeys)[0] as string;
  return {
    id: `S${shortHash(smallest)}`,
    members: ordered.map((d) => d.id),
    duplicateOf,
    copyBasis,
    sameText,
  };
}

/**
 * The member the others of a near-duplicate set copy (rule 7): the one the others credit, else
 * the one published first; when none can be told, the first by date and key stands for the set.
 */
function originalIn(set: readonly ClusterDocument[]): ClusterDocument {
  const credited = set.filter((m) => set.some((x) => x !== m && credits(cluesOf(x), cluesOf(m))));
  if (credited.length === 1) return credited[0] as ClusterDocument;
  return set[0] as ClusterDocument;
}

function cluesOf(doc: ClusterDocument): CopyClues {
  const f = doc.features;
  return { outlet: f.outlet ?? null, credit: f.credit ?? null, date: f.date };
}

/** Dated before undated, then older first. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
