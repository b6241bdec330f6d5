/**
 * Document structure of a page pasted as plain text: every non-blank line becomes one segment.
 *
 * First each line is judged alone (line-rules.ts). Then, in order, the lines left undecided are
 * judged by where they stand:
 *  0. a list under a read-also label in the page's head (`الأكثر قراءة`) ends at the article's own
 *     headline, the line right above its byline, date line or first paragraph;
 *  1. title: a headline-length line above the first paragraph that the page prints again word for
 *     word (every copy is the title); else the first substantial line — not boilerplate, dateline,
 *     byline, caption, a label of one or two words, a place alone or a link of a menu pasted one
 *     link a line — with three to 35 words (or up to eight ending in a single full stop; failing
 *     that a two-word line right above the byline or the article) that does not end like
 *     prose and is not the only line left; a related-looking line there (`headline | outlet`) is the
 *     title, naming the outlet; but when a site date line (or byline) follows that line, a
 *     headline-length line after it right above the article's byline or dateline is the title (the
 *     first line was the site's slogan); a title run together with a section label the page also
 *     prints alone (`اقتصاد …` near `اقتصاد`) starts after the label; a ticker `عاجل | …` above
 *     another headline, and a short kicker opening with a circumstance (`بعد …`، `في ظل …`) right
 *     above a longer headline, are passed over; a line ending in one full stop right above a byline
 *     or date line is the headline; then a date line above the headline, with no byline before it
 *     and no word of publication, is the site's header (boilerplate), and a writer's name of two to
 *     four words right above a date line (or a given name above the article or a role line) is a
 *     byline;
 *  2. lists: after a read-also label, the following headline-like lines are related, up to the
 *     first line of prose;
 *  3. prose (a line ending a sentence or clause, longer than 12 words, or leaving a quotation open)
 *     is body;
 *  4. a short line between body lines is a heading; in the head (before the first body line) a
 *     short line of three words or more is a heading (a subtitle), shorter ones are boilerplate
 *     (section names, site names); in the tail (after the last body line) a line of four words or
 *     more is another article's headline (related), shorter ones are boilerplate;
 *  5. but the text's last line, right after a paragraph, cut off with no mark at its end and reading
 *     as prose, is the rest of that paragraph (body): stored pages are often cut mid-sentence;
 *  6. the credit the first paragraph opens with (`الثقة نيوز - …`) is a byline segment of its own.
 */
import type { Segment } from '../contract/analysis.js';
import { isPlace, judgeLine, type LineVerdict, leadInCredit } from './line-rules.js';
import { afterPhrase, coveredBy, endsLikeProse, type Line, splitLines } from './lines.js';
import { fold, type SegmentVocabulary } from './vocabulary.js';

const MAX_HEADING_WORDS = 12;
const MAX_TITLE_WORDS = 35;
// A repeated line of fewer words is more often a name (a caption, a staff list) than a headline.
const MIN_REPEATED_TITLE_WORDS = 5;

export function classifyLines(text: string, vocab: SegmentVocabulary): Segment[] {
  const lines = splitLines(text);
  const verdicts: (LineVerdict | null)[] = lines.map((line) => judgeLine(line, vocab));
  markLists(lines, verdicts, vocab);
  markTitle(lines, verdicts, vocab);
  skipTitleLabels(lines, verdicts);
  markSiteDate(lines, verdicts, vocab);
  markWriterLines(lines, verdicts, vocab);
  const isProse = (i: number) => verdicts[i] === null && isProseLine(lines[i]);
  const firstBody = lines.findIndex((_, i) => isProse(i));
  const lastBody = findLastIndex(lines, (_, i) => isProse(i));
  const segments = lines.map((line, i) => {
    const cut = i === lines.length - 1 && i === lastBody + 1 && isCutParagraph(text, line);
    const verdict =
      verdicts[i] ?? (cut ? { kind: 'body' as const } : positional(line, i, firstBody, lastBody));
    return toSegment(line, verdict);
  });
  return splitLeadInCredit(text, segments, vocab);
}

/**
 * Rule 6: `الثقة نيوز - ذكر التلفزيون …`: the credit the first paragraph opens with is a byline of its
 * own, naming the outlet, and the paragraph starts after it.
 */
function splitLeadInCredit(text: string, segments: Segment[], vocab: SegmentVocabulary): Segment[] {
  // The first paragraph: a short line ending in a stop (`فيديو وصور..`) above it is passed over.
  let at = -1;
  let credit: ReturnType<typeof leadInCredit> = null;
  for (let i = 0; i < segments.length && credit === null; i++) {
    const segment = segments[i] as Segment;
    if (segment.kind !== 'body') continue;
    const paragraph = text.slice(segment.start, segment.end);
    credit = leadInCredit(paragraph, vocab);
    at = i;
    if ((paragraph.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > MAX_HEADING_WORDS) break;
  }
  const body = segments[at];
  if (!body || !credit) return segments;
  const creditEnd = body.start + text.slice(body.start, body.start + credit.length).trimEnd().length;
  const rest = body.start + credit.length;
  if (text.slice(rest, body.end).trim() === '') return segments;
  const byline: Segment = { kind: 'byline', start: body.start, end: creditEnd, outlet: credit.outlet };
  return [...segments.slice(0, at), byline, { ...body, start: rest }, ...segments.slice(at + 1)];
}

/**
 * Rule 5: a stored page is often cut mid-sentence, so its last line, right after a paragraph and with
 * nothing after it, is the rest of a paragraph when it does not end as a headline would (no mark
 * at all) and reads as prose: it opens with a conjunction (`وكانت`، `كما`) or a list bullet, has a
 * comma inside, or ends in a word cut to one letter.
 */
function isCutParagraph(text: string, line: Line): boolean {
  if (text.slice(line.end).trim() !== '' || /[\p{P}\p{S}]$/u.test(line.text)) return false;
  const body = line.text.replace(/^[\s•·*-]+/u, '');
  // `… في منطقة ت`: a word cut to its first letter.
  const cutWord = /(^|\s)\p{L}$/u.test(body);
  return /^(و|ف|كما\s|ثم\s)/u.test(body) || /[،,]/u.test(body) || line.text !== body || cutWord;
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

function markTitle(lines: readonly Line[], verdicts: (LineVerdict | null)[], vocab: SegmentVocabulary): void {
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
  const menu = menuRun(lines, verdicts);
  const first = verdicts.findIndex(
    (v, i) =>
      (v === null &&
        (lines[i]?.words.length ?? 0) >= 3 &&
        !isRepeatedShortLine(lines, i) &&
        !menu.has(i) &&
        !isPlace(lines[i]?.text ?? '', vocab)) ||
      (v?.kind === 'related' && !v.listed) ||
      v?.kind === 'body' ||
      v?.kind === 'heading',
  );
  const index = passOverTickerOrKicker(lines, verdicts, first, vocab);
  const line = lines[index];
  const verdict = verdicts[index];
  if (!line || (verdict && verdict.kind !== 'related')) return;
  const stoppedAboveMeta = isStoppedHeadline(line, vocab, MAX_TITLE_WORDS) && isMeta(verdicts[index + 1]);
  if (stoppedAboveMeta) {
    verdicts[index] = { kind: 'title' };
    return;
  }
  if (!(isTitleLength(line) || isStoppedHeadline(line, vocab)) || readsAsLead(line, vocab)) {
    const short = twoWordHeadline(lines, verdicts, index, vocab);
    if (short !== null) verdicts[short] = { kind: 'title' };
    return;
  }
  const more = verdicts.slice(index + 1).some((v) => v === null);
  if (!more) return;
  const below = headlineAboveByline(lines, verdicts, index);
  if (below !== null) {
    verdicts[below] = { kind: 'title' };
    return;
  }
  const copy = copyWithoutTail(lines, index, vocab);
  if (copy !== null) {
    verdicts[index] = { kind: 'title', outlet: copy.tail };
    verdicts[copy.at] ??= { kind: 'title' };
    return;
  }
  verdicts[index] = verdict?.outlet ? { kind: 'title', outlet: verdict.outlet } : { kind: 'title' };
}

/**
 * `عاجل | …` above the article's headline is the site's breaking-news ticker (boilerplate): the next
 * headline-length line before the article is the title (a page whose only headline opens with
 * `عاجل:` keeps it). `بعد قرار المركزي الأخير` (a few words opening with a circumstance) right
 * above a longer headline is its kicker: the headline below is the title.
 */
function passOverTickerOrKicker(
  lines: readonly Line[],
  verdicts: (LineVerdict | null)[],
  index: number,
  vocab: SegmentVocabulary,
): number {
  const line = lines[index];
  const verdict = verdicts[index];
  // `عاجل | …` reads as a related line with a label and no outlet.
  if (!line || (verdict !== null && !(verdict?.kind === 'related' && !verdict.outlet))) return index;
  const isHeadline = (i: number) => {
    const other = lines[i];
    return !!other && verdicts[i] === null && isTitleLength(other) && !isProseLine(other);
  };
  const ticker = vocab.breakingLabels.some((label) => {
    const rest = afterPhrase(line.folded, label);
    return rest !== null && /^[|:：\-–—]/u.test(rest);
  });
  if (ticker) {
    for (let i = index + 1; i < lines.length && !(verdicts[i] === null && isProseLine(lines[i])); i++) {
      if (!isHeadline(i)) continue;
      verdicts[index] = { kind: 'boilerplate' };
      return i;
    }
    return index;
  }
  const kicker =
    verdict === null &&
    line.words.length <= vocab.maxKickerWords &&
    !/[|:：\-–—]/u.test(line.text) &&
    vocab.kickerOpeners.some((opener) => afterPhrase(line.folded, opener));
  const next = lines[index + 1];
  if (kicker && next && isHeadline(index + 1) && next.words.length > line.words.length) return index + 1;
  return index;
}

/**
 * `الأحد 9 يونيو 2024` in the page's header, above the headline, with no byline before it and no word
 * of publication (`نشر`، `آخر تحديث`): the site's date of the day, part of its header
 * (boilerplate), not the article's date line.
 */
function markSiteDate(
  lines: readonly Line[],
  verdicts: (LineVerdict | null)[],
  vocab: SegmentVocabulary,
): void {
  const title = verdicts.findIndex((v) => v?.kind === 'title');
  for (let i = 0; i < title; i++) {
    const v = verdicts[i];
    if (v?.kind === 'byline') return;
    if (v?.kind !== 'dateline') continue;
    const folded = lines[i]?.folded ?? '';
    if (vocab.publicationCues.some((cue) => folded.includes(cue))) return;
    verdicts[i] = { kind: 'boilerplate' };
  }
}

/**
 * `سامر الحداد` between the title and the article: a line of two to four words, no digits and no
 * separator, right above a date line or byline, or opening with a given name right above the
 * first paragraph, is the writer's byline.
 */
function markWriterLines(
  lines: readonly Line[],
  verdicts: (LineVerdict | null)[],
  vocab: SegmentVocabulary,
): void {
  const title = verdicts.findIndex((v) => v?.kind === 'title');
  if (title < 0) return;
  for (let i = title + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (verdicts[i] !== null) continue;
    if (isProseLine(line)) return;
    if (
      line.words.length < 2 ||
      line.words.length > MAX_WRITER_WORDS ||
      /[\p{N}|:：\-–—/«»"()]/u.test(line.text)
    )
      continue;
    const next = lines[i + 1];
    const nextIsMeta = isMeta(verdicts[i + 1]);
    const nextIsArticle = !!next && verdicts[i + 1] === null && isProseLine(next);
    // A caption's label (`صورة أرشيفية`), a section, a place or an outlet is no writer.
    if (
      vocab.captionPrefixes.some((prefix) => afterPhrase(line.folded, prefix) !== null) ||
      coveredBy(line.folded, vocab.menuWords) ||
      isPlace(line.text, vocab) ||
      vocab.outletNames.has(line.folded)
    )
      continue;
    const named = vocab.firstNames.has(line.words[0] ?? '');
    // `أحمد بن علي` above `صحفي متخصص في …`: the writer, then their role.
    const role = !!next && verdicts[i + 1] === null && isRoleLine(next, vocab);
    if (nextIsMeta || (named && (nextIsArticle || role))) verdicts[i] = { kind: 'byline' };
    if (named && role) verdicts[i + 1] = { kind: 'byline' };
  }
}

const MAX_WRITER_WORDS = 4;

/** `صحفي متخصص في الشؤون المحلية`: a short line opening with a writer's role noun. */
function isRoleLine(line: Line, vocab: SegmentVocabulary): boolean {
  return (
    line.words.length <= MAX_ROLE_WORDS && !isProseLine(line) && vocab.writerRoles.has(line.words[0] ?? '')
  );
}

const MAX_ROLE_WORDS = 8;

/**
 * `headline - بوابة الوادي الإخبارية اليومية` above a line `headline`: the page's own title, then
 * the article's heading without the site's name. What follows the separator is the outlet, however
 * long its name (up to eight words), unless it says what kind of item it is (`لحظة بلحظة`).
 */
function copyWithoutTail(
  lines: readonly Line[],
  index: number,
  vocab: SegmentVocabulary,
): { at: number; tail: string } | null {
  const line = lines[index] as Line;
  const separators = [...line.text.matchAll(/\s+[|–—-]\s+/gu)];
  const last = separators.at(-1);
  if (!last || last.index === undefined) return null;
  const head = fold(line.text.slice(0, last.index));
  const tail = line.text.slice(last.index + last[0].length).trim();
  const tailWords = tail.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (tailWords === 0 || tailWords > MAX_TAIL_OUTLET_WORDS || head.split(' ').length < 3) return null;
  // `… - لحظة بلحظة`: a tail saying what kind of item it is names no outlet.
  if (vocab.formatTags.has(fold(tail))) return null;
  const at = lines.findIndex((other, j) => j !== index && other.folded === head);
  return at < 0 ? null : { at, tail };
}

const MAX_TAIL_OUTLET_WORDS = 8;

/**
 * `الجزائر أزيد من 260 ألف ناجح …` above a line `الجزائر`: a page title run together with its section
 * or place label, which the page also prints alone next to it. The title starts after the label.
 */
function skipTitleLabels(lines: readonly Line[], verdicts: (LineVerdict | null)[]): void {
  for (const [i, line] of lines.entries()) {
    const verdict = verdicts[i];
    if (verdict?.kind !== 'title') continue;
    for (let j = Math.max(0, i - LABEL_REACH); j <= Math.min(lines.length - 1, i + LABEL_REACH); j++) {
      const label = lines[j] as Line;
      if (j === i || label.words.length > MAX_LABEL_WORDS || !line.text.startsWith(label.text)) continue;
      if (verdicts[j] !== null && verdicts[j]?.kind !== 'boilerplate') continue;
      const gap = /^\s+/u.exec(line.text.slice(label.text.length))?.[0].length ?? 0;
      const rest = line.words.length - label.words.length;
      if (gap === 0 || rest < 3) continue;
      verdicts[i] = { ...verdict, skip: label.text.length + gap };
      break;
    }
  }
}

/** A section label is at most three words, printed alone within three lines of the title. */
const MAX_LABEL_WORDS = 3;
const LABEL_REACH = 3;

const isMeta = (v: LineVerdict | null | undefined) => v?.kind === 'byline' || v?.kind === 'dateline';

/**
 * `صوت الحقيقة منذ 1995` / `الأحد 12 مارس` / headline / `نشر في …`: the site's header ends with the
 * site's date line; a headline-length line after such a line and right above the article's own
 * byline or dateline is the title, and the line before the site's date is a slogan. (A subtitle
 * between the title and the byline has no date line above it: the first line stays the title.)
 */
function headlineAboveByline(
  lines: readonly Line[],
  verdicts: readonly (LineVerdict | null)[],
  candidate: number,
): number | null {
  let sawMeta = false;
  for (let i = candidate + 1; i < lines.length - 1; i++) {
    const line = lines[i] as Line;
    if (isMeta(verdicts[i])) {
      sawMeta = true;
      continue;
    }
    if (verdicts[i] !== null) continue;
    if (isProseLine(line)) return null;
    if (
      sawMeta &&
      isTitleLength(line) &&
      line.words.length >= MIN_REPEATED_TITLE_WORDS &&
      isMeta(verdicts[i + 1])
    )
      return i;
  }
  return null;
}

/**
 * `قالت الوزارة، اليوم الأحد، إن …` cut before its full stop: a long line with the `إن` of reported
 * speech or a date set off by a comma is the lead paragraph, not a headline.
 */
function readsAsLead(line: Line, vocab: SegmentVocabulary): boolean {
  if (line.words.length <= MAX_HEADING_WORDS) return false;
  if ((line.text.match(/[\p{L}\p{M}]+/gu) ?? []).some((word) => vocab.leadWords.has(word))) return true;
  const asides = line.text.split(/[،,]/u).slice(1);
  return asides.some((part) => vocab.leadAsides.has(fold(part).split(' ')[0] ?? ''));
}

/**
 * The site's menu pasted as one link a line: three or more lines in a row of at most three words
 * each, none a sentence or a date, above the headline. The last of them stays a candidate when a
 * byline, a date line or the article follows it (it may be a short headline).
 */
function menuRun(lines: readonly Line[], verdicts: readonly (LineVerdict | null)[]): Set<number> {
  const menu = new Set<number>();
  const isLink = (i: number) => {
    const line = lines[i];
    const v = verdicts[i];
    return (
      !!line &&
      line.words.length <= MAX_MENU_ITEM_WORDS &&
      !endsLikeProse(line) &&
      (v === null || v?.kind === 'boilerplate')
    );
  };
  for (let i = 0; i < lines.length; ) {
    let end = i;
    while (isLink(end)) end++;
    if (end - i >= MIN_MENU_ITEMS) {
      const next = lines[end];
      const last = next && (isMeta(verdicts[end]) || isProseLine(next)) ? end - 1 : end;
      for (let j = i; j < last; j++) menu.add(j);
    }
    i = Math.max(end, i + 1);
  }
  return menu;
}

const MAX_MENU_ITEM_WORDS = 3;
const MIN_MENU_ITEMS = 3;

/**
 * `الحكومة تستقيل.`: some outlets end even a headline with a full stop. A line of at most eight words
 * with that one stop and no other mark of a sentence (no comma, no `إن`) reads as a headline, not
 * as a paragraph, which is longer. Right above a byline or a date line, a longer line so stopped
 * (up to the title's length) is the headline too: a paragraph does not stand there.
 */
function isStoppedHeadline(
  line: Line,
  vocab: SegmentVocabulary,
  maxWords = MAX_STOPPED_HEADLINE_WORDS,
): boolean {
  if (line.final !== '.' || line.words.length < 2 || line.words.length > maxWords) return false;
  const inner = line.text.replace(/[.\s"'»”)]+$/u, '');
  if (/[.،,;:؛…]/u.test(inner)) return false;
  return !line.words.some((word) => vocab.leadWords.has(word));
}

const MAX_STOPPED_HEADLINE_WORDS = 8;

/**
 * `استقالة الحكومة` above the byline or the first paragraph: when no longer line is the title, a
 * two-word line with only bylines, date lines, share lines and captions between it and the article
 * is the headline, unless it is a section name, a place, a person's or an outlet's name, or a line
 * the page prints twice.
 */
function twoWordHeadline(
  lines: readonly Line[],
  verdicts: readonly (LineVerdict | null)[],
  firstCandidate: number,
  vocab: SegmentVocabulary,
): number | null {
  let i = firstCandidate - 1;
  while (i >= 0 && PASSED_OVER.has(verdicts[i]?.kind ?? 'none')) i--;
  return isTwoWordHeadline(lines, verdicts, i, vocab) ? i : null;
}

/** Lines that may stand between a headline and its article: bylines, date lines, share buttons, captions. */
const PASSED_OVER = new Set(['byline', 'dateline', 'boilerplate', 'caption']);

function isTwoWordHeadline(
  lines: readonly Line[],
  verdicts: readonly (LineVerdict | null)[],
  i: number,
  vocab: SegmentVocabulary,
): boolean {
  const line = lines[i];
  if (!line || verdicts[i] !== null || line.words.length !== 2) return false;
  if (endsLikeProse(line) && !isStoppedHeadline(line, vocab)) return false;
  if (isRepeatedShortLine(lines, i) || isPlace(line.text, vocab)) return false;
  // `سامر الحداد`، `الشرق الأوسط`: the article's author or the outlet signing above the article.
  if (vocab.firstNames.has(line.words[0] ?? '') || vocab.outletNames.has(line.folded)) return false;
  return !coveredBy(line.folded, vocab.menuWords);
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

/**
 * After a read-also label, the headline lines are other articles' (related), up to a line of prose.
 * A list above the article (`الأكثر قراءة` in the page's head) ends at the article's own headline:
 * the line right above its byline, date line or first paragraph.
 */
function markLists(lines: readonly Line[], verdicts: (LineVerdict | null)[], vocab: SegmentVocabulary): void {
  const firstProse = lines.findIndex((line, i) => verdicts[i] === null && isProseLine(line));
  let inList = false;
  for (const [i, line] of lines.entries()) {
    const verdict = verdicts[i];
    if (verdict?.listLabel) {
      inList = true;
    } else if (inList && (verdict === null || verdict?.kind === 'related')) {
      // `… في المدارس...`: a headline cut with an ellipsis is still a headline.
      const cut = /(?:\.\.\.|…)$/u.test(line.text);
      const headline = (!endsLikeProse(line) || cut) && line.words.length <= vocab.maxHeadlineWords;
      const next = lines[i + 1];
      const aboveArticle =
        i < firstProse &&
        (isMeta(verdicts[i + 1]) || (!!next && verdicts[i + 1] === null && isProseLine(next)));
      if (!headline || aboveArticle) inList = false;
      else if (verdict === null) verdicts[i] = { kind: 'related', listed: true };
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
  const segment: Segment = { kind: verdict.kind, start: line.start + (verdict.skip ?? 0), end: line.end };
  return verdict.outlet ? { ...segment, outlet: verdict.outlet } : segment;
}

function findLastIndex<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T, i)) return i;
  return -1;
}
