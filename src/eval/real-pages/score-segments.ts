/**
 * Segments on a real page: the title a user sees (`document.title`) against the gold title line,
 * and each line the gold lists as byline, boilerplate or related against the kind of the predicted
 * segment it falls in. Precision per class is over predicted segments of that kind (a dateline
 * alone on its line counts as a byline; captions and headings are body, as in the gold).
 * The outlet is counted as named when the page's own text names it (pasted text) and when its URL
 * may help too (a fetched page), as the issue on facts asks of every document.
 */
import type { Analysis, Segment } from '../../contract/analysis.js';
import { documentOutlet } from '../../segment/document-facts.js';
import type { Tally } from '../tally.js';
import { foldedEqual, goldSegmentSpans, overlaps, type SegmentClass } from './matching.js';
import type { RealPage } from './pages.js';

export const SEGMENT_CLASSES: readonly SegmentClass[] = ['title', 'byline', 'boilerplate', 'related'];

function classOf(text: string, segment: Segment): SegmentClass | 'body' {
  switch (segment.kind) {
    case 'title':
    case 'byline':
    case 'boilerplate':
    case 'related':
      return segment.kind;
    case 'dateline': {
      const lineStart = text.lastIndexOf('\n', segment.start - 1) + 1;
      const lineEnd = text.indexOf('\n', segment.end);
      const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
      return line.trim() === text.slice(segment.start, segment.end).trim() ? 'byline' : 'body';
    }
    default:
      return 'body';
  }
}

export function scoreSegments(page: RealPage, analysis: Analysis, t: Tally): void {
  t.add('outlet.pages');
  if (analysis.document.outlet !== null) t.add('outlet.namedFromText');
  if (documentOutlet(analysis.text, analysis.segments, page.url) !== null) t.add('outlet.namedWithUrl');
  else t.miss(`${page.id} outlet: not named, even from ${page.url}`);

  const goldTitle = page.gold.segments.title;
  t.add('title.pages');
  if (foldedEqual(analysis.document.title, goldTitle)) t.add('title.right');
  else t.miss(`${page.id} title: gold ${goldTitle}, got ${analysis.document.title}`);

  const gold = goldSegmentSpans(page.text, page.gold.segments);
  const text = analysis.text;
  for (const span of gold) {
    const first = span.start + (text.slice(span.start, span.end).search(/\S/) || 0);
    const covering = analysis.segments.find((s) => s.start <= first && first < s.end);
    const predicted = covering ? classOf(text, covering) : 'body';
    t.add(`segments.${span.cls}.gold`);
    if (predicted === span.cls) t.add(`segments.${span.cls}.found`);
    else
      t.miss(
        `${page.id} segment ${span.cls} read as ${predicted}: ${text.slice(span.start, span.end).slice(0, 50)}`,
      );
  }
  for (const segment of analysis.segments) {
    const cls = classOf(text, segment);
    if (cls === 'body' || text.slice(segment.start, segment.end).trim() === '') continue;
    t.add(`segments.${cls}.predicted`);
    if (gold.some((g) => g.cls === cls && overlaps(g, segment))) t.add(`segments.${cls}.predictedMatched`);
    else t.miss(`${page.id} segment spurious ${cls}: ${text.slice(segment.start, segment.end).slice(0, 50)}`);
  }
}
