/**
 * Segments found in HTML, kept, with each "body" block judged again by the line rules: a block the
 * rules call related, caption or boilerplate takes that kind (with the outlet it names). Other kinds
 * and blocks the rules have no verdict on stay as ingestion found them, and so does a block between
 * two paragraphs that is only an outlet's name that is also an everyday word or a place (`الشرقية`:
 * a sub-heading).
 */
import type { Segment } from '../contract/analysis.js';
import { isPlace, judgeLine } from './line-rules.js';
import { makeLine } from './lines.js';
import type { SegmentVocabulary } from './vocabulary.js';

const REFINED_KINDS = new Set(['related', 'caption', 'boilerplate']);

export function refineSegments(
  text: string,
  segments: readonly Segment[],
  vocab: SegmentVocabulary,
): Segment[] {
  const flat = text.replace(/\n/g, ' ');
  const firstBody = segments.findIndex((s) => s.kind === 'body');
  const lastBody = segments.findLastIndex((s) => s.kind === 'body');
  return segments.map((segment, i) => {
    if (segment.kind !== 'body') return { ...segment };
    const line = makeLine(flat, segment.start, segment.end);
    const verdict = line ? judgeLine(line, vocab) : null;
    if (!verdict || !REFINED_KINDS.has(verdict.kind)) return { ...segment };
    // `الشرقية` between two paragraphs: a sub-heading that is also an outlet's name (classify-lines.ts).
    const inside = i > firstBody && i < lastBody;
    if (verdict.siteName && inside && line && (line.words.length === 1 || isPlace(line.text, vocab)))
      return { ...segment };
    return verdict.outlet
      ? { ...segment, kind: verdict.kind, outlet: verdict.outlet }
      : { ...segment, kind: verdict.kind };
  });
}
