/**
 * Which of two near-duplicate articles is the original and which the copy.
 *
 * Rules, in order (each has a test):
 *  1. the credit: an article whose opening dateline names a source (`كابل (وكالة الأنباء
 *     الأفغانية) -`, `بيروت - (رويترز):`) is the copy of the article that source published: the
 *     credited name and the other's outlet have the same matching key (`nameKey`), or one's words
 *     are a run of the other's (`الأنباء المتحدة` in `وكالة الأنباء المتحدة`);
 *  2. else the earlier publication date is the original;
 *  3. else neither is chosen: the two are the same text, and say so, since guessing by URL or key
 *     would label a wire agency the copy of a paper that reprinted it.
 */
import type { Analysis } from '../contract/analysis.js';
import { nameKey } from '../text/name-key.js';

/** What deciding needs of one article; computed at ingest with its other features. */
export interface CopyClues {
  /** The matching key of the article's outlet. */
  readonly outlet: string | null;
  /** The matching key of the source its dateline credits. */
  readonly credit: string | null;
  /** Its date (publication, else the first full date of its text). */
  readonly date: string | null;
}

export type CopyBasis = 'credit' | 'earlier';

/** How far into the body a dateline may end: a place of a few words and a source name. */
const DATELINE_SPAN = 120;
/** `PLACE (SOURCE) -` or `PLACE - (SOURCE):`, with round brackets or guillemets. */
const DATELINES = [
  /^[\p{L}\s]{2,40}?[(«]\s*([^()«»\n]{2,60}?)\s*[)»]\s*[-–—:]/u,
  /^[\p{L}\s]{2,40}?[-–—]\s*[(«]\s*([^()«»\n]{2,60}?)\s*[)»]\s*[-–—:]?/u,
];

/** The source an article's dateline credits, as written, or null. */
export function creditedSource(analysis: Pick<Analysis, 'text' | 'segments'>): string | null {
  const at = analysis.segments.findIndex((s) => s.kind === 'body');
  const body = analysis.segments[at];
  // The credit the paragraph opens with may be a byline segment of its own on the same line.
  const before = analysis.segments[at - 1];
  const opensLine =
    before?.kind === 'byline' && body && !analysis.text.slice(before.end, body.start).includes('\n');
  const start = (opensLine ? before.start : body?.start) ?? 0;
  const opening = analysis.text.slice(start, start + DATELINE_SPAN).trimStart();
  for (const pattern of DATELINES) {
    const credit = pattern.exec(opening)?.[1]?.trim();
    if (credit) return credit;
  }
  return null;
}

export function copyClues(analysis: Analysis, date: string | null): CopyClues {
  const outlet = analysis.document.outlet ? nameKey(analysis.document.outlet) : '';
  const credit = creditedSource(analysis);
  const creditKey = credit ? nameKey(credit) : '';
  return { outlet: outlet || null, credit: creditKey || null, date };
}

/** Whether `a` credits the outlet that published `b` (rule 1). */
export function credits(a: CopyClues, b: CopyClues): boolean {
  if (!a.credit || !b.outlet) return false;
  return a.credit === b.outlet || containsWords(a.credit, b.outlet) || containsWords(b.outlet, a.credit);
}

function containsWords(longer: string, shorter: string): boolean {
  return ` ${longer} `.includes(` ${shorter} `);
}

/**
 * Which of `a`, `b` is the original: `a`, `b`, or null when neither can be told (rule 3), with
 * what decided.
 */
export function originalOf(
  a: CopyClues,
  b: CopyClues,
): { readonly original: 'a' | 'b'; readonly basis: CopyBasis } | null {
  const aCreditsB = credits(a, b);
  const bCreditsA = credits(b, a);
  if (aCreditsB !== bCreditsA) return { original: aCreditsB ? 'b' : 'a', basis: 'credit' };
  if (a.date && b.date && a.date !== b.date)
    return { original: a.date < b.date ? 'a' : 'b', basis: 'earlier' };
  return null;
}
