/**
 * When an event happened: the time expression that governs its clause, not any date the sentence
 * happens to hold.
 *
 * Rules, in order (each has a test named after it):
 *  0. a lasting state (relations severed) began at the `منذ` date after it in its sentence
 *     (`العلاقات المقطوعة بينهما منذ 2016`، `بعد انقطاع العلاقات بين البلدين، منذ سنة 2016`);
 *  1. a date in the trigger's clause (between commas, semicolons or sentence ends) before the
 *     trigger governs it (`استقبلت موسكو الخميس`، `منذ 2016 تستضيف`); the nearest one wins;
 *  2. else a date after the trigger in its clause, within a few words, governs it unless it hangs
 *     on a passing phrase: `منذ`/`قبل`/`بعد`/`حتى` before it (`للمرة الأولى منذ 2016`), or a
 *     relative or subordinate word between (`الذي وقع في 2019`، `بعد أن`);
 *  3. else a date fronted at the head of the sentence (`وفي 12 مايو 2019، استقبلت`) governs every
 *     clause of it;
 *     3c. a short relative phrase set off by a comma may stand before it (`وبعد أقل من شهر، في
 *     22 سبتمبر 2021، أغلقت`);
 *     3b. else a clause opened by `حين`/`عندما` right after a clause ending on a date happened then
 *     (`تعود الأزمة إلى صيف 2013، حين انتقدت أنقرة …`);
 *  4. else a date fronted at the head of an earlier sentence of the paragraph carries on (a
 *     narrative paragraph: `وفي 2019، زار … . وبحث الجانبان …`);
 *  5. else a pluperfect (`وكانت روسيا قد صنفت`) recounts background: undated;
 *  6. else the news reported now: the article's publication date (`article`), else the date of
 *     its story (`story`), else none;
 *  7. a report without a publication date reads its relative dates (`الجمعة`، `أمس`) against the
 *     date of its story, as rule 6 would date the event on that day anyway: the weekday it names
 *     is closer to the event than the story's date. Such a date keeps the basis `event` (the
 *     report's own words give it) and says `anchor: 'story'`, so a reader knows what it rests on.
 * `منذ` before the governing date makes its modifier `SINCE`; a date's precision is read from
 * its value (`2019-05-12` day, `2019-05` month, `2019` year, `201X` decade).
 */
import type { Analysis, Span, TimeMention } from '../../contract/analysis.js';
import { resolveMentionAt } from '../../times/re-anchor.js';
import type { DateBasis, DatePrecision } from '../types.js';

export interface EventDate {
  readonly date: string | null;
  readonly basis: DateBasis;
  readonly precision: DatePrecision;
  readonly mod: string | null;
  /** Rule 7: a relative date of the report read against its story's date. */
  readonly anchor?: 'story';
}

export interface DatedEvent {
  /** The event's sentence. */
  readonly start: number;
  readonly end: number;
  readonly trigger?: Span | undefined;
  /** The event is a lasting state (`lasting` in the analysis): rule 0. */
  readonly lasting?: boolean | undefined;
}

const CLAUSE_MARKS = /[،,؛;:]/u;
const SENTENCE_MARKS = /[.!?؟\n]/u;
const AFTER_WORDS = 10;
/** Words that make the date after them a passing mention, not the event's time. */
const PASSING_LEAD = /(?:^|[\s(])(?:[وف]?(?:منذ|قبل|بعد|حتى|عقب|إثر|اثر|مطلع|غداة))\s+(?:\S+\s+)?$/u;
/** Words opening a relative or subordinate phrase between the trigger and a later date. */
const SUBORDINATE =
  /(?:^|\s)[وف]?(?:الذي|التي|الذين|اللذين|اللتين|حين|حينما|عندما|لما|بعدما|بعد أن|منذ أن|قبل أن)(?=\s|$)/u;
/** What may stand before a fronted date at the head of a sentence. */
const FRONT =
  /^[\s«"'(]*(?:[وف]?(?:في|منذ|خلال|مع|بحلول|حتى|وفي|ففي)?)?\s*(?:عام|العام|سنة|يوم|مطلع|أواخر|أوائل|منتصف|بداية|نهاية|شهر)?\s*$/u;
/** Rule 3c: a short relative phrase before a fronted date (`وبعد أقل من شهر،`، `ثم بعد عامين،`). */
const RELATIVE_FRONT =
  /^[\s«"'(]*[وف]?(?:ثم\s+)?(?:بعد|قبل|خلال|عقب|إثر|اثر|بعدها|لاحقا)(?:\s+\S+){0,4}\s*$/u;
/** A clause opened by a word for "when" (`حين`، `عندما`، `يوم`): it happened at the date before it. */
const WHEN_OPENING = /^\s*[وف]?(?:حين|حينما|عندما|يوم|لما)\s/u;
const SINCE = /(?:^|\s)[وف]?منذ\s+(?:عام\s+|العام\s+|سنة\s+)?$/u;
/** A dateline opening the lead (`موسكو (وكالة …) -`): not part of the sentence's grammar. */
const DATELINE = /^[^\n.،]{0,60}?\)\s*[-–—]\s*/u;

/** What dates every event of one document: its dates, the day it was published, its story's. */
export interface DateContext {
  readonly published: string | null;
  readonly storyDate: string | null;
  readonly pastAuxiliaries: readonly string[];
  /** The document's `datedTimes`, when its caller dates many events of it. */
  readonly dates?: readonly DatedTime[];
}

export function eventDate(
  analysis: Pick<Analysis, 'text' | 'times'>,
  event: DatedEvent,
  context: DateContext,
): EventDate {
  const { text } = analysis;
  const dates = context.dates ?? datedTimes(analysis.times, context);
  const trigger = event.trigger ?? { start: event.start, end: event.start };
  const clause = clauseAround(text, event, trigger);
  const inside = dates.filter((t) => t.start >= event.start && t.end <= event.end);
  const before = inside.filter((t) => t.start >= clause.start && t.end <= trigger.start);
  if (event.lasting) {
    const began = inside.find((t) => t.start >= trigger.end && beganAt(text, trigger, t));
    if (began) return { ...fromTime(text, began), mod: null };
  }
  const governing =
    before[before.length - 1] ??
    inside.find((t) => t.start >= trigger.end && t.end <= clause.end && governsFromAfter(text, trigger, t)) ??
    inside.find((t) => t.end <= trigger.start && isFronted(text, event.start, t)) ??
    whenClauseDate(text, inside, clause) ??
    carriedOver(text, dates, event.start);
  if (governing) return fromTime(text, governing);
  const head = text.slice(clause.start, trigger.start);
  if (isPluperfect(head, context.pastAuxiliaries)) return undated();
  if (context.published)
    return {
      date: context.published,
      basis: 'article',
      precision: precisionOf(context.published),
      mod: null,
    };
  if (context.storyDate)
    return { date: context.storyDate, basis: 'story', precision: precisionOf(context.storyDate), mod: null };
  return undated();
}

/**
 * Rule 3b: a clause opened by `حين`/`عندما` right after a clause that ends on a date (`تعود
 * الأزمة إلى صيف 2013، حين انتقدت أنقرة …`) happened at that date.
 */
function whenClauseDate(text: string, inside: readonly DatedTime[], clause: Span): DatedTime | undefined {
  if (!WHEN_OPENING.test(text.slice(clause.start, clause.end))) return undefined;
  return inside.find((t) => t.end <= clause.start && /^[\s،,]*$/u.test(text.slice(t.end, clause.start)));
}

/** `2019-05-12` day, `2019-05` month, `2019` year, `201X` decade, `2019-SU` season. */
export function precisionOf(value: string | null): DatePrecision {
  if (value === null) return 'none';
  if (/^\d{4}-\d{2}-\d{2}/u.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/u.test(value)) return 'month';
  if (/^\d{4}-(SP|SU|FA|WI)$/u.test(value)) return 'season';
  if (/^\d{4}$/u.test(value)) return 'year';
  if (/^\d{3}X$/u.test(value)) return 'decade';
  return 'other';
}

function undated(): EventDate {
  return { date: null, basis: 'none', precision: 'none', mod: null };
}

/** A date mention with its value, and whether rule 7 gave it. */
export type DatedTime = TimeMention & { readonly anchoredToStory?: true };

/**
 * The dates of the text; without a publication date, its relative ones read against the story's
 * (rule 7, which scans each such mention again: a caller dating many events of one document reads
 * them once and passes them in `DateContext.dates`).
 */
export function datedTimes(
  times: readonly TimeMention[],
  context: { published: string | null; storyDate: string | null },
): DatedTime[] {
  const { storyDate } = context;
  const dated: DatedTime[] = [];
  for (const t of times) {
    if (t.kind !== 'date') continue;
    if (t.value !== null) dated.push(t);
    else if (t.anchor === 'unresolved' && context.published === null && storyDate) {
      const value = resolveMentionAt(t.text, storyDate);
      if (value !== null) dated.push({ ...t, value, anchoredToStory: true });
    }
  }
  return dated;
}

function fromTime(text: string, t: DatedTime): EventDate {
  const lead = text.slice(Math.max(0, t.start - 12), t.start);
  const mod = SINCE.test(lead) ? 'SINCE' : t.mod;
  const date = { date: t.value, basis: 'event' as const, precision: precisionOf(t.value), mod };
  return t.anchoredToStory ? { ...date, anchor: 'story' } : date;
}

/** The trigger's clause: from the mark before it to the mark after it, inside the sentence. */
function clauseAround(text: string, sentence: DatedEvent, trigger: Span): Span {
  let start = trigger.start;
  while (start > sentence.start && !CLAUSE_MARKS.test(text[start - 1] as string)) start--;
  let end = trigger.end;
  while (end < sentence.end && !CLAUSE_MARKS.test(text[end] as string)) end++;
  return { start, end };
}

/** Rule 5: `كان` (with at most three words, its subject, between) and `قد` right before the verb. */
function isPluperfect(head: string, auxiliaries: readonly string[]): boolean {
  if (auxiliaries.length === 0) return false;
  const aux = auxiliaries.join('|');
  return new RegExp(`(?:^|\\s)[وف]?(?:${aux})(?:\\s+\\S+){0,3}\\s+قد\\s*$`, 'u').test(head);
}

/** Rule 0: `منذ` right before the date, a few words after the trigger, no subordinate word between. */
function beganAt(text: string, trigger: Span, t: TimeMention): boolean {
  const between = text.slice(trigger.end, t.start);
  if (between.trim().split(/\s+/u).filter(Boolean).length > AFTER_WORDS) return false;
  if (SUBORDINATE.test(between) || SENTENCE_MARKS.test(between)) return false;
  return SINCE.test(text.slice(Math.max(trigger.end, t.start - 16), t.start));
}

/** Rule 2. */
function governsFromAfter(text: string, trigger: Span, t: TimeMention): boolean {
  const between = text.slice(trigger.end, t.start);
  if (between.trim().split(/\s+/u).filter(Boolean).length > AFTER_WORDS) return false;
  if (SUBORDINATE.test(between)) return false;
  return !PASSING_LEAD.test(text.slice(Math.max(trigger.end, t.start - 20), t.start));
}

/** Rule 3: only a preposition or a time noun between the sentence's head and the date. */
function isFronted(text: string, sentenceStart: number, t: TimeMention): boolean {
  let head = text.slice(sentenceStart, t.start);
  const dateline = DATELINE.exec(head);
  if (dateline) head = head.slice(dateline[0].length);
  if (!FRONT.test(head)) {
    // 3c. a relative phrase may stand before the date, set off by a comma (`وبعد أقل من شهر، في
    // 22 سبتمبر 2021، أغلقت`): the date that follows it still heads the sentence.
    const comma = head.search(/[،,][^،,]*$/u);
    if (comma < 0 || !RELATIVE_FRONT.test(head.slice(0, comma)) || !FRONT.test(head.slice(comma + 1))) {
      return false;
    }
  }
  const rest = text.slice(t.end, t.end + 2);
  return /^\s*[،,]/u.test(rest) || /^\s/u.test(rest);
}

/** Rule 4: the last date before the sentence in its paragraph, when it was fronted in its own sentence. */
function carriedOver(
  text: string,
  dates: readonly TimeMention[],
  sentenceStart: number,
): TimeMention | undefined {
  const paragraph = text.lastIndexOf('\n', sentenceStart - 1) + 1;
  const earlier = dates.filter((t) => t.start >= paragraph && t.end <= sentenceStart);
  const last = earlier[earlier.length - 1];
  if (!last) return undefined;
  let head = last.start;
  while (head > paragraph && !SENTENCE_MARKS.test(text[head - 1] as string)) head--;
  return isFronted(text, head, last) ? last : undefined;
}
