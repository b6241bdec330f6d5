/**
 * The segments stage: the document's structure in the contract's segment kinds.
 *
 * Plain text (no segments from ingestion) is cut into lines and each line classified
 * (classify-lines.ts). Segments that ingestion found in HTML markup are kept, each "body" block
 * judged once more by the line rules, since extractors often leave another article's headline or a
 * photo caption inside the body (refine-segments.ts).
 */
import type { Segment } from '../contract/analysis.js';
import type { AnalysisInput } from '../core/layers.js';
import type { Stage } from '../core/pipeline.js';
import { loadLanguageData } from '../data/language-data.js';
import { loadGazetteerLists } from '../entities/resources.js';
import { latinMonthNames } from '../times/latin-dates.js';
import { classifyLines } from './classify-lines.js';
import { outletNames } from './outlet-domains.js';
import { refineSegments } from './refine-segments.js';
import {
  BoilerplateDataSchema,
  BylineDataSchema,
  buildVocabulary,
  CaptionDataSchema,
  DatelineDataSchema,
  RelatedDataSchema,
  type SegmentVocabulary,
} from './vocabulary.js';

let vocabulary: SegmentVocabulary | undefined;

export function segmentVocabulary(): SegmentVocabulary {
  vocabulary ??= buildVocabulary({
    boilerplate: loadLanguageData('ar/segment-boilerplate', BoilerplateDataSchema),
    related: loadLanguageData('ar/segment-related', RelatedDataSchema),
    caption: loadLanguageData('ar/segment-caption', CaptionDataSchema),
    byline: loadLanguageData('ar/segment-byline', BylineDataSchema),
    dateline: loadLanguageData('ar/segment-dateline', DatelineDataSchema),
    places: placeNames(),
    latinMonths: latinMonthNames(),
    firstNames: loadGazetteerLists().firstName,
    outletNames: outletNames(),
    countries: loadGazetteerLists().country,
  });
  return vocabulary;
}

function placeNames(): string[] {
  const gazetteer = loadGazetteerLists();
  return [...gazetteer.place, ...gazetteer.country];
}

/** The segments of one input: ingestion's, refined, or the plain-text classifier's. */
export function segmentInput(input: AnalysisInput): Segment[] {
  const vocab = segmentVocabulary();
  return input.segments
    ? refineSegments(input.text, input.segments, vocab)
    : classifyLines(input.text, vocab);
}

export const segmentStage: Stage = {
  name: 'segments',
  requires: [],
  provides: ['segments'],
  run(doc) {
    return { segments: segmentInput(doc.input) };
  },
};
