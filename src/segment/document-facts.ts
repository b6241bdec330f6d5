/**
 * Facts about the document read from its segments, for inputs that came without them (pasted text):
 *  1. the title is the title segment's text, without an outlet named after a separator;
 *  2. the outlet is the one a byline names, else the one the title line names.
 */
import type { Segment } from '../contract/analysis.js';

export function documentTitle(text: string, segments: readonly Segment[]): string | null {
  const title = segments.find((s) => s.kind === 'title');
  if (!title) return null;
  let line = text.slice(title.start, title.end);
  if (title.outlet) {
    const at = line.lastIndexOf(title.outlet);
    const stripped = at > 0 ? line.slice(0, at).replace(/[\s|–—-]+$/u, '') : line;
    line = at === 0 ? line.slice(title.outlet.length).replace(/^[\s|–—-]+/u, '') : stripped;
  }
  return line.trim() || null;
}

export function documentOutlet(_text: string, segments: readonly Segment[]): string | null {
  const byline = segments.find((s) => s.kind === 'byline' && s.outlet);
  const title = segments.find((s) => s.kind === 'title' && s.outlet);
  return byline?.outlet ?? title?.outlet ?? null;
}
