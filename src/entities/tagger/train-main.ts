/**
 * `npm run train:ner`: rebuilds `models/ner/tagger.bin` and `models/ner/model.json` from
 * ../shared/data/anercorp/ANERCorp_CamelLab_train.RECONSTRUCTED.txt.
 *
 * Steps, each deterministic (fixed seed, corpus order):
 *  1. the last tenth of the training file (whole stories, not interleaved sentences) is the dev set;
 *  2. the tagger is trained on the rest for up to MAX_EPOCHS, scoring dev after each epoch;
 *  3. the epoch count with the best dev F1 is kept; with it, the held-out model picks the penalty on
 *     the O tag's bias that gives the best dev F1 (trading precision for recall);
 *     (the held-out model here is the mean of SEEDS models trained in different visiting orders);
 *  4. the shipped model, the mean of SEEDS models trained with that epoch count on the whole
 *     training file, gets that penalty; the dev scores recorded are those of the held-out mean.
 * The test file is never read here.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadFeatureResources, MODEL_URL } from '../resources.js';
import { analyzeWordForms } from '../word-forms.js';
import { type Counts, scoresOf } from './chunks.js';
import { encodeModel } from './codec.js';
import { parseConll, type TaggedSentence } from './conll.js';
import { evaluateTagging } from './evaluate.js';
import { biasBucket, type FeatureResources } from './features.js';
import { SequenceTagger, type TaggerModel } from './model.js';
import { TAG_COUNT, TAG_INDEX } from './tags.js';
import { type TrainingSentence, trainTagger } from './train.js';

const SHARED = new URL(process.env.RASD_SHARED_DATA ?? '../../../../shared/data/', import.meta.url);
export const TRAIN_FILE = new URL('anercorp/ANERCorp_CamelLab_train.RECONSTRUCTED.txt', SHARED);
const BITS = Number(process.env.RASD_NER_BITS ?? 20);
const SEED = 20070219;
const SEEDS = Number(process.env.RASD_NER_SEEDS ?? 4);
const MAX_EPOCHS = Number(process.env.RASD_NER_EPOCHS ?? 12);
const DEV_FRACTION = 0.1;
const OUTSIDE_PENALTIES = [0, 1, 2, 3, 4, 6, 8, 12];
const RARE_COUNT = Number(process.env.RASD_NER_RARE ?? 0);

/** The train/dev split of step 1 (shared with the evaluation). */
export function splitTrainDev(all: readonly TaggedSentence[]): {
  train: TaggedSentence[];
  dev: TaggedSentence[];
} {
  const cut = Math.round(all.length * (1 - DEV_FRACTION));
  return { train: all.slice(0, cut), dev: all.slice(cut) };
}

function toTraining(sentences: readonly TaggedSentence[]): TrainingSentence[] {
  return sentences.map((s) => {
    const tags = Int32Array.from(s.tags, (tag) => TAG_INDEX.get(tag) ?? 0);
    // An orphan I- (no B- before it) is read as a B-, as conlleval reads it.
    for (let i = 0; i < tags.length; i++) {
      const t = tags[i] as number;
      if (
        t > 0 &&
        t % 2 === 0 &&
        (i === 0 || ((tags[i - 1] as number) !== t && (tags[i - 1] as number) !== t - 1))
      ) {
        tags[i] = t - 1;
      }
    }
    return { words: s.words, tags };
  });
}

/** Word forms (key, stem, bare) seen once in `sentences`: hidden in training (features.ts). */
function rareForms(sentences: readonly TaggedSentence[]): Set<string> {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const word of s.words) {
      const forms = analyzeWordForms(word);
      for (const form of new Set([forms.key, forms.stem, forms.bare]))
        counts.set(form, (counts.get(form) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n <= RARE_COUNT).map(([form]) => form));
}

/**
 * A perceptron tags conservatively (dev precision ≫ recall); lowering the O tag's bias trades
 * precision for recall. The penalty with the best dev F1 is kept, folded into the bias weights.
 */
function pickOutsidePenalty(model: TaggerModel, dev: readonly TaggedSentence[], resources: FeatureResources) {
  const tried: Record<string, number> = {};
  let best = { penalty: 0, f1: -1, counts: new Map<string, Counts>() };
  for (const penalty of OUTSIDE_PENALTIES) {
    const tagger = new SequenceTagger(withOutsidePenalty(model, penalty), resources);
    const counts = evaluateTagging((w) => tagger.tag(w), dev);
    const f1 = scoresOf(counts.get('*') ?? { tp: 0, fp: 0, fn: 0 }).f1;
    tried[String(penalty)] = round(f1);
    if (f1 > best.f1) best = { penalty, f1, counts };
  }
  return { ...best, tried };
}

/** The mean of models trained with different visiting orders: steadier than any one of them. */
function averageModels(models: readonly TaggerModel[]): TaggerModel {
  const first = models[0] as TaggerModel;
  if (models.length === 1) return first;
  const weights = new Float32Array(first.weights.length);
  const transitions = new Float32Array(first.transitions.length);
  for (const m of models) {
    for (let i = 0; i < weights.length; i++)
      weights[i] = (weights[i] as number) + (m.weights[i] as number) / models.length;
    for (let i = 0; i < transitions.length; i++) {
      transitions[i] = (transitions[i] as number) + (m.transitions[i] as number) / models.length;
    }
  }
  return { bits: first.bits, weights, transitions };
}

function withOutsidePenalty(model: TaggerModel, penalty: number): TaggerModel {
  const weights = Float32Array.from(model.weights);
  const at = biasBucket(model.bits) * TAG_COUNT;
  weights[at] = (weights[at] as number) - penalty;
  return { ...model, weights };
}

function formatCounts(counts: Map<string, Counts>): Record<string, { p: number; r: number; f1: number }> {
  const out: Record<string, { p: number; r: number; f1: number }> = {};
  for (const [type, c] of [...counts].sort()) {
    const s = scoresOf(c);
    out[type === '*' ? 'ALL' : type] = { p: round(s.precision), r: round(s.recall), f1: round(s.f1) };
  }
  return out;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

function main(): void {
  const started = Date.now();
  const all = parseConll(readFileSync(TRAIN_FILE, 'utf8'));
  const { train, dev } = splitTrainDev(all);
  const resources = loadFeatureResources();
  const devScores: { epoch: number; f1: number; counts: Map<string, Counts> }[] = [];
  let heldOut: TaggerModel | undefined;
  trainTagger(
    toTraining(train),
    { ...resources, rareForms: rareForms(train) },
    {
      bits: BITS,
      epochs: MAX_EPOCHS,
      seed: SEED,
      onEpoch(epoch, model: TaggerModel) {
        const tagger = new SequenceTagger(model, resources);
        const counts = evaluateTagging((w) => tagger.tag(w), dev);
        const f1 = scoresOf(counts.get('*') ?? { tp: 0, fp: 0, fn: 0 }).f1;
        if (devScores.every((d) => f1 > d.f1)) heldOut = model;
        devScores.push({ epoch, f1, counts });
        process.stderr.write(`epoch ${epoch}: dev F1 ${f1.toFixed(4)}\n`);
      },
    },
  );
  const best = devScores.reduce((a, b) => (b.f1 > a.f1 ? b : a));
  const seeds = Array.from({ length: SEEDS }, (_, k) => SEED + k);
  const trainOn = (sentences: readonly TaggedSentence[], seed: number) =>
    trainTagger(
      toTraining(sentences),
      { ...resources, rareForms: rareForms(sentences) },
      {
        bits: BITS,
        epochs: best.epoch,
        seed,
      },
    );
  const heldOutMean = averageModels([
    heldOut as TaggerModel,
    ...seeds.slice(1).map((seed) => trainOn(train, seed)),
  ]);
  const recall = pickOutsidePenalty(heldOutMean, dev, resources);
  process.stderr.write(
    `best epoch ${best.epoch}, O penalty ${recall.penalty} (dev F1 ${recall.f1.toFixed(4)}); training the shipped model on all ${all.length} sentences\n`,
  );
  const trained = averageModels(seeds.map((seed) => trainOn(all, seed)));
  const model = withOutsidePenalty(trained, recall.penalty);
  const bytes = gzipSync(encodeModel(model), { level: 9 });
  mkdirSync(new URL('.', MODEL_URL), { recursive: true });
  writeFileSync(MODEL_URL, bytes);
  const meta = {
    format: 'rasd-ner-perceptron/1',
    file: 'tagger.bin',
    tags: [...TAG_INDEX.keys()],
    bits: BITS,
    seed: SEED,
    epochs: best.epoch,
    outsidePenalty: recall.penalty,
    trainedOn: {
      corpus: 'ANERcorp, CAMeL Lab split, train file as RECONSTRUCTED in ../shared/data/anercorp',
      sentences: all.length,
      tokens: all.reduce((n, s) => n + s.words.length, 0),
    },
    dev: {
      note: `last ${DEV_FRACTION * 100}% of the train file (${dev.length} sentences), scored with a model trained on the rest; conlleval-lenient chunks`,
      sentences: dev.length,
      byEpoch: devScores.map((d) => round(d.f1)),
      byOutsidePenalty: recall.tried,
      scores: formatCounts(recall.counts),
    },
    licence: 'CC BY-SA 4.0 (derived from ANERcorp); see README.md',
  };
  writeFileSync(new URL('model.json', MODEL_URL), `${JSON.stringify(meta, null, 2)}\n`);
  process.stderr.write(
    `wrote ${MODEL_URL.pathname} (${bytes.length} bytes) in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
