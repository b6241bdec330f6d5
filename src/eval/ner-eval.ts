/**
 * Entity tagger accuracy: entity-level micro P/R/F1 (CoNLL style, exact span and type) on the
 * ANERcorp test file (CAMeL Lab split) as it is, with conlleval-lenient chunks like the published
 * figures, and also with strict IOB2 chunks and ignoring each sentence's first word (whose tokens
 * the official file replaced); on the held-out dev part of train, as recorded by `npm run
 * train:ner`; with the organisation head rule the entity stage adds; and on AQMAR (Wikipedia, out of domain, MIS0–MIS3 → MISC).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tagHeadedOrganisations } from '../entities/head-rule.js';
import { tagDocument } from '../entities/recognize.js';
import { loadRecognizer } from '../entities/stage.js';
import { type Counts, scoresOf } from '../entities/tagger/chunks.js';
import { parseConll, type TaggedSentence } from '../entities/tagger/conll.js';
import { type EvaluateOptions, evaluateTagging } from '../entities/tagger/evaluate.js';
import type { Evaluation, EvaluationRow } from './types.js';

const SHARED = new URL(process.env.RASD_SHARED_DATA ?? '../../../shared/data/', import.meta.url);
const TEST_FILE = new URL('anercorp/ANERCorp_CamelLab_test.txt', SHARED);
const AQMAR_DIR = new URL('aqmar/articles/', SHARED);
const MODEL_META = new URL('../../models/ner/model.json', import.meta.url);
const PUBLISHED = 'published: AraBERT v0.2 83.70, CAMeLBERT-MSA 82.4, CRF systems ~79–81; target ≥ 0.80';
const TYPES = ['PER', 'LOC', 'ORG', 'MISC'];
const PSEUDO_DOCUMENT = 20;

export const nerEvaluation: Evaluation = {
  name: 'ner',
  async run() {
    const recognizer = loadRecognizer();
    const { tagger, headRule } = recognizer;
    const tag = (words: readonly string[]) => tagger.tag(words);
    const tagWithRule = (words: readonly string[]) =>
      tagHeadedOrganisations(words, tagger.tag(words), headRule);
    const rows: EvaluationRow[] = [];
    const test = parseConll(readFileSync(TEST_FILE, 'utf8'));
    const score = (gold: readonly TaggedSentence[], options: EvaluateOptions = {}) =>
      evaluateTagging(tag, gold, options);
    const asIs = score(test);
    rows.push(...overall('ANERcorp test (as is, lenient)', asIs, PUBLISHED));
    rows.push(...perType('ANERcorp test', asIs));
    rows.push(f1Row('ANERcorp test (strict IOB2)', score(test, { chunking: 'strict' })));
    rows.push(
      f1Row('ANERcorp test (first words ignored)', score(test, { skipFirstWord: true }), 'see PROVENANCE.md'),
    );
    const withRule = evaluateTagging(tagWithRule, test);
    rows.push(f1Row('ANERcorp test (+ organisation head rule)', withRule, 'as the entity stage runs'));
    const inDocuments = new Map<readonly string[], Int32Array>();
    for (let at = 0; at < test.length; at += PSEUDO_DOCUMENT) {
      const window = test.slice(at, at + PSEUDO_DOCUMENT).map((s) => s.words);
      tagDocument(window, recognizer).forEach((tags, i) => {
        inDocuments.set(window[i] as string[], tags);
      });
    }
    const staged = evaluateTagging((words) => inDocuments.get(words) ?? tag(words), test);
    rows.push(
      f1Row(
        'ANERcorp test (entity stage, documents)',
        staged,
        `head rule + names propagated within windows of ${PSEUDO_DOCUMENT} sentences (the file has no document breaks)`,
      ),
    );
    rows.push(...devRows());
    const aqmar = readdirSync(AQMAR_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .flatMap((f) => parseConll(readFileSync(new URL(f, AQMAR_DIR), 'utf8')));
    const aqmarCounts = score(aqmar);
    rows.push(...overall('AQMAR (out of domain)', aqmarCounts, 'Wikipedia; MIS0–3 → MISC'));
    rows.push(...perType('AQMAR', aqmarCounts));
    return rows;
  },
};

function overall(name: string, counts: Map<string, Counts>, note: string): EvaluationRow[] {
  const s = scoresOf(counts.get('*') ?? { tp: 0, fp: 0, fn: 0 });
  return [
    { evaluation: `ner ${name}`, metric: 'F1', value: s.f1, note },
    { evaluation: `ner ${name}`, metric: 'precision', value: s.precision },
    { evaluation: `ner ${name}`, metric: 'recall', value: s.recall },
  ];
}

function perType(name: string, counts: Map<string, Counts>): EvaluationRow[] {
  return TYPES.map((type) => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    const s = scoresOf(c);
    return {
      evaluation: `ner ${name} ${type}`,
      metric: 'P / R / F1',
      value: `${s.precision.toFixed(3)} / ${s.recall.toFixed(3)} / ${s.f1.toFixed(3)}`,
      note: `${c.tp + c.fn} gold`,
    };
  });
}

function f1Row(name: string, counts: Map<string, Counts>, note?: string): EvaluationRow {
  const s = scoresOf(counts.get('*') ?? { tp: 0, fp: 0, fn: 0 });
  return { evaluation: `ner ${name}`, metric: 'F1', value: s.f1, ...(note ? { note } : {}) };
}

/** Dev figures are measured at training time, by a model that did not see the dev part. */
function devRows(): EvaluationRow[] {
  const meta = JSON.parse(readFileSync(MODEL_META, 'utf8')) as {
    outsidePenalty: number;
    heldOut?: { note: string; byOutsidePenalty: Record<string, number> };
    dev: { scores: Record<string, { p: number; r: number; f1: number }>; note: string };
  };
  const pooled = meta.heldOut?.byOutsidePenalty[String(meta.outsidePenalty)];
  const pooledRow: EvaluationRow[] =
    pooled === undefined
      ? []
      : [
          {
            evaluation: 'ner held out (train folds + dev, pooled)',
            metric: 'F1',
            value: pooled,
            note: meta.heldOut?.note,
          },
        ];
  return [
    ...pooledRow,
    ...Object.entries(meta.dev.scores).map(([type, s]) => ({
      evaluation: `ner dev (held-out train) ${type}`,
      metric: 'P / R / F1',
      value: `${s.p.toFixed(3)} / ${s.r.toFixed(3)} / ${s.f1.toFixed(3)}`,
      ...(type === 'ALL' ? { note: meta.dev.note } : {}),
    })),
  ];
}
