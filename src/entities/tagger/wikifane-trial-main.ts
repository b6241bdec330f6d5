/**
 * `node dist/entities/tagger/wikifane-trial-main.js MODE [EPOCHS] [--folds]`: measures one way of
 * training with WikiFANE (../shared/data/wikifane) on ANERcorp's dev tenth, or with `--folds` on the
 * four folds of train plus dev pooled, as train-main.ts picks its recipe. Prints, per epoch, the
 * best F1 over the O penalties with per-type F1. The test file is never read. docs/entities.md
 * ("WikiFANE") records what each mode gave.
 *
 * Modes:
 *  - `none`: ANERcorp alone (the shipped recipe);
 *  - `plain`: WikiFANE's sentences (wikifane.ts) added to the training data as they are;
 *  - `aug`: added with a copy of each feature of their own (domains.ts);
 *  - `aug-nomisc`: as `aug`, O and MISC one answer on WikiFANE (it has no MISC);
 *  - `aug-per`: as `aug`, only person names trusted (any other tag an unknown);
 *  - `words`: no sentences added; the word statistics (wikifane-words.ts) as features.
 * `RASD_WIKIFANE_FRACTION` (0–1) keeps only the first part of WikiFANE. `--clusters[=FILE]` adds
 * the word-cluster features (clusters.ts) of `models/ner/clusters.tsv` or FILE.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadFeatureResources, loadWordClusters } from '../resources.js';
import { type Counts, scoresOf } from './chunks.js';
import { parseConll, type TaggedSentence } from './conll.js';
import { evaluateTagging } from './evaluate.js';
import { biasBucket, type FeatureResources } from './features.js';
import { SequenceTagger } from './model.js';
import { TAG_COUNT } from './tags.js';
import { PerceptronTrainer, type TrainingSentence } from './train.js';
import {
  splitTrainDev,
  TRAIN_FILE,
  toTraining,
  untrustedTags,
  WIKIFANE_FILE,
  wikiFaneTraining,
} from './train-main.js';
import { ACE_CLASS, parseWikiFane } from './wikifane.js';
import { countWordClasses } from './wikifane-words.js';

const PENALTIES = [0, 2, 4, 6, 8, 12, 16];
const TYPES = ['PER', 'LOC', 'ORG', 'MISC'];
const MODES = ['none', 'plain', 'aug', 'aug-nomisc', 'aug-per', 'words'];

function wikiFaneSentences(mode: string, resources: FeatureResources, text: string): TrainingSentence[] {
  if (mode === 'none' || mode === 'words') return [];
  const fraction = Number(process.env.RASD_WIKIFANE_FRACTION ?? 1);
  if (mode === 'plain') {
    const all = parseWikiFane(text);
    return toTraining(all.slice(0, Math.round(all.length * fraction)));
  }
  const trusted = mode === 'aug-nomisc' ? ['PER', 'LOC', 'ORG'] : mode === 'aug-per' ? ['PER'] : undefined;
  return wikiFaneTraining(fraction, resources, trusted ? untrustedTags(trusted) : undefined);
}

function addInto(into: Map<string, Counts>, counts: Map<string, Counts>): void {
  for (const [type, c] of counts) {
    const sum = into.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    into.set(type, { tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn });
  }
}

function describe(counts: Map<string, Counts>): string {
  const all = scoresOf(counts.get('*') ?? { tp: 0, fp: 0, fn: 0 });
  const types = TYPES.map((t) => `${t} ${scoresOf(counts.get(t) ?? { tp: 0, fp: 0, fn: 0 }).f1.toFixed(3)}`);
  return `F1 ${all.f1.toFixed(4)} (P ${all.precision.toFixed(3)} R ${all.recall.toFixed(3)}; ${types.join(', ')})`;
}

function main(): void {
  const [mode = 'none', epochsArg = '8'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!MODES.includes(mode)) throw new Error(`mode: one of ${MODES.join(', ')}`);
  const folds = process.argv.includes('--folds') ? 4 : 0;
  const { train, dev } = splitTrainDev(parseConll(readFileSync(TRAIN_FILE, 'utf8')));
  const text = gunzipSync(readFileSync(WIKIFANE_FILE)).toString('utf8');
  let resources = loadFeatureResources();
  if (mode === 'words') {
    resources = { ...resources, wordClasses: countWordClasses(parseWikiFane(text, { classes: ACE_CLASS })) };
  }
  const clustersArg = process.argv.find((a) => a.startsWith('--clusters'));
  if (clustersArg) {
    const file = clustersArg.split('=')[1];
    resources = {
      ...resources,
      clusters: loadWordClusters(file ? new URL(file, `file://${process.cwd()}/`) : undefined),
    };
  }
  const extra = wikiFaneSentences(mode, resources, text);
  const sets: { fit: TaggedSentence[]; score: TaggedSentence[] }[] = [];
  for (let k = 0; k < folds; k++) {
    const lo = Math.floor((train.length * k) / folds);
    const hi = Math.floor((train.length * (k + 1)) / folds);
    sets.push({ fit: [...train.slice(0, lo), ...train.slice(hi)], score: train.slice(lo, hi) });
  }
  sets.push({ fit: train, score: dev });
  const trainers = sets.map(
    ({ fit }) =>
      new PerceptronTrainer([...toTraining(fit), ...extra], resources, {
        bits: 20,
        seed: 20070219,
        margin: 20,
      }),
  );
  for (let epoch = 1; epoch <= Number(epochsArg); epoch++) {
    const pooled = PENALTIES.map(() => new Map<string, Counts>());
    trainers.forEach((trainer, set) => {
      trainer.runEpoch();
      const model = trainer.averaged();
      PENALTIES.forEach((penalty, k) => {
        const weights = Float32Array.from(model.weights);
        const at = biasBucket(model.bits) * TAG_COUNT;
        weights[at] = (weights[at] as number) - penalty;
        const tagger = new SequenceTagger({ ...model, weights }, resources);
        addInto(
          pooled[k] as Map<string, Counts>,
          evaluateTagging((w) => tagger.tag(w), sets[set]?.score ?? []),
        );
      });
    });
    const f1s = pooled.map((c) => scoresOf(c.get('*') ?? { tp: 0, fp: 0, fn: 0 }).f1);
    const best = f1s.indexOf(Math.max(...f1s));
    process.stdout.write(
      `${mode}${clustersArg ? ' clusters' : ''} epoch ${epoch}: O penalty ${PENALTIES[best]} ${describe(pooled[best] as Map<string, Counts>)}\n`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
