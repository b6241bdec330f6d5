/**
 * `npm run train:clusters [FILE] [--without-dev]`: rebuilds `models/ner/clusters.tsv` (clusters.ts) from the Arabic text
 * the tagger may train on: ANERcorp's train file and all of WikiFANE Gold's sentences (as
 * wikifane.ts reads them, clitics joined back), never ANERcorp's test file nor AQMAR.
 * Deterministic: the same corpora give the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { CLUSTERS_URL } from '../resources.js';
import { buildWordClusters, formatWordClusters } from './clusters.js';
import { parseConll } from './conll.js';
import { splitTrainDev, TRAIN_FILE, WIKIFANE_FILE } from './train-main.js';
import { ACE_CLASS, parseWikiFane } from './wikifane.js';

const SOURCE = [
  'Word clusters built by `npm run train:clusters` (src/entities/tagger/clusters.ts) from the text of',
  "ANERcorp's train file (CAMeL Lab split, CC BY-SA 4.0) and WikiFANE Gold (CC BY-SA 3.0): each stem",
  'seen 3 times or more, then its cluster at 64, 256 and 1024 clusters (PPMI contexts, randomized SVD,',
  'spherical k-means). Derived from both corpora, this file is shared under CC BY-SA 4.0',
  '(models/ner/README.md).',
].join('\n');

const started = Date.now();
const all = parseConll(readFileSync(TRAIN_FILE, 'utf8'));
// `--without-dev`: leave out the dev tenth, so that dev's words are as new to the clusters as the
// test file's (for measuring on dev; the shipped file reads the whole train file).
const anercorp = process.argv.includes('--without-dev') ? splitTrainDev(all).train : all;
const wikifane = parseWikiFane(gunzipSync(readFileSync(WIKIFANE_FILE)).toString('utf8'), {
  classes: ACE_CLASS,
});
// RASD_CLUSTERS_MIN_COUNT and RASD_CLUSTERS_WINDOW (1: the next words only) for trials; the
// defaults build the file.
const { words, clusters } = buildWordClusters(
  [...anercorp, ...wikifane].map((s) => s.words),
  {
    ...(process.env.RASD_CLUSTERS_MIN_COUNT ? { minCount: Number(process.env.RASD_CLUSTERS_MIN_COUNT) } : {}),
    ...(process.env.RASD_CLUSTERS_WINDOW ? { window: Number(process.env.RASD_CLUSTERS_WINDOW) } : {}),
  },
);
const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
const out = file ? new URL(file, `file://${process.cwd()}/`) : CLUSTERS_URL;
writeFileSync(out, formatWordClusters(words, clusters, SOURCE));
process.stderr.write(
  `word clusters: ${words.length} stems written to ${out.pathname} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
);
