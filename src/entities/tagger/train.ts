/**
 * Training of the tagger: a structured averaged perceptron (Collins 2002) over the hashed
 * features, with Viterbi decoding in the loop. Deterministic: sentences are visited in an order
 * drawn from a seeded generator, so the same corpus, seed and epochs give the same model.
 */
import { seededRandom } from '../../core/seeded-random.js';
import { FeatureExtractor, type FeatureResources, type SentenceFeatures } from './features.js';
import { scoreSentence, type TaggerModel, viterbi } from './model.js';
import { TAG_COUNT } from './tags.js';

export interface TrainingSentence {
  readonly words: readonly string[];
  /** Gold tag indices (TAGS). */
  readonly tags: Int32Array;
  /** Features computed beforehand (the second pass's, stack.ts); extracted from `words` otherwise. */
  readonly features?: SentenceFeatures;
  /**
   * Tags the gold does not tell apart: where the gold tag is one of them, predicting any of them
   * is no error. A corpus that never tags a type (WikiFANE has no MISC in ANERcorp's sense) says
   * nothing about it, so O and MISC are one answer there.
   */
  readonly untrusted?: ReadonlySet<number>;
}

export interface TrainOptions {
  readonly bits: number;
  readonly epochs: number;
  readonly seed: number;
  /**
   * Cost-augmented decoding (a margin): while training, every tag but the gold one scores this
   * much more, twice as much where the gold tag is part of a name, so the model learns to win by a
   * margin and misses fewer names. 0 is the plain perceptron.
   */
  readonly margin?: number;
}

export function trainTagger(
  sentences: readonly TrainingSentence[],
  resources: FeatureResources,
  options: TrainOptions,
): TaggerModel {
  const trainer = new PerceptronTrainer(sentences, resources, options);
  for (let epoch = 1; epoch <= options.epochs; epoch++) trainer.runEpoch();
  return trainer.averaged();
}

/**
 * The perceptron one epoch at a time, so several trainers (cross-validation folds) can advance
 * in step and be scored together after each epoch.
 */
export class PerceptronTrainer {
  private readonly features: SentenceFeatures[];
  private readonly mask: number;
  private readonly weights: Float64Array;
  private readonly totals: Float64Array;
  private readonly transitions = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  private readonly transitionTotals = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  private readonly random: () => number;
  private readonly order: number[];
  private clock = 1;

  constructor(
    private readonly sentences: readonly TrainingSentence[],
    resources: FeatureResources,
    private readonly options: Omit<TrainOptions, 'epochs'>,
  ) {
    const extractor = new FeatureExtractor(resources);
    this.features = sentences.map((s) => s.features ?? extractor.extract(s.words));
    this.mask = (1 << options.bits) - 1;
    this.weights = new Float64Array((1 << options.bits) * TAG_COUNT);
    this.totals = new Float64Array((1 << options.bits) * TAG_COUNT);
    this.random = seededRandom(options.seed);
    this.order = sentences.map((_, i) => i);
  }

  runEpoch(): void {
    const T = TAG_COUNT;
    const { weights, totals, transitions, transitionTotals, mask } = this;
    const margin = this.options.margin ?? 0;
    shuffle(this.order, this.random);
    for (const index of this.order) {
      let gold = (this.sentences[index] as TrainingSentence).tags;
      const feats = this.features[index] as SentenceFeatures;
      const n = gold.length;
      if (n === 0) continue;
      const scores = scoreSentence(feats, weights, this.options.bits);
      if (margin > 0) {
        for (let i = 0; i < n; i++) {
          const g = gold[i] as number;
          const cost = g === 0 ? margin : 2 * margin;
          for (let t = 0; t < T; t++) if (t !== g) scores[i * T + t] = (scores[i * T + t] as number) + cost;
        }
      }
      const predicted = viterbi(scores, transitions, n);
      const loose = (this.sentences[index] as TrainingSentence).untrusted;
      if (loose)
        gold = gold.map((g, i) =>
          loose.has(g) && loose.has(predicted[i] as number) ? (predicted[i] as number) : g,
        );
      const clock = this.clock;
      for (let i = 0; i < n; i++) {
        const g = gold[i] as number;
        const p = predicted[i] as number;
        if (g !== p) {
          for (let f = feats.offsets[i] as number; f < (feats.offsets[i + 1] as number); f++) {
            const base = ((feats.hashes[f] as number) & mask) * T;
            bump(weights, base + g, 1);
            bump(totals, base + g, clock);
            bump(weights, base + p, -1);
            bump(totals, base + p, -clock);
          }
        }
        const gPrev = i === 0 ? T : (gold[i - 1] as number);
        const pPrev = i === 0 ? T : (predicted[i - 1] as number);
        if (g !== p || gPrev !== pPrev) {
          bump(transitions, gPrev * T + g, 1);
          bump(transitionTotals, gPrev * T + g, clock);
          bump(transitions, pPrev * T + p, -1);
          bump(transitionTotals, pPrev * T + p, -clock);
        }
      }
      this.clock++;
    }
  }

  /** The averaged model after the epochs run so far. */
  averaged(): TaggerModel {
    return average(
      this.weights,
      this.totals,
      this.transitions,
      this.transitionTotals,
      this.clock,
      this.options.bits,
    );
  }
}

/** Averaged weights: w − Σ(c·Δ)/c, the mean of the weights over every step (Daumé's trick). */
function average(
  weights: Float64Array,
  totals: Float64Array,
  transitions: Float64Array,
  transitionTotals: Float64Array,
  clock: number,
  bits: number,
): TaggerModel {
  const avg = new Float32Array(weights.length);
  for (let i = 0; i < weights.length; i++) avg[i] = (weights[i] as number) - (totals[i] as number) / clock;
  const avgTransitions = new Float32Array(transitions.length);
  for (let i = 0; i < transitions.length; i++) {
    avgTransitions[i] = (transitions[i] as number) - (transitionTotals[i] as number) / clock;
  }
  return { bits, weights: avg, transitions: avgTransitions };
}

function bump(array: Float64Array, index: number, delta: number): void {
  array[index] = (array[index] as number) + delta;
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as number, items[i] as number];
  }
}
