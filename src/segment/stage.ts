/**
 * The segments stage: the document's structure in the contract's segment kinds.
 * Segments found by ingestion (from HTML markup) are kept as they are; plain text, which has no
 * markup, is one body segment until the plain-text segmenter lands.
 */
import type { Segment } from '../contract/analysis.js';
import type { Stage } from '../core/pipeline.js';

export const segmentStage: Stage = {
  name: 'segments',
  requires: [],
  provides: ['segments'],
  run(doc) {
    const given = doc.input.segments;
    const segments: Segment[] = given ? [...given] : wholeTextAsBody(doc.text);
    return { segments };
  },
};

function wholeTextAsBody(text: string): Segment[] {
  return text.length === 0 ? [] : [{ kind: 'body', start: 0, end: text.length }];
}
