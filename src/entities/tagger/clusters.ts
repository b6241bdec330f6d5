/**
 * Distributional word clusters for the entity tagger (issue 15): words that occur in the same
 * contexts share a cluster, so a name never seen tagged in training can still look like the
 * names the tagger has seen (a footballer's surname in WikiFANE's sentences sits where other
 * surnames sit).
 *
 * Method, every step deterministic (fixed order, fixed pseudo-random seed, no threads):
 *  1. words are keyed by their stem (`analyzeWordForms`: folded, conjunction and preposition taken
 *     off, article kept), as the tagger's `Stem` feature keys them; a stem seen MIN_COUNT times or
 *     more is clustered;
 *  2. a word's contexts are the stems one and two words to its left and right (four positions of
 *     their own, the sentence's edges included), among the CONTEXT_WORDS most frequent stems;
 *  3. counts become positive pointwise mutual information, the contexts' distribution smoothed
 *     (power 0.75: Levy, Goldberg and Dagan 2015);
 *  4. a randomized SVD (Halko, Martinsson and Tropp 2011) keeps DIMENSIONS directions; a word is its
 *     row of U·√S, scaled to length one;
 *  5. spherical k-means (k-means++ seeding) groups the words at each granularity of GRANULARITIES;
 *     clusters are numbered in the order of their most frequent word.
 */
import { analyzeWordForms } from '../word-forms.js';

export interface ClusterOptions {
  readonly minCount?: number;
  /** Context words on each side (1 or 2). */
  readonly window?: number;
  readonly contextWords?: number;
  readonly dimensions?: number;
  readonly granularities?: readonly number[];
  readonly seed?: number;
  /** k-means rounds at most (it stops earlier when no word moves). */
  readonly rounds?: number;
}

/** A stem → its cluster number at each granularity (coarse to fine). */
export type WordClusters = ReadonlyMap<string, readonly number[]>;

const DEFAULTS = {
  minCount: 3,
  window: 2,
  contextWords: 2000,
  dimensions: 100,
  granularities: [64, 256, 1024],
  seed: 20261207,
  rounds: 25,
};
const OVERSAMPLE = 20;
const POWER_ITERATIONS = 2;
const SMOOTHING = 0.75;

/** Mulberry32: a small seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byCountThenKey = (counts: Map<string, number>) => (a: string, b: string) =>
  (counts.get(b) as number) - (counts.get(a) as number) || (a < b ? -1 : a > b ? 1 : 0);

/** Compressed sparse rows of the word × context matrix. */
interface Sparse {
  readonly rows: number;
  readonly cols: number;
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly value: Float64Array;
}

export function buildWordClusters(
  sentences: Iterable<readonly string[]>,
  options: ClusterOptions = {},
): {
  words: string[];
  clusters: number[][];
} {
  const o = { ...DEFAULTS, ...options };
  const positions = o.window === 1 ? [-1, 1] : [-2, -1, 1, 2];
  const stemmed: string[][] = [];
  const counts = new Map<string, number>();
  for (const words of sentences) {
    const stems = words.map((w) => analyzeWordForms(w).stem);
    stemmed.push(stems);
    for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const ranked = [...counts.keys()].sort(byCountThenKey(counts));
  const words = ranked.filter((s) => s !== '' && (counts.get(s) as number) >= o.minCount);
  const row = new Map(words.map((w, i) => [w, i]));
  const contextList = ['<s>', '</s>', ...ranked.slice(0, o.contextWords)];
  const context = new Map(contextList.map((w, i) => [w, i]));
  const cols = contextList.length * positions.length;
  const cells: Map<number, number>[] = words.map(() => new Map());
  for (const stems of stemmed) {
    stems.forEach((stem, i) => {
      const r = row.get(stem);
      if (r === undefined) return;
      positions.forEach((at, p) => {
        const j = i + at;
        const c = context.get(j < 0 ? '<s>' : j >= stems.length ? '</s>' : (stems[j] as string));
        if (c === undefined) return;
        const cell = p * contextList.length + c;
        const m = cells[r] as Map<number, number>;
        m.set(cell, (m.get(cell) ?? 0) + 1);
      });
    });
  }
  const matrix = ppmi(cells, cols);
  const vectors = embed(matrix, o.dimensions, generator(o.seed));
  const clusters = words.map(() => [] as number[]);
  o.granularities.forEach((k, g) => {
    const assigned = sphericalKMeans(
      vectors,
      words.length,
      o.dimensions,
      k,
      o.rounds,
      generator(o.seed + g + 1),
    );
    for (let i = 0; i < words.length; i++) (clusters[i] as number[]).push(assigned[i] as number);
  });
  return { words, clusters };
}

function ppmi(cells: Map<number, number>[], cols: number): Sparse {
  const colTotal = new Float64Array(cols);
  const rowTotal = new Float64Array(cells.length);
  let nnz = 0;
  cells.forEach((m, r) => {
    for (const [c, n] of m) {
      colTotal[c] = (colTotal[c] as number) + n;
      rowTotal[r] = (rowTotal[r] as number) + n;
    }
    nnz += m.size;
  });
  let total = 0;
  for (const n of rowTotal) total += n;
  let smoothedTotal = 0;
  const smoothed = colTotal.map((n) => n ** SMOOTHING);
  for (const n of smoothed) smoothedTotal += n;
  const start = new Int32Array(cells.length + 1);
  const col = new Int32Array(nnz);
  const value = new Float64Array(nnz);
  let k = 0;
  cells.forEach((m, r) => {
    start[r] = k;
    for (const [c, n] of [...m].sort((a, b) => a[0] - b[0])) {
      const pmi = Math.log(
        n / total / (((rowTotal[r] as number) / total) * ((smoothed[c] as number) / smoothedTotal)),
      );
      if (pmi > 0) {
        col[k] = c;
        value[k++] = pmi;
      }
    }
  });
  start[cells.length] = k;
  return { rows: cells.length, cols, start, col: col.slice(0, k), value: value.slice(0, k) };
}

/** A · X, X dense `cols × l` row-major; the result `rows × l`. */
function times(a: Sparse, x: Float64Array, l: number): Float64Array {
  const out = new Float64Array(a.rows * l);
  for (let r = 0; r < a.rows; r++) {
    for (let k = a.start[r] as number; k < (a.start[r + 1] as number); k++) {
      const v = a.value[k] as number;
      const base = (a.col[k] as number) * l;
      for (let j = 0; j < l; j++) out[r * l + j] = (out[r * l + j] as number) + v * (x[base + j] as number);
    }
  }
  return out;
}

/** Aᵀ · Y, Y dense `rows × l`; the result `cols × l`. */
function timesTransposed(a: Sparse, y: Float64Array, l: number): Float64Array {
  const out = new Float64Array(a.cols * l);
  for (let r = 0; r < a.rows; r++) {
    for (let k = a.start[r] as number; k < (a.start[r + 1] as number); k++) {
      const v = a.value[k] as number;
      const base = (a.col[k] as number) * l;
      for (let j = 0; j < l; j++) out[base + j] = (out[base + j] as number) + v * (y[r * l + j] as number);
    }
  }
  return out;
}

/** Orthonormal columns in place (modified Gram–Schmidt) of an `n × l` row-major matrix. */
function orthonormalize(m: Float64Array, n: number, l: number): void {
  for (let j = 0; j < l; j++) {
    for (let p = 0; p < j; p++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += (m[i * l + j] as number) * (m[i * l + p] as number);
      for (let i = 0; i < n; i++) m[i * l + j] = (m[i * l + j] as number) - dot * (m[i * l + p] as number);
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += (m[i * l + j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < n; i++) m[i * l + j] = (m[i * l + j] as number) / norm;
  }
}

/** Rows of U·√S of A's first `k` singular directions, each scaled to length one. */
function embed(a: Sparse, k: number, random: () => number): Float64Array {
  const l = k + OVERSAMPLE;
  const omega = new Float64Array(a.cols * l);
  for (let i = 0; i < omega.length; i++) omega[i] = random() * 2 - 1;
  let q = times(a, omega, l);
  orthonormalize(q, a.rows, l);
  for (let it = 0; it < POWER_ITERATIONS; it++) {
    const z = timesTransposed(a, q, l);
    orthonormalize(z, a.cols, l);
    q = times(a, z, l);
    orthonormalize(q, a.rows, l);
  }
  // B = Qᵀ A (l × cols), held as its transpose Aᵀ Q (cols × l); then B Bᵀ (l × l).
  const bt = timesTransposed(a, q, l);
  const gram = new Float64Array(l * l);
  for (let c = 0; c < a.cols; c++) {
    for (let i = 0; i < l; i++) {
      const v = bt[c * l + i] as number;
      if (v === 0) continue;
      for (let j = i; j < l; j++)
        gram[i * l + j] = (gram[i * l + j] as number) + v * (bt[c * l + j] as number);
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) gram[i * l + j] = gram[j * l + i] as number;
  const { values, vectors } = jacobiEigen(gram, l);
  const order = [...values.keys()].sort((x, y) => (values[y] as number) - (values[x] as number)).slice(0, k);
  // U = Q · V; the embedding U·√S = Q · V · S^½, S = √eigenvalue.
  const out = new Float64Array(a.rows * k);
  for (let r = 0; r < a.rows; r++) {
    let norm = 0;
    order.forEach((e, d) => {
      let sum = 0;
      for (let j = 0; j < l; j++) sum += (q[r * l + j] as number) * (vectors[j * l + e] as number);
      const x = sum * Math.max(values[e] as number, 0) ** 0.25;
      out[r * k + d] = x;
      norm += x * x;
    });
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < k; d++) out[r * k + d] = (out[r * k + d] as number) / norm;
  }
  return out;
}

/** Eigenvalues and eigenvectors (columns) of a symmetric `n × n` matrix, cyclic Jacobi rotations. */
function jacobiEigen(matrix: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += (a[i * n + j] as number) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let r = p + 1; r < n; r++) {
        const apr = a[p * n + r] as number;
        if (Math.abs(apr) < 1e-300) continue;
        const theta = ((a[r * n + r] as number) - (a[p * n + p] as number)) / (2 * apr);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p] as number;
          const akr = a[k * n + r] as number;
          a[k * n + p] = c * akp - s * akr;
          a[k * n + r] = s * akp + c * akr;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k] as number;
          const ark = a[r * n + k] as number;
          a[p * n + k] = c * apk - s * ark;
          a[r * n + k] = s * apk + c * ark;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p] as number;
          const vkr = v[k * n + r] as number;
          v[k * n + p] = c * vkp - s * vkr;
          v[k * n + r] = s * vkp + c * vkr;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = a[i * n + i] as number;
  return { values, vectors: v };
}

/**
 * Spherical k-means of `n` unit rows of length `d`: k-means++ seeding (cosine distance), then
 * rounds of assignment to the nearest centre and centres renormalised. Clusters are renumbered in
 * the order of their first (most frequent) word.
 */
function sphericalKMeans(
  x: Float64Array,
  n: number,
  d: number,
  k: number,
  rounds: number,
  random: () => number,
): Int32Array {
  k = Math.min(k, n);
  const centres = new Float64Array(k * d);
  const nearest = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < d; j++) centres[c * d + j] = x[pick * d + j] as number;
    let total = 0;
    for (let i = 0; i < n; i++) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += (x[i * d + j] as number) * (centres[c * d + j] as number);
      const dist = Math.max(0, 1 - dot);
      if (dist < (nearest[i] as number)) nearest[i] = dist;
      total += (nearest[i] as number) ** 2;
    }
    let target = random() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      target -= (nearest[i] as number) ** 2;
      if (target <= 0) {
        pick = i;
        break;
      }
    }
  }
  const assigned = new Int32Array(n).fill(-1);
  for (let round = 0; round < rounds; round++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDot = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let j = 0; j < d; j++) dot += (x[i * d + j] as number) * (centres[c * d + j] as number);
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (assigned[i] !== best) moved++;
      assigned[i] = best;
    }
    if (moved === 0) break;
    centres.fill(0);
    for (let i = 0; i < n; i++) {
      const c = assigned[i] as number;
      for (let j = 0; j < d; j++)
        centres[c * d + j] = (centres[c * d + j] as number) + (x[i * d + j] as number);
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let j = 0; j < d; j++) norm += (centres[c * d + j] as number) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < d; j++) centres[c * d + j] = (centres[c * d + j] as number) / norm;
    }
  }
  const renumber = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = assigned[i] as number;
    if (!renumber.has(c)) renumber.set(c, renumber.size);
  }
  return assigned.map((c) => renumber.get(c) as number);
}

/** The file's text: a comment naming its source, then `stem<TAB>cluster<TAB>cluster…` rows. */
export function formatWordClusters(
  words: readonly string[],
  clusters: readonly (readonly number[])[],
  source: string,
): string {
  const header = source
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n');
  return `${header}\n${words.map((w, i) => `${w}\t${(clusters[i] as readonly number[]).join('\t')}`).join('\n')}\n`;
}

export function parseWordClusters(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  text.split('\n').forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const [word, ...ids] = line.split('\t');
    const numbers = ids.map(Number);
    if (!word || numbers.length === 0 || !numbers.every(Number.isInteger))
      throw new Error(`word clusters, line ${i + 1}: expected a stem and cluster numbers, tab-separated`);
    out.set(word, numbers);
  });
  return out;
}
