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
  markMastheadNames(lines, verdicts, vocab);
  markSlogans(lines, verdicts);
  markLists(lines, verdicts, vocab);
  markTitle(lines, verdicts, vocab);
  skipTitleLabels(lines, verdicts);
  markTickers(lines, verdicts, vocab);
  markSiteDate(lines, verdicts, vocab);
  markWriterLines(lines, verdicts, vocab);
  markCueAboveWriter(lines, verdicts, vocab);
  keepSiteNamesInChrome(lines, verdicts, vocab);
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
  // The headline printed again without the site's name is the strongest evidence: it goes first.
  const copy = copyWithoutSiteName(lines, index, vocab);
  if (copy !== null) {
    verdicts[index] = { kind: 'title', outlet: copy.name };
    verdicts[copy.at] ??= { kind: 'title' };
    return;
  }
  const below = headlineAboveByline(lines, verdicts, index);
  if (below !== null) {
    verdicts[below] = { kind: 'title' };
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
  // A headline longer than a heading (13 words or more) still is one right above a byline or date line.
  const isHeadline = (i: number) => {
    const other = lines[i];
    if (!other || verdicts[i] !== null || !isTitleLength(other)) return false;
    return !isProseLine(other) || (isMeta(verdicts[i + 1]) && !opensQuote(other));
  };
  // A label of one or two words (`خاص:`) between the ticker and the headline is no paragraph.
  const isParagraph = (i: number) =>
    verdicts[i] === null && isProseLine(lines[i]) && !isHeadline(i) && (lines[i]?.words.length ?? 0) > 2;
  if (isTicker(line, vocab)) {
    for (let i = index + 1; i < lines.length && !isParagraph(i); i++) {
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
  // `امتحانات الثانوية العامة`, a headline twice as long, a summary longer still, then the byline:
  // the first line is the topic the page files the story under (a kicker), the second the headline.
  const summary = lines[index + 2];
  const topic =
    verdict === null &&
    line.words.length <= MAX_TOPIC_WORDS &&
    !/[|:：\-–—]/u.test(line.text) &&
    !endsLikeProse(line) &&
    !!next &&
    isHeadline(index + 1) &&
    next.words.length >= 2 * line.words.length &&
    !!summary &&
    verdicts[index + 2] === null &&
    summary.words.length > next.words.length &&
    isMeta(verdicts[index + 3]);
  return topic ? index + 1 : index;
}

const MAX_TOPIC_WORDS = 4;

/** `عاجل | …`، `خبر عاجل: …`: a breaking-news label and a separator open the line. */
function isTicker(line: Line, vocab: SegmentVocabulary): boolean {
  return vocab.breakingLabels.some((label) => {
    const rest = afterPhrase(line.folded, label);
    return rest !== null && /^[|:：\-–—]/u.test(rest);
  });
}

/** The index of the headline's last copy above the article's first line of prose, or -1. */
function lastTitleAboveProse(lines: readonly Line[], verdicts: readonly (LineVerdict | null)[]): number {
  const firstProse = lines.findIndex((line, i) => verdicts[i] === null && isProseLine(line));
  const head = firstProse < 0 ? lines.length : firstProse;
  return findLastIndex(verdicts.slice(0, head), (v) => v?.kind === 'title');
}

/**
 * A ticker line above the headline's last copy in the page's head (`headline - site`, `عاجل: …`,
 * `headline`) is the site's, whichever way the title was found.
 */
function markTickers(
  lines: readonly Line[],
  verdicts: (LineVerdict | null)[],
  vocab: SegmentVocabulary,
): void {
  const title = lastTitleAboveProse(lines, verdicts);
  for (let i = 0; i < title; i++) {
    const v = verdicts[i];
    const open = v === null || (v?.kind === 'related' && !v.outlet);
    if (open && isTicker(lines[i] as Line, vocab)) verdicts[i] = { kind: 'boilerplate' };
  }
}

/**
 * `الأحد 9 يونيو 2024` in the page's header, above the headline (its last copy above the article), with no byline before it and no word
 * of publication (`نشر`، `آخر تحديث`): the site's date of the day, part of its header
 * (boilerplate), not the article's date line.
 */
function markSiteDate(
  lines: readonly Line[],
  verdicts: (LineVerdict | null)[],
  vocab: SegmentVocabulary,
): void {
  // The headline's last copy above the article: a page title, then the site's header, then the
  // headline again (`الاثنين، 14 تشرين الأول 2024` between them is the site's date too).
  const title = lastTitleAboveProse(lines, verdicts);
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

/** A line of at most four words without its closing colon (`رئيس التحرير:` → `رئيس التحرير`), or null. */
function labelOf(line: Line): string | null {
  return line.words.length > MAX_LABEL_LINE_WORDS ? null : line.folded.replace(/\s*[:：]$/u, '');
}

const MAX_LABEL_LINE_WORDS = 4;

/** A short line with no digits nor separators that could be a person's name. */
function isNameLike(line: Line | undefined): boolean {
  return (
    !!line &&
    line.words.length >= 2 &&
    line.words.length <= MAX_WRITER_WORDS &&
    !isProseLine(line) &&
    !/[\p{N}|:：\-–—/«»"()]/u.test(line.text)
  );
}

/**
 * `رئيس التحرير` then `طه جبريل`: the line under a masthead title alone on its line is a staff
 * member's name, part of the site's chrome (boilerplate), never the article's byline.
 */
function markMastheadNames(
  lines: readonly Line[],
  verdicts: (LineVerdict | null)[],
  vocab: SegmentVocabulary,
): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const title = labelOf(lines[i] as Line);
    if (
      title === null ||
      !vocab.mastheadTitles.has(title) ||
      verdicts[i + 1] !== null ||
      !isNameLike(lines[i + 1])
    )
      continue;
    verdicts[i] ??= { kind: 'boilerplate' };
    verdicts[i + 1] = { kind: 'boilerplate' };
  }
}

/**
 * `حرية سقفها السماء` next to `وكالة سرايا الإخبارية`: a short line right above or below the site's
 * name, with more of the site's chrome (a search box, a menu) after the pair, is the site's slogan,
 * not a headline. (A headline with the outlet signing under it has the article after the pair.)
 */
function markSlogans(lines: readonly Line[], verdicts: (LineVerdict | null)[]): void {
  const isSiteName = (i: number) => verdicts[i]?.kind === 'boilerplate' && !!verdicts[i]?.outlet;
  const isChrome = (i: number) => verdicts[i]?.kind === 'boilerplate';
  for (const [i, line] of lines.entries()) {
    if (verdicts[i] !== null || line.words.length < 2 || line.words.length > MAX_SLOGAN_WORDS) continue;
    if (isProseLine(line)) continue;
    const aboveName = isSiteName(i + 1) && isChrome(i + 2);
    const belowName = isSiteName(i - 1) && isChrome(i + 1);
    if (aboveName || belowName) verdicts[i] = { kind: 'boilerplate' };
  }
}

const MAX_SLOGAN_WORDS = 5;

/**
 * `بقلم` alone on its line, then `ليلى بنعلي`: a byline's cue (with or without its colon) right
 * above the writer's line is part of the byline, and so is a name of two to four words below it
 * (opening with a given name, or with a date line or byline under it).
 */
function markCueAboveWriter(
  lines: readonly Line[],
  verdicts: (LineVerdict | null)[],
  vocab: SegmentVocabulary,
): void {
  const cues = new Set([...vocab.authorCues, ...vocab.outletCues]);
  for (let i = 0; i + 1 < lines.length; i++) {
    const v = verdicts[i];
    if (v !== null && !(v?.kind === 'boilerplate' && !v.outlet)) continue;
    const cue = labelOf(lines[i] as Line);
    if (cue === null || !cues.has(cue)) continue;
    // The line under it is a name: a given name first, or a date line or byline right after it
    // (`تقرير` above a short headline is a label, not a byline's cue).
    const next = lines[i + 1] as Line;
    const name =
      verdicts[i + 1] === null &&
      isNameLike(next) &&
      (vocab.firstNames.has(next.words[0] ?? '') || isMeta(verdicts[i + 2]));
    if (verdicts[i + 1]?.kind !== 'byline' && !name) continue;
    verdicts[i] = { kind: 'byline' };
    verdicts[i + 1] = { kind: 'byline' };
  }
}

/**
 * An outlet's name that is also an everyday word or a place (`المملكة`، `الرياضية`، `الشرقية`،
 * `الرياض`) alone on its line is the site's name only where the site's chrome is: above the
 * headline (its last copy above the article, or the first paragraph when there is no headline)
 * or after the article. Between them it is a sub-heading of the article or a dateline's place,
 * and names no outlet. A name of two words or more that is no place keeps its reading anywhere.
 */
function keepSiteNamesInChrome(
  lines: readonly Line[],
  verdicts: (LineVerdict | null)[],
  vocab: SegmentVocabulary,
): void {
  const isProse = (i: number) => verdicts[i] === null && isProseLine(lines[i]);
  const firstProse = lines.findIndex((_, i) => isProse(i));
  if (firstProse < 0) return;
  const lastProse = findLastIndex(lines, (_, i) => isProse(i));
  const title = findLastIndex(verdicts.slice(0, firstProse), (v) => v?.kind === 'title');
  const headEnd = title >= 0 ? title : firstProse;
  for (const [i, line] of lines.entries()) {
    if (!verdicts[i]?.siteName || i < headEnd || i > lastProse) continue;
    if (line.words.length === 1 || isPlace(line.text, vocab)) verdicts[i] = null;
  }
}

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
 * long its name (up to eight words), unless it says what kind of item it is (`لحظة بلحظة`). The
 * site's name may stand first too (`صدى الجنوب | headline`), up to four words before the first
 * separator.
 */
function copyWithoutSiteName(
  lines: readonly Line[],
  index: number,
  vocab: SegmentVocabulary,
): { at: number; name: string } | null {
  const line = lines[index] as Line;
  const separators = [...line.text.matchAll(/\s+[|–—-]\s+/gu)];
  const copyOf = (headline: string, name: string, maxNameWords: number) => {
    const head = fold(headline);
    const nameWords = name.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (nameWords === 0 || nameWords > maxNameWords || head.split(' ').length < 3) return null;
    // `… - لحظة بلحظة`: a part saying what kind of item it is names no outlet.
    if (vocab.formatTags.has(fold(name))) return null;
    const at = lines.findIndex((other, j) => j !== index && other.folded === head);
    return at < 0 ? null : { at, name };
  };
  const last = separators.at(-1);
  const first = separators[0];
  if (!last || last.index === undefined || !first || first.index === undefined) return null;
  return (
    copyOf(
      line.text.slice(0, last.index),
      line.text.slice(last.index + last[0].length).trim(),
      MAX_TAIL_OUTLET_WORDS,
    ) ??
    copyOf(
      line.text.slice(first.index + first[0].length),
      line.text.slice(0, first.index).trim(),
      MAX_HEAD_OUTLET_WORDS,
    )
  );
}

const MAX_HEAD_OUTLET_WORDS = 4;
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
