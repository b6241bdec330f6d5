/**
 * Document structure of a page pasted as plain text: every non-blank line becomes one segment.
 *
 * First each line is judged alone (line-rules.ts). Then, in order, the lines left undecided are
 * judged by where they stand:
 *  1. title: a headline-length line above the first paragraph that the page prints again word for
 *     word (every copy is the title); else the first substantial line — not boilerplate, dateline,
 *     byline, caption or a label of one or two words — with three to 35 words that does not end like
 *     prose and is not the only line left; a related-looking line there (`headline | outlet`) is the
 *     title, naming the outlet;
 *  2. lists: after a read-also label, the following headline-like lines are related, up to the
 *     first line of prose;
 *  3. prose (a line ending a sentence or clause, longer than 12 words, or leaving a quotation open)
 *     is body;
 *  4. a short line between body lines is a heading; in the head (before the first body line) a
 *     short line of three words or more is a heading (a subtitle), shorter ones are boilerplate
 *     (section names, site names); in the tail (after the last body line) a line of four words or
 *     more is another article's headline (related), shorter ones are boilerplate.
 */
import type { Segment } from '../contract/analysis.js';
import { judgeLine, type LineVerdict } from './line-rules.js';
import { endsLikeProse, type Line, splitLines } from './lines.js';
import type { SegmentVocabulary } from './vocabulary.js';

const MAX_HEADING_WORDS = 12;
const MAX_TITLE_WORDS = 35;
// A repeated line of fewer words is more often a name (a caption, a staff list) than a headline.
const MIN_REPEATED_TITLE_WORDS = 5;

export function classifyLines(text: string, vocab: SegmentVocabulary): Segment[] {
  const lines = splitLines(text);
  const verdicts: (LineVerdict | null)[] = lines.map((line) => judgeLine(line, vocab));
  markTitle(lines, verdicts);
  markLists(lines, verdicts, vocab);
  const isProse = (i: number) => verdicts[i] === null && isProseLine(lines[i]);
  const firstBody = lines.findIndex((_, i) => isProse(i));
  const lastBody = findLastIndex(lines, (_, i) => isProse(i));
  return lines.map((line, i) => {
    const verdict = verdicts[i] ?? positional(line, i, firstBody, lastBody);
    return toSegment(line, verdict);
  });
}

function isProseLine(line: Line | undefined): boolean {
  return (
    line !== undefined && (endsLikeProse(line) || line.words.length > MAX_HEADING_WORDS || opensQuote(line))
  );
}

/** A quotation left open (`قال: «لن نتراجع` with its closing mark lost) is a paragraph, not a heading. */
function opensQuote(line: Line): boolean {
  const count = (pattern: RegExp) => line.text.match(pattern)?.length ?? 0;
  return count(/«/gu) > count(/»/gu) || count(/“/gu) > count(/”/gu) || count(/"/gu) % 2 === 1;
}

function markTitle(lines: readonly Line[], verdicts: (LineVerdict | null)[]): void {
  const repeated = repeatedHeadline(lines, verdicts);
  if (repeated !== null) {
    // Pages often print their headline twice or more (page title, then the article's heading):
    // every copy is the title, and a slogan or section line above it is not.
    for (const [i, line] of lines.entries())
      if (line.folded === lines[repeated]?.folded && verdicts[i] === null) verdicts[i] = { kind: 'title' };
    return;
  }
  // A line of one or two words before the title is a section label (عاجل, أخبار محلية), not the
  // title; a short line printed twice is a name in a staff list or a caption.
  const index = verdicts.findIndex(
    (v, i) =>
      (v === null && (lines[i]?.words.length ?? 0) >= 3 && !isRepeatedShortLine(lines, i)) ||
      v?.kind === 'related' ||
      v?.kind === 'body' ||
      v?.kind === 'heading',
  );
  const line = lines[index];
  const verdict = verdicts[index];
  if (!line || (verdict && verdict.kind !== 'related')) return;
  if (!isTitleLength(line)) return;
  const more = verdicts.slice(index + 1).some((v) => v === null);
  if (!more) return;
  verdicts[index] = verdict?.outlet ? { kind: 'title', outlet: verdict.outlet } : { kind: 'title' };
}

function isRepeatedShortLine(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  if (!line || line.words.length >= MIN_REPEATED_TITLE_WORDS) return false;
  return lines.some((other, j) => j !== i && other.folded === line.folded);
}

function isTitleLength(line: Line): boolean {
  return line.words.length >= 3 && line.words.length <= MAX_TITLE_WORDS && !endsLikeProse(line);
}

/**
 * The first headline-length line above the first paragraph, when it occurs again word for word on
 * the page; shorter lines before it (a slogan, the site's name) are passed over.
 */
function repeatedHeadline(lines: readonly Line[], verdicts: readonly (LineVerdict | null)[]): number | null {
  const firstProse = lines.findIndex((line, i) => verdicts[i] === null && endsLikeProse(line));
  const head = firstProse < 0 ? lines.length : firstProse;
  for (let i = 0; i < head; i++) {
    const line = lines[i];
    if (!line || verdicts[i] !== null || !isTitleLength(line) || line.words.length < MIN_REPEATED_TITLE_WORDS)
      continue;
    if (lines.some((other, j) => j !== i && other.folded === line.folded)) return i;
    // A headline printed once comes first: a repeated line below it is a summary, not the title.
    return null;
  }
  return null;
}

function markLists(lines: readonly Line[], verdicts: (LineVerdict | null)[], vocab: SegmentVocabulary): void {
  let inList = false;
  for (const [i, line] of lines.entries()) {
    const verdict = verdicts[i];
    if (verdict?.listLabel) {
      inList = true;
    } else if (inList && (verdict === null || verdict?.kind === 'related')) {
      const headline = !endsLikeProse(line) && line.words.length <= vocab.maxHeadlineWords;
      if (!headline) inList = false;
      else if (verdict === null) verdicts[i] = { kind: 'related' };
    } else if (verdict !== null && verdict !== undefined && verdict.kind !== 'boilerplate') {
      inList = false;
    }
  }
}

function positional(line: Line, index: number, firstBody: number, lastBody: number): LineVerdict {
  if (isProseLine(line)) return { kind: 'body' };
  if (firstBody < 0 || index < firstBody) return { kind: line.words.length >= 3 ? 'heading' : 'boilerplate' };
  if (index > lastBody) return { kind: line.words.length >= 4 ? 'related' : 'boilerplate' };
  return { kind: 'heading' };
}

function toSegment(line: Line, verdict: LineVerdict): Segment {
  const segment: Segment = { kind: verdict.kind, start: line.start, end: line.end };
  return verdict.outlet ? { ...segment, outlet: verdict.outlet } : segment;
}

function findLastIndex<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T, i)) return i;
  return -1;
}
