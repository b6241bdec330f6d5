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
import {
  type BlockingDocument,
  type BlockingOptions,
  blockedPairs,
  forEachBlockedPair,
} from './story-blocking.js';

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
  const pairs = linkagePairs(docs, options, holders);
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

interface ScoredPair {
  readonly i: number;
  readonly j: number;
  readonly sim: number;
}

/**
 * The pairs average linkage needs, strongest first: every compared pair at or above the threshold,
 * and the weaker compared pairs inside a component (they lower the averages there). A weaker pair
 * across two components never counts (rule 8), and most compared pairs are such, so they are
 * scored and let go instead of kept: a large corpus compares millions of pairs and keeps thousands.
 */
function linkagePairs(
  docs: readonly ClusterDocument[],
  options: ClusterOptions,
  holders?: (key: string) => number | undefined,
): ScoredPair[] {
  const blocking = blockingDocuments(docs, options);
  const scorer = new PairScorer(docs);
  const strong: ScoredPair[] = [];
  forEachBlockedPair(blocking, blockingOptions(options, holders), (i, partners) => {
    scorer.anchor(i);
    for (const j of partners) {
      const sim = scorer.similarity(j, options);
      if (sim >= options.threshold) strong.push({ i, j, sim });
    }
  });
  const pairs = [...strong];
  // The same holder counts as the pass over all documents, so each component meets the same pairs.
  const counts = holders ?? keyCounts(blocking);
  for (const component of unionFind(docs.length, strong)) {
    if (component.length < 3) continue;
    const within = component.map((i) => blocking[i] as BlockingDocument);
    forEachBlockedPair(within, blockingOptions(options, counts), (a, partners) => {
      const i = component[a] as number;
      scorer.anchor(i);
      for (const b of partners) {
        const j = component[b] as number;
        const sim = scorer.similarity(j, options);
        if (sim < options.threshold) pairs.push({ i, j, sim });
      }
    });
  }
  return pairs.sort((a, b) => b.sim - a.sim || a.i - b.i || a.j - b.j);
}

function blockingDocuments(docs: readonly ClusterDocument[], options: ClusterOptions): BlockingDocument[] {
  return docs.map((doc) => ({ day: dayNumber(doc.features.date), keys: blockingKeys(doc, options) }));
}

function blockingOptions(
  options: ClusterOptions,
  holders?: (key: string) => number | undefined,
): BlockingOptions {
  return {
    maxDays: options.maxDays,
    maxPosting: options.maxPosting,
    undatedMinShared: options.undatedMinShared,
    uncapped: isUncapped,
    ...(holders ? { holders } : {}),
  };
}

/** How many of `docs` hold each blocking key. */
function keyCounts(docs: readonly BlockingDocument[]): (key: string) => number | undefined {
  const counts = new Map<string, number>();
  for (const doc of docs) for (const key of new Set(doc.keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return (key) => counts.get(key);
}

/** The sets of indices joined by `pairs`, each ascending, ordered by their smallest index. */
function unionFind(count: number, pairs: readonly ScoredPair[]): number[][] {
  const parent = Int32Array.from({ length: count }, (_, i) => i);
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
  for (const { i, j } of pairs) {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const root = find(i);
    const list = byRoot.get(root);
    if (list) list.push(i);
    else byRoot.set(root, [i]);
  }
  return [...byRoot.values()];
}

/** The id of a component: a hash of its smallest key, so a rebuild and an update name it alike. */
export function componentId(members: readonly string[]): string {
  const smallest = [...members].sort(compareKeys)[0] ?? '';
  return `K${shortHash(smallest)}`;
}

function linkedComponents(
  docs: readonly ClusterDocument[],
  pairs: readonly ScoredPair[],
  threshold: number,
): string[][] {
  const strong = pairs.filter((p) => p.sim >= threshold);
  return unionFind(docs.length, strong).map((indices) => indices.map((i) => (docs[i] as ClusterDocument).id));
}

/** Whether two documents are compared at all (rule 3), from their blocking keys and days. */
export function blockingKeys(
  doc: ClusterDocument,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): string[] {
  const { terms, weights } = termVector(doc);
  const top = terms
    .map((_, k) => k)
    .sort((a, b) => (weights[b] as number) - (weights[a] as number) || a - b)
    .slice(0, options.candidateTerms)
    .map((k) => `w:${terms[k]}`);
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
  if (nearDuplicates(a.features.minhash, 0, b.features.minhash, 0, options.duplicateThreshold)) return 1;
  const ea = a.features.entities;
  const eb = b.features.entities;
  let shared = 0;
  for (const e of ea) if (eb.includes(e)) shared++;
  return mixed(cosine(termVector(a), termVector(b)), ea.length, eb.length, shared, options);
}

/**
 * The cosine of two vectors by walking their sorted words together: for one pair, cheaper than
 * a `PairScorer`, and the same bits (the products of shared words, added in code-unit order).
 */
function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
    const x = a.terms[i] as string;
    const y = b.terms[j] as string;
    if (x === y) dot += (b.weights[j++] as number) * (a.weights[i++] as number);
    else if (x < y) i++;
    else j++;
  }
  return dot;
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
  const candidates = exhaustive
    ? allPairs(docs, options)
    : blockedPairs(blockingDocuments(docs, options), blockingOptions(options));
  const scorer = new PairScorer(docs);
  return candidates.map(([i, j]) => {
    scorer.anchor(i);
    return {
      a: (docs[i] as ClusterDocument).id,
      b: (docs[j] as ClusterDocument).id,
      sim: scorer.similarity(j, options),
    };
  });
}

function sortByKey(documents: readonly ClusterDocument[]): ClusterDocument[] {
  return [...documents].sort((a, b) => compareKeys(a.id, b.id));
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A document's words in code-unit order with their weights (rule 2). */
export interface TermVector {
  readonly terms: readonly string[];
  readonly weights: Float64Array;
}

/** MinHash values per band: 16 bands of 4. */
const BAND = 4;

const vectors = new WeakMap<DocumentFeatures, TermVector>();

/** Rule 2: sublinear term frequency, normalised to length 1; cached per features object. */
export function termVector(doc: ClusterDocument): TermVector {
  const cached = vectors.get(doc.features);
  if (cached) return cached;
  const counts = doc.features.terms;
  const terms: string[] = [];
  let norm = 0;
  for (const [term, count] of Object.entries(counts)) {
    const weight = 1 + Math.log(count);
    if (weight <= 0) continue;
    terms.push(term);
    norm += weight * weight;
  }
  const length = Math.sqrt(norm) || 1;
  // The default sort compares UTF-16 code units, as `compareKeys` does, without a call per comparison.
  terms.sort();
  const vector: TermVector = {
    terms,
    weights: Float64Array.from(terms, (term) => (1 + Math.log(counts[term] as number)) / length),
  };
  vectors.set(doc.features, vector);
  return vector;
}

/**
 * Rule 4 for many pairs per anchor. The anchor's word weights are spread over an array indexed by
 * word number, so each partner costs one array read per word instead of a hash lookup; entities
 * are numbered too, and the MinHash values of all documents lie in one typed array. Products are
 * added in the words' code-unit order (each vector is sorted so), whichever document is the
 * anchor, so a pair's similarity is the same bits here, in an update and in `storySimilarity`.
 */
class PairScorer {
  private readonly ids: Int32Array[];
  private readonly weights: Float64Array[];
  private readonly dense: Float64Array;
  private readonly minhash: Float64Array;
  /** Each document's entity numbers as it lists them, and the distinct ones. */
  private readonly entityIds: Int32Array[];
  private readonly distinctEntityIds: Int32Array[];
  /** How often the anchor lists each entity. */
  private readonly anchorEntities: Int32Array;
  private anchored = -1;

  constructor(docs: readonly ClusterDocument[]) {
    const words = new Numbering();
    this.ids = docs.map((doc) => Int32Array.from(termVector(doc).terms, (term) => words.of(term)));
    this.weights = docs.map((doc) => termVector(doc).weights);
    this.dense = new Float64Array(words.size);
    this.minhash = new Float64Array(docs.length * MINHASH_SIZE);
    docs.forEach((doc, i) => {
      this.minhash.set(doc.features.minhash.slice(0, MINHASH_SIZE), i * MINHASH_SIZE);
    });
    const entities = new Numbering();
    this.entityIds = docs.map((doc) =>
      Int32Array.from(doc.features.entities, (entity) => entities.of(entity)),
    );
    this.distinctEntityIds = this.entityIds.map((ids) => Int32Array.from(new Set(ids)));
    this.anchorEntities = new Int32Array(entities.size);
  }

  /** Makes document `i` the one the next `similarity` calls compare with. */
  anchor(i: number): void {
    if (i === this.anchored) return;
    if (this.anchored >= 0) {
      for (const id of this.ids[this.anchored] as Int32Array) this.dense[id] = 0;
      for (const id of this.entityIds[this.anchored] as Int32Array) this.anchorEntities[id] = 0;
    }
    const weights = this.weights[i] as Float64Array;
    (this.ids[i] as Int32Array).forEach((id, k) => {
      this.dense[id] = weights[k] as number;
    });
    for (const id of this.entityIds[i] as Int32Array)
      this.anchorEntities[id] = (this.anchorEntities[id] as number) + 1;
    this.anchored = i;
  }

  /** Rule 4 for the anchor and document `j`. */
  similarity(j: number, options: ClusterOptions): number {
    const a = this.anchored * MINHASH_SIZE;
    if (nearDuplicates(this.minhash, a, this.minhash, j * MINHASH_SIZE, options.duplicateThreshold)) return 1;
    let shared = 0;
    for (const id of this.distinctEntityIds[j] as Int32Array) shared += this.anchorEntities[id] as number;
    const countA = (this.entityIds[this.anchored] as Int32Array).length;
    return mixed(this.cosine(j), countA, (this.entityIds[j] as Int32Array).length, shared, options);
  }

  /** The cosine of the anchor and document `j` (both vectors have length 1). */
  private cosine(j: number): number {
    const ids = this.ids[j] as Int32Array;
    const weights = this.weights[j] as Float64Array;
    let dot = 0;
    for (let k = 0; k < ids.length; k++) {
      const other = this.dense[ids[k] as number] as number;
      if (other !== 0) dot += (weights[k] as number) * other;
    }
    return dot;
  }
}

/** Numbers for strings, in the order they are first met. */
class Numbering {
  private readonly numbers = new Map<string, number>();
  get size(): number {
    return this.numbers.size;
  }
  of(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.numbers.size;
      this.numbers.set(value, n);
    }
    return n;
  }
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

/**
 * Rule 4's mix of the word cosine with the overlap of entities (`shared` of the two lists of
 * `countA` and `countB`), when both documents have some: one formula for every path.
 */
function mixed(cos: number, countA: number, countB: number, shared: number, options: ClusterOptions): number {
  if (countA === 0 || countB === 0) return cos;
  const jaccard = shared / (countA + countB - shared);
  return (1 - options.entityWeight) * cos + options.entityWeight * jaccard;
}

type MinHashValues = ArrayLike<number>;

/**
 * Whether `minhashSimilarity` of the signatures at `a[from..]` and `b[at..]` reaches `threshold`,
 * stopping as soon as the rest of the positions cannot: most compared pairs are far from copies,
 * and this runs for every one.
 */
function nearDuplicates(
  a: MinHashValues,
  from: number,
  b: MinHashValues,
  at: number,
  threshold: number,
): boolean {
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) {
    if (a[from + k] === b[at + k]) same++;
    else if ((same + MINHASH_SIZE - k - 1) / MINHASH_SIZE < threshold) return false;
  }
  return same / MINHASH_SIZE >= threshold;
}

/**
 * Rule 5 over `pairs` (strongest first). Each group keeps the sums of similarities to the groups it
 * has a compared pair with; on a merge the smaller group's sums are added into the larger's, so a
 * document's sums are moved only when its group at least doubles. Groups come out ordered by their
 * smallest index.
 */
function mergeAverageLinkage(count: number, pairs: readonly ScoredPair[], threshold: number): number[][] {
  const groupOf = Int32Array.from({ length: count }, (_, i) => i);
  const members: (number[] | undefined)[] = Array.from({ length: count }, (_, i) => [i]);
  const links: (Map<number, number> | undefined)[] = new Array(count);
  const linksOf = (g: number) => {
    let map = links[g];
    if (!map) {
      map = new Map();
      links[g] = map;
    }
    return map;
  };
  for (const { i, j, sim } of pairs) {
    linksOf(i).set(j, sim);
    linksOf(j).set(i, sim);
  }
  for (const { i, j, sim } of pairs) {
    if (sim < threshold) break;
    const gi = groupOf[i] as number;
    const gj = groupOf[j] as number;
    if (gi === gj) continue;
    const a = members[gi] as number[];
    const b = members[gj] as number[];
    if ((linksOf(gi).get(gj) ?? 0) / (a.length * b.length) < threshold) continue;
    const [keep, drop] = a.length >= b.length ? [gi, gj] : [gj, gi];
    const kept = linksOf(keep);
    kept.delete(drop);
    for (const [other, value] of linksOf(drop)) {
      if (other === keep) continue;
      // Addition is commutative in floating point too: the sum is the one either order gives.
      const sum = (kept.get(other) ?? 0) + value;
      kept.set(other, sum);
      const theirs = linksOf(other);
      theirs.delete(drop);
      theirs.set(keep, sum);
    }
    links[drop] = undefined;
    const moved = members[drop] as number[];
    for (const x of moved) groupOf[x] = keep;
    (members[keep] as number[]).push(...moved);
    members[drop] = undefined;
  }
  return members
    .filter((m): m is number[] => m !== undefined)
    .map((m) => m.sort((x, y) => x - y))
    .sort((x, y) => (x[0] as number) - (y[0] as number));
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
