/**
 * The tagger model and its decoder: a linear model over hashed features with first-order tag
 * transitions, decoded by Viterbi under the BIO constraint (no I- without its B-).
 */
import {
  FeatureExtractor,
  type FeatureResources,
  NEIGHBOUR_FEATURES,
  type SentenceFeatures,
} from './features.js';
import { isAllowedTransition, TAG_COUNT } from './tags.js';

export interface TaggerModel {
  /** log2 of the number of feature buckets. */
  readonly bits: number;
  /** `weights[bucket * TAG_COUNT + tag]`. */
  readonly weights: Float32Array;
  /** `transitions[from * TAG_COUNT + to]`; row `TAG_COUNT` is the start of a sentence. */
  readonly transitions: Float32Array;
}

export const NO_TRANSITION = -1e9;

/**
 * Emission scores of a sentence, `scores[i * TAG_COUNT + tag]`: each word's features' weights
 * added, in order, to `scores` (zeros unless given: a tagger passes each word's sum of its own
 * features, which the same additions from zero would have given).
 */
export function scoreSentence(
  features: SentenceFeatures,
  weights: ArrayLike<number>,
  bits: number,
  scores = new Float64Array((features.offsets.length - 1) * TAG_COUNT),
): Float64Array {
  const n = features.offsets.length - 1;
  const mask = (1 << bits) - 1;
  for (let i = 0; i < n; i++) {
    const row = i * TAG_COUNT;
    for (let f = features.offsets[i] as number; f < (features.offsets[i + 1] as number); f++) {
      const base = ((features.hashes[f] as number) & mask) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++)
        scores[row + t] = (scores[row + t] as number) + (weights[base + t] as number);
    }
  }
  return scores;
}

/** The best tag sequence (indices into TAGS) for emission scores and transition weights. */
export function viterbi(scores: Float64Array, transitions: ArrayLike<number>, n: number): Int32Array {
  return viterbiAllowed(scores, allowedTransitions(transitions), n);
}

/** Transitions with the BIO constraint folded in (`NO_TRANSITION`), so Viterbi's inner loop has no branch. */
export function allowedTransitions(transitions: ArrayLike<number>): Float64Array {
  const T = TAG_COUNT;
  const allowed = new Float64Array((T + 1) * T);
  for (let from = 0; from <= T; from++) {
    for (let to = 0; to < T; to++) {
      const k = from * T + to;
      allowed[k] = isAllowedTransition(from === T ? 0 : from, to)
        ? (transitions[k] as number)
        : NO_TRANSITION;
    }
  }
  return allowed;
}

/** `viterbi` with the transitions of `allowedTransitions`. */
export function viterbiAllowed(scores: Float64Array, allowed: Float64Array, n: number): Int32Array {
  const T = TAG_COUNT;
  const best = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) best[t] = (scores[t] as number) + (allowed[T * T + t] as number);
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    for (let t = 0; t < T; t++) {
      let top = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let s = 0; s < T; s++) {
        const v = (best[prev + s] as number) + (allowed[s * T + t] as number);
        if (v > top) {
          top = v;
          arg = s;
        }
      }
      best[i * T + t] = top + (scores[i * T + t] as number);
      back[i * T + t] = arg;
    }
  }
  const tags = new Int32Array(n);
  if (n === 0) return tags;
  let last = 0;
  for (let t = 1; t < T; t++)
    if ((best[(n - 1) * T + t] as number) > (best[(n - 1) * T + last] as number)) last = t;
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + (tags[i] as number)] as number;
  return tags;
}

/** Spellings whose own-feature scores a tagger keeps (`TAG_COUNT` numbers each, in one block). */
const KEPT_SPELLINGS = 50_000;

/**
 * The weights as a tagger reads them: the table's rows that are not all zero, packed, and each
 * bucket's row. A trained model leaves most buckets all zero (about 237K rows of 1M are not), so the
 * packed table is 8.5 MB and the index 4 MB beside the dense 38 MB: a sentence's scattered reads
 * touch three times fewer memory pages, and the dense table is not kept. The values are the same
 * 32-bit numbers, added in the same order, so every score is the same to the last bit.
 */
interface PackedWeights {
  /** Bucket → offset of its row in `rows`; 0 is a row of zeros that every all-zero bucket shares. */
  readonly rowOf: Int32Array;
  readonly rows: Float32Array;
}

function packWeights(weights: Float32Array, bits: number): PackedWeights {
  const buckets = 1 << bits;
  const rowOf = new Int32Array(buckets);
  let used = 1;
  for (let b = 0; b < buckets; b++) if (!isZeroRow(weights, b * TAG_COUNT)) used++;
  const rows = new Float32Array(used * TAG_COUNT);
  let next = TAG_COUNT;
  for (let b = 0; b < buckets; b++) {
    const from = b * TAG_COUNT;
    if (isZeroRow(weights, from)) continue;
    rows.set(weights.subarray(from, from + TAG_COUNT), next);
    rowOf[b] = next;
    next += TAG_COUNT;
  }
  return { rowOf, rows };
}

/** Every weight of the row is +0 (a -0 is kept as written). */
function isZeroRow(weights: Float32Array, from: number): boolean {
  for (let t = 0; t < TAG_COUNT; t++) {
    const w = weights[from + t] as number;
    if (w !== 0 || 1 / w < 0) return false;
  }
  return true;
}

/** Numbers a spelling's kept neighbour rows take: one row of `TAG_COUNT` per neighbour feature. */
const NEIGHBOUR_ROWS = NEIGHBOUR_FEATURES.length * TAG_COUNT;

/**
 * A ready tagger: words of one sentence in, tag indices out. The weights' table is far larger than
 * the processor's caches, so each feature read from it is a cache miss; most of a word's features
 * are the same wherever its spelling stands, and their weights are read once per spelling and kept
 * together: the sum of the word's own features (half of them), and the rows of the features its
 * neighbours read of it (`NEIGHBOUR_FEATURES`: the word before's key…). The rest (bigrams, the
 * gazetteer, quotes) are read from the table. Every score is the same sum in the same order.
 */
export class SequenceTagger {
  private readonly extractor: FeatureExtractor;
  /** Spelling → its slot: its own scores at `slot * TAG_COUNT`, its neighbour rows at `slot * NEIGHBOUR_ROWS`. */
  private readonly kept = new Map<string, number>();
  private ownScores = new Float64Array(0);
  private neighbourRows = new Float32Array(0);
  private readonly allowed: Float64Array;
  private readonly weights: PackedWeights;
  private readonly mask: number;

  constructor(model: TaggerModel, resources: FeatureResources) {
    this.extractor = new FeatureExtractor(resources);
    this.allowed = allowedTransitions(model.transitions);
    this.weights = packWeights(model.weights, model.bits);
    this.mask = (1 << model.bits) - 1;
  }

  tag(words: readonly string[]): Int32Array {
    const n = words.length;
    if (n === 0) return new Int32Array(0);
    // Slots are given out anew after a clear, so none is cleared while this sentence reads them.
    if (this.kept.size + n > KEPT_SPELLINGS) this.kept.clear();
    const slots = new Int32Array(n);
    for (let i = 0; i < n; i++) slots[i] = n > KEPT_SPELLINGS ? -1 : this.slotOf(words[i] as string);
    const scores = new Float64Array(n * TAG_COUNT);
    for (let i = 0; i < n; i++) {
      const slot = slots[i] as number;
      if (slot < 0) this.addOwnRows(words[i] as string, scores, i * TAG_COUNT);
      else
        for (let t = 0; t < TAG_COUNT; t++)
          scores[i * TAG_COUNT + t] = this.ownScores[slot * TAG_COUNT + t] as number;
    }
    const { offsets, hashes } = this.extractor.extract(words, { context: true, shared: true });
    for (let i = 0; i < n; i++) {
      const at = i * TAG_COUNT;
      const first = offsets[i] as number;
      for (let k = 0; k < NEIGHBOUR_FEATURES.length; k++) {
        const j = i + (NEIGHBOUR_FEATURES[k] as { at: number }).at;
        const slot = j >= 0 && j < n ? (slots[j] as number) : -1;
        if (slot < 0) {
          this.addRows(hashes, first + k, first + k + 1, scores, at);
          continue;
        }
        const base = slot * NEIGHBOUR_ROWS + k * TAG_COUNT;
        for (let t = 0; t < TAG_COUNT; t++)
          scores[at + t] = (scores[at + t] as number) + (this.neighbourRows[base + t] as number);
      }
      this.addRows(hashes, first + NEIGHBOUR_FEATURES.length, offsets[i + 1] as number, scores, at);
    }
    return viterbiAllowed(scores, this.allowed, n);
  }

  /** `scoreSentence` of one word: the rows of `hashes[from, to)` added in order to `scores` at `at`. */
  private addRows(hashes: Uint32Array, from: number, to: number, scores: Float64Array, at: number): void {
    const { rowOf, rows } = this.weights;
    for (let f = from; f < to; f++) {
      const base = rowOf[(hashes[f] as number) & this.mask] as number;
      for (let t = 0; t < TAG_COUNT; t++)
        scores[at + t] = (scores[at + t] as number) + (rows[base + t] as number);
    }
  }

  /** The scores of `word`'s own features, summed in their order, added to `scores` at `at`. */
  private addOwnRows(word: string, scores: Float64Array, at: number): void {
    const own = this.extractor.ownFeatures(word);
    this.addRows(own, 0, own.length, scores, at);
  }

  /** The slot of `word`'s kept weights, filled on its first sight. */
  private slotOf(word: string): number {
    let slot = this.kept.get(word);
    if (slot !== undefined) return slot;
    slot = this.kept.size;
    this.kept.set(word, slot);
    if ((slot + 1) * TAG_COUNT > this.ownScores.length) this.grow(slot + 1);
    this.ownScores.fill(0, slot * TAG_COUNT, (slot + 1) * TAG_COUNT);
    this.addOwnRows(word, this.ownScores, slot * TAG_COUNT);
    const { rowOf, rows } = this.weights;
    for (let k = 0; k < NEIGHBOUR_FEATURES.length; k++) {
      const from = rowOf[this.extractor.neighbourFeature(word, k) & this.mask] as number;
      this.neighbourRows.set(rows.subarray(from, from + TAG_COUNT), slot * NEIGHBOUR_ROWS + k * TAG_COUNT);
    }
    return slot;
  }

  /** Room for at least `spellings` slots (doubling, up to `KEPT_SPELLINGS`). */
  private grow(spellings: number): void {
    const capacity = Math.min(
      KEPT_SPELLINGS,
      Math.max(spellings, 1024, 2 * (this.ownScores.length / TAG_COUNT)),
    );
    const own = new Float64Array(capacity * TAG_COUNT);
    own.set(this.ownScores);
    this.ownScores = own;
    const neighbours = new Float32Array(capacity * NEIGHBOUR_ROWS);
    neighbours.set(this.neighbourRows);
    this.neighbourRows = neighbours;
  }
}
