/**
 * The tagger model and its decoder: a linear model over hashed features with first-order tag
 * transitions, decoded by Viterbi under the BIO constraint (no I- without its B-).
 */
import { FeatureExtractor, type FeatureResources, type SentenceFeatures } from './features.js';
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
 * A ready tagger: words of one sentence in, tag indices out. Half of a word's features are of the
 * word alone; their scores are summed once per spelling and kept, as the weights' table is far
 * larger than the processor's caches and each feature read from it was a cache miss.
 */
export class SequenceTagger {
  private readonly extractor: FeatureExtractor;
  private readonly kept = new Map<string, number>();
  private ownScores: Float64Array | undefined;
  private readonly allowed: Float64Array;

  constructor(
    private readonly model: TaggerModel,
    resources: FeatureResources,
  ) {
    this.extractor = new FeatureExtractor(resources);
    this.allowed = allowedTransitions(model.transitions);
  }

  tag(words: readonly string[]): Int32Array {
    if (words.length === 0) return new Int32Array(0);
    const scores = new Float64Array(words.length * TAG_COUNT);
    for (let i = 0; i < words.length; i++) this.copyOwnScores(words[i] as string, scores, i * TAG_COUNT);
    const context = this.extractor.extract(words, { context: true, shared: true });
    scoreSentence(context, this.model.weights, this.model.bits, scores);
    return viterbiAllowed(scores, this.allowed, words.length);
  }

  /** The scores of `word`'s own features, summed from zero in their order, into `scores` at `at`. */
  private copyOwnScores(word: string, scores: Float64Array, at: number): void {
    this.ownScores ??= new Float64Array(KEPT_SPELLINGS * TAG_COUNT);
    const kept = this.ownScores;
    let slot = this.kept.get(word);
    if (slot === undefined) {
      if (this.kept.size >= KEPT_SPELLINGS) this.kept.clear();
      slot = this.kept.size * TAG_COUNT;
      this.kept.set(word, slot);
      const own = this.extractor.ownFeatures(word);
      const sums = scoreSentence(
        { offsets: Int32Array.of(0, own.length), hashes: own },
        this.model.weights,
        this.model.bits,
      );
      kept.set(sums, slot);
    }
    for (let t = 0; t < TAG_COUNT; t++) scores[at + t] = kept[slot + t] as number;
  }
}
