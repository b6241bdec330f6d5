/**
 * Inferring a publication date the page did not state, in this order of trust:
 *  1. a date in the page's URL (`/2025/04/17/`, `2025-04-17`, `20250417`);
 *  2. the first full date in a dateline or byline segment;
 *  3. the latest full date in a caption;
 *  4. the latest full date in the article's own text — never in a `related`, `boilerplate` or
 *     `caption` segment, which are not the article's facts.
 * A full date states its day, month and year (Hijri dates count, converted). Each result is
 * marked `inferred: true` with its `basis`.
 */
import type { Published, Segment, SegmentKind } from '../contract/analysis.js';
import { isValidDate } from '../times/calendar.js';
import { resolveTime } from '../times/resolve.js';
import type { TimeExpression } from '../times/types.js';

const URL_DATE = /(?:^|[^\d])((?:19|20)\d{2})([/_-]?)(\d{2})\2(\d{2})(?:[^\d]|$)/u;
const NOT_THE_ARTICLE: ReadonlySet<SegmentKind> = new Set(['related', 'boilerplate', 'caption']);

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
    places.push({ value, kind: segment?.kind ?? 'body' });
  }
  return places;
}

const latest = (values: readonly string[]) =>
  values.reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);

export function inferPublication(
  url: string | null | undefined,
  expressions: readonly TimeExpression[],
  segments: readonly Segment[],
): Published | null {
  const fromUrl = dateFromUrl(url);
  if (fromUrl) return { value: fromUrl, inferred: true, basis: 'url' };
  const dates = fullDates(expressions, segments);
  const dateline = dates.find((d) => d.kind === 'dateline' || d.kind === 'byline');
  if (dateline) return { value: dateline.value, inferred: true, basis: 'dateline' };
  const caption = latest(dates.filter((d) => d.kind === 'caption').map((d) => d.value));
  if (caption) return { value: caption, inferred: true, basis: 'caption' };
  const body = latest(dates.filter((d) => !NOT_THE_ARTICLE.has(d.kind)).map((d) => d.value));
  if (body) return { value: body, inferred: true, basis: 'latest-date' };
  return null;
}
