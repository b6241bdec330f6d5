/**
 * Segments found in HTML, kept, with each "body" block judged again by the line rules: a block the
 * rules call related, caption or boilerplate takes that kind (with the outlet it names). Other kinds
 * and blocks the rules have no verdict on stay as ingestion found them.
 */
import type { Segment } from '../contract/analysis.js';
import { judgeLine } from './line-rules.js';
import { makeLine } from './lines.js';
import type { SegmentVocabulary } from './vocabulary.js';

const REFINED_KINDS = new Set(['related', 'caption', 'boilerplate']);

export function refineSegments(
  text: string,
  segments: readonly Segment[],
  vocab: SegmentVocabulary,
): Segment[] {
  const flat = text.replace(/\n/g, ' ');
  return segments.map((segment) => {
    if (segment.kind !== 'body') return { ...segment };
    const line = makeLine(flat, segment.start, segment.end);
    const verdict = line ? judgeLine(line, vocab) : null;
    if (!verdict || !REFINED_KINDS.has(verdict.kind)) return { ...segment };
    return verdict.outlet
      ? { ...segment, kind: verdict.kind, outlet: verdict.outlet }
      : { ...segment, kind: verdict.kind };
  });
}
