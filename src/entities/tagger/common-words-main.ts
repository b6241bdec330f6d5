/**
 * `npm run train:common-words`: rebuilds `models/ner/common-words.tsv` (common-words.ts) from the
 * training corpora in ../shared/data: ANERcorp's train file and all of WikiFANE Gold, read as
 * the tagger's training reads them. Deterministic: the same corpora give the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { COMMON_WORDS_URL } from '../resources.js';
import { countCommonWords, formatCommonWords } from './common-words.js';
import { parseConll } from './conll.js';
import { TRAIN_FILE, WIKIFANE_FILE } from './train-main.js';
import { parseWikiFane } from './wikifane.js';

const SOURCE = [
  'Common words counted by `npm run train:common-words` (src/entities/tagger/common-words.ts) from',
  "ANERcorp's train file (CAMeL Lab split, CC BY-SA 4.0) and WikiFANE Gold (CC BY-SA 3.0): each word's",
  'folded key, its occurrences, and how many of them the annotators tagged as part of a name.',
  'Derived from both corpora, this file is shared under CC BY-SA 4.0 (models/ner/README.md).',
].join('\n');

const anercorp = parseConll(readFileSync(TRAIN_FILE, 'utf8'));
const wikifane = parseWikiFane(gunzipSync(readFileSync(WIKIFANE_FILE)).toString('utf8'));
const rows = countCommonWords([anercorp, wikifane]);
writeFileSync(COMMON_WORDS_URL, formatCommonWords(rows, SOURCE));
process.stderr.write(`common words: ${rows.length} rows written to ${COMMON_WORDS_URL.pathname}\n`);
