/**
 * Facts about the document read from its segments, for inputs that came without them (pasted text):
 *  1. the title is the title segment's text, without an outlet named after a separator;
 *  2. the outlet is the one a byline names, else the one the title line names, else the name the
 *     first paragraph opens with, else the site's own name in its header or copyright line, else
 *     the site of the URL. Another article's headline (`… | site`) never names it.
 */
import type { Segment } from '../contract/analysis.js';
import { leadInOutlet } from './line-rules.js';
import { outletFromUrl } from './outlet-domains.js';
import { segmentVocabulary } from './stage.js';
import type { SegmentVocabulary } from './vocabulary.js';

export function documentTitle(text: string, segments: readonly Segment[]): string | null {
  const title = segments.find((s) => s.kind === 'title');
  if (!title) return null;
  let line = text.slice(title.start, title.end);
  // Only a whole first or last part is the outlet: its name inside the headline (`مصر` in
  // `المصري`) stays.
  const outlet = title.outlet;
  if (outlet && line.trimEnd().endsWith(outlet)) {
    line = line
      .trimEnd()
      .slice(0, -outlet.length)
      .replace(/[\s|–—-]+$/u, '');
  } else if (outlet && line.startsWith(outlet)) {
    line = line.slice(outlet.length).replace(/^[\s|–—-]+/u, '');
  }
  return line.trim() || null;
}

/**
 * The outlet in order of evidence: a byline naming it, the title line naming it, the name the first
 * paragraph opens with (`الوكالة - …`), else the site of the page's URL (a table of Arab outlets'
 * domains, or the domain itself).
 */
export function documentOutlet(
  text: string,
  segments: readonly Segment[],
  url: string | null = null,
  vocab: SegmentVocabulary = segmentVocabulary(),
): string | null {
  const byline = segments.find((s) => s.kind === 'byline' && s.outlet);
  const title = segments.find((s) => s.kind === 'title' && s.outlet);
  const firstBody = segments.find((s) => s.kind === 'body');
  const leadIn = firstBody ? leadInOutlet(text.slice(firstBody.start, firstBody.end), vocab) : null;
  const own = segments.find((s) => s.kind === 'boilerplate' && s.outlet);
  return byline?.outlet ?? title?.outlet ?? leadIn ?? own?.outlet ?? outletFromUrl(url);
}
