/**
 * Entity tagger speed: words tagged per second on one core (features, scores and Viterbi, on the
 * shipped example article's sentences, repeated), the whole entity stage (tagging, mentions and
 * linking) in articles per second, and the one-time cost of loading the model, the lexicon and
 * the gazetteers.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { buildGazetteer } from '../entities/gazetteer/gazetteer.js';
import { recognizeEntities, sentenceRuns } from '../entities/recognize.js';
import { loadGazetteerLists, loadLexicon, MODEL_URL } from '../entities/resources.js';
import { loadRecognizer } from '../entities/stage.js';
import { decodeModel } from '../entities/tagger/codec.js';
import { tokenize } from '../text/tokenize.js';
import { measure } from './measure.js';
import type { Benchmark, BenchmarkRow } from './types.js';

const ARTICLE = readFileSync(new URL('../../examples/article-ar.txt', import.meta.url), 'utf8');

export const nerBenchmark: Benchmark = {
  name: 'ner',
  async run() {
    const rows: BenchmarkRow[] = [];
    const load = await measure(() => void decodeModel(gunzipSync(readFileSync(MODEL_URL))));
    rows.push({ benchmark: 'ner', metric: 'model load (ms)', value: (load.seconds * 1000).toFixed(0) });
    const lexicon = await measure(() => void loadLexicon());
    rows.push({
      benchmark: 'ner',
      metric: 'lexicon load, @cspell/dict-ar (ms)',
      value: (lexicon.seconds * 1000).toFixed(0),
      note: 'once per process',
    });
    const gaz = await measure(() => void buildGazetteer(loadGazetteerLists()));
    rows.push({ benchmark: 'ner', metric: 'gazetteer build (ms)', value: (gaz.seconds * 1000).toFixed(0) });

    const { tagger } = loadRecognizer();
    const tokens = tokenize(ARTICLE);
    const runs = sentenceRuns(tokens).map((run) => run.map((t) => t.text));
    for (const run of runs) tagger.tag(run);
    const repeats = Math.max(1, Math.ceil(300_000 / tokens.length));
    const cpuBefore = process.cpuUsage();
    const tagging = await measure(() => {
      for (let r = 0; r < repeats; r++) for (const run of runs) tagger.tag(run);
    });
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    rows.push({
      benchmark: 'ner',
      metric: 'tagger words/s (wall clock)',
      value: ((tokens.length * repeats) / tagging.seconds).toFixed(0),
      note: 'target ≥ 200,000',
    });
    rows.push({
      benchmark: 'ner',
      metric: 'tagger words per CPU-second',
      value: ((tokens.length * repeats) / cpuSeconds).toFixed(0),
      note: 'one thread; robust to other load on the machine',
    });
    const articles = 200;
    const stage = await measure(() => {
      for (let i = 0; i < articles; i++) recognizeEntities(ARTICLE, tokens, loadRecognizer());
    });
    rows.push({
      benchmark: 'ner',
      metric: 'entity stage articles/s',
      value: (articles / stage.seconds).toFixed(1),
    });
    return rows;
  },
};
