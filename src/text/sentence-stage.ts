/**
 * The sentences stage: sentence spans inside each segment, so a sentence never runs from a title
 * into a byline. Segments are taken in order; any part of one that overlaps an earlier one is skipped.
 */
import type { Span } from '../contract/analysis.js';
import { appendAll } from '../core/append-all.js';
import type { Stage } from '../core/pipeline.js';
import { arabicAbbreviations, splitSentences } from './sentences.js';

export const sentenceStage: Stage = {
  name: 'sentences',
  requires: ['segments'],
  provides: ['sentences'],
  run(doc) {
    const abbreviations = arabicAbbreviations();
    const segments = [...doc.get('segments')].sort((a, b) => a.start - b.start);
    const sentences: Span[] = [];
    let covered = 0;
    for (const segment of segments) {
      const start = Math.max(segment.start, covered);
      if (segment.end <= start) continue;
      appendAll(sentences, splitSentences(doc.text, start, segment.end, abbreviations));
      covered = segment.end;
    }
    return { sentences };
  },
};
