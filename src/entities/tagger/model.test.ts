import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_KINDS, type GazetteerLists } from '../gazetteer/gazetteer.js';
import { FeatureExtractor, type FeatureResources } from './features.js';
import { SequenceTagger, scoreSentence, type TaggerModel, viterbi } from './model.js';
import { TAG_COUNT } from './tags.js';

/** A model with weights drawn from a fixed sequence: any feature left out or counted twice moves a score. */
function arbitraryModel(bits: number): TaggerModel {
  const weights = new Float32Array((1 << bits) * TAG_COUNT);
  let seed = 7;
  for (let i = 0; i < weights.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    weights[i] = ((seed >>> 8) / 2 ** 24 - 0.5) * 3;
  }
  const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT).map((_, k) => ((k * 37) % 11) / 10 - 0.5);
  return { bits, weights, transitions };
}

function resources(withClusters = false): FeatureResources {
  const empty = Object.fromEntries(GAZ_KINDS.map((kind) => [kind, []])) as unknown as GazetteerLists;
  const lists: GazetteerLists = { ...empty, country: ['مصر', 'الأردن'], org: ['وزارة الخارجية'] };
  const clusters = new Map([
    ['مصر', [1, 3]],
    ['الاردن', [1, 4]],
    ['قال', [2, 5]],
    ['الوزاره', [0, 6]],
  ]);
  return { gazetteer: buildGazetteer(lists), lexicon: undefined, ...(withClusters ? { clusters } : {}) };
}

describe('SequenceTagger', () => {
  const sentences = [
    'وقال وزير الخارجية المصري سامح شكري في عمان إن مصر والأردن متفقان .'.split(' '),
    '« نرفض التهجير » ، قالت الوزارة في بيان صادر اليوم .'.split(' '),
    'مصر'.split(' '),
  ];

  it.each([false, true])(
    'tags as the full features would (word clusters: %s): the own features summed once per spelling change no score',
    (withClusters) => {
      const model = arbitraryModel(10);
      const tagger = new SequenceTagger(model, resources(withClusters));
      const extractor = new FeatureExtractor(resources(withClusters));
      // Twice, so the second pass reads the kept sums of every spelling.
      for (const pass of [1, 2]) {
        for (const words of sentences) {
          const scores = scoreSentence(extractor.extract(words), model.weights, model.bits);
          const expected = viterbi(scores, model.transitions, words.length);
          expect([...tagger.tag(words)], `pass ${pass}: ${words.join(' ')}`).toEqual([...expected]);
        }
      }
    },
  );

  it('gives more features with word clusters, and the same ones first without', () => {
    const words = sentences[0] as string[];
    const plain = new FeatureExtractor(resources()).extract(words);
    const clustered = new FeatureExtractor(resources(true)).extract(words);
    expect(clustered.hashes.length).toBeGreaterThan(plain.hashes.length);
    const own = new FeatureExtractor(resources(true)).ownFeatures('مصر');
    expect([...own.slice(0, 16)]).toEqual([...new FeatureExtractor(resources()).ownFeatures('مصر')]);
    expect(new FeatureExtractor(resources(true)).ownFeatures('مصر')).not.toEqual(
      new FeatureExtractor(resources(true)).ownFeatures('الاردن'),
    );
  });

  it('sums each word’s own features and its context features to the full score, to the last bit', () => {
    const model = arbitraryModel(10);
    const extractor = new FeatureExtractor(resources());
    const words = sentences[0] as string[];
    const full = scoreSentence(extractor.extract(words), model.weights, model.bits);
    const start = new Float64Array(words.length * TAG_COUNT);
    words.forEach((word, i) => {
      const own = extractor.ownFeatures(word);
      const sums = scoreSentence(
        { offsets: Int32Array.of(0, own.length), hashes: own },
        model.weights,
        model.bits,
      );
      start.set(sums, i * TAG_COUNT);
    });
    const split = scoreSentence(
      extractor.extract(words, { context: true }),
      model.weights,
      model.bits,
      start,
    );
    expect([...split]).toEqual([...full]);
  });
});
