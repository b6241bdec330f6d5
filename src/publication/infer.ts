/**
 * Inferring a publication date the page did not state, in this order of trust:
 *  1. a date in the page's URL (`/2025/04/17/`, `2025-04-17`, `20250417`);
 *  2. the first full date of a dateline or byline below the title (`نشر بتاريخ: …`, `الأحد 9
 *     مارس 2025 | 10:30`): the article's own dateline;
 *  3. the first full date of a dateline or byline above the title, else of the site's header above
 *     the title (a date line the segments read as the site's): the header often prints the day the
 *     page was fetched, so it only counts when the article has no dateline of its own;
 *  4. a full date the text gives as today's (`أعلنت الحكومة اليوم الخميس 14 سبتمبر 2023`): اليوم
 *     right before the date, with a weekday that agrees with it if one is named;
 *  5. the latest full date in a caption;
 *  6. the latest full date on the line that signs an embedded post (`— الوزارة (@MoFA) March 3, 2022`):
 *     the article quotes the post, so it appeared that day or soon after, the weakest evidence here.
 * A dateline often gives the day twice, Hijri and Gregorian (`الخميس 12 رجب 1444 هـ - 2 فبراير 2023 م`);
 * the Gregorian one is taken, as a Hijri day converted by the tabular calendar may be a day off the
 * local sighting the outlet followed.
 * Never a date of the body: the latest date an article mentions is usually an event it recounts,
 * not the day it was published. A full date states its day, month and year (Hijri dates count,
 * converted). Each result is marked `inferred: true` with its `basis`.
 */
import type { Published, Segment, SegmentKind } from '../contract/analysis.js';
import type { Calendar, TimeExpression } from '../contract/time-expression.js';
import { formatDate, isValidDate, type PlainDate, weekdayOf } from '../times/calendar.js';
import { resolveTime } from '../times/resolve.js';

const URL_DATE = /(?:^|[^\d])((?:19|20)\d{2})([/_-]?)(\d{2})\2(\d{2})(?:[^\d]|$)/u;
const DATELINE_KINDS: ReadonlySet<SegmentKind> = new Set(['dateline', 'byline']);

export function dateFromUrl(url: string | null | undefined): string | null {
  const path = url?.replace(/^[a-z]+:\/\/[^/]+/iu, '') ?? '';
  const m = URL_DATE.exec(path);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
  return isValidDate(year, month, day) ? `${m[1]}-${m[3]}-${m[4]}` : null;
}

interface DatedPlace {
  readonly value: string;
  readonly kind: SegmentKind;
  readonly start: number;
  readonly calendar: Calendar;
  /** Where the segment holding the date starts (-1 outside every segment). */
  readonly segmentStart: number;
}

/** Full dates with the kind of segment holding them (text outside every segment counts as body). */
function fullDates(expressions: readonly TimeExpression[], segments: readonly Segment[]): DatedPlace[] {
  const places: DatedPlace[] = [];
  for (const expression of expressions) {
    const r = expression.reading;
    if (r.type !== 'date' || r.year === undefined || r.month === undefined || r.day === undefined) continue;
    const { value } = resolveTime(expression, null);
    if (!value) continue;
    const segment = segments.find((s) => s.start <= expression.start && expression.end <= s.end);
    places.push({
      value,
      kind: segment?.kind ?? 'body',
      start: expression.start,
      calendar: r.calendar,
      segmentStart: segment?.start ?? -1,
    });
  }
  return places.sort((a, b) => a.start - b.start);
}

const latest = (values: readonly string[]) =>
  values.reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);

export function inferPublication(
  url: string | null | undefined,
  expressions: readonly TimeExpression[],
  segments: readonly Segment[],
  text = '',
): Published | null {
  const fromUrl = dateFromUrl(url);
  if (fromUrl) return { value: fromUrl, inferred: true, basis: 'url' };
  const dates = fullDates(expressions, segments);
  const titleStart = segments.find((s) => s.kind === 'title')?.start ?? -1;
  const datelines = dates.filter((d) => DATELINE_KINDS.has(d.kind));
  const header = dates.filter((d) => d.kind === 'boilerplate' && d.start < titleStart);
  const own = datelines.find((d) => d.start > titleStart) ?? datelines[0] ?? header[0];
  if (own) {
    const sameLine = [...datelines, ...header].filter((d) => d.segmentStart === own.segmentStart);
    const chosen = sameLine.find((d) => d.calendar === 'gregorian') ?? own;
    return { value: chosen.value, inferred: true, basis: 'dateline' };
  }
  const today = datedToday(expressions, text);
  if (today) return { value: today, inferred: true, basis: 'today' };
  const caption = latest(dates.filter((d) => d.kind === 'caption').map((d) => d.value));
  if (caption) return { value: caption, inferred: true, basis: 'caption' };
  const post = latest(dates.filter((d) => signsAPost(text, d.start)).map((d) => d.value));
  if (post) return { value: post, inferred: true, basis: 'embedded-post' };
  return null;
}

/** The first full date written right after اليوم (only spaces or a comma between; a weekday said with اليوم must agree). */
function datedToday(expressions: readonly TimeExpression[], text: string): string | null {
  const inOrder = [...expressions].sort((a, b) => a.start - b.start);
  for (let i = 1; i < inOrder.length; i++) {
    const [before, date] = [inOrder[i - 1], inOrder[i]];
    if (!before || !date) continue;
    const r = before.reading;
    if (r.type !== 'offset' || r.unit !== 'day' || r.amount !== 0) continue;
    if (!/^[\s،,]*$/u.test(text.slice(before.end, date.start))) continue;
    const d = date.reading;
    if (d.type !== 'date' || d.calendar !== 'gregorian' || d.year === undefined) continue;
    if (d.month === undefined || d.day === undefined || !isValidDate(d.year, d.month, d.day)) continue;
    const day: PlainDate = { year: d.year, month: d.month, day: d.day };
    if (r.weekday !== undefined && weekdayOf(day) !== r.weekday) continue;
    return formatDate(day);
  }
  return null;
}

/** An account handle on the line: how an embedded tweet or post is signed. */
const HANDLE = /(?:^|[\s(（])@[A-Za-z0-9_]{2,}/u;

function signsAPost(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at);
  return HANDLE.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}
