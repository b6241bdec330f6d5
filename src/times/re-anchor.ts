/**
 * A time mention read again against a reference date the analysis did not have: the dossier
 * anchors a weekday or `أمس` of a report without a publication date to the date of its story
 * (src/corpus/dossier/event-date.ts). The mention's own text is scanned and resolved as the times
 * stage would have resolved it had that date been the publication date, except a bare weekday:
 * the report may be older or newer than the story's date, so it is the nearest such day on
 * either side (`الأحد` against a Saturday is the next day, not six days before).
 */
import { addDays, formatDate, type PlainDate } from './calendar.js';
import { parseReference, type Reference, resolveTime } from './resolve.js';
import { findTimeExpressions } from './scan.js';
import { arabicTimeLexicon } from './stage.js';

/** A weekday further back than this from the reference is read as the one after it. */
const NEAREST_WITHIN_DAYS = 3;

/** The value of the one time expression that spans all of `text`, resolved against `reference`. */
export function resolveMentionAt(text: string, reference: string): string | null {
  const anchor = parseReference(reference);
  if (anchor === null || anchor.day === undefined) return null;
  const expressions = findTimeExpressions(text, arabicTimeLexicon());
  const whole = expressions.find((e) => e.start === 0 && e.end === text.length);
  if (!whole) return null;
  const resolved = resolveTime(whole, anchor);
  if (resolved.anchor !== 'publication' || resolved.value === null) return null;
  if (whole.reading.type !== 'weekday' || whole.reading.relation !== undefined) return resolved.value;
  const day: PlainDate = { year: anchor.year, month: anchor.month, day: anchor.day };
  for (let back = 0; back <= NEAREST_WITHIN_DAYS; back++)
    if (formatDate(addDays(day, -back)) === resolved.value) return resolved.value;
  // Further back than that: the same weekday of the next week, 7 days after the resolved one.
  const found = parseReference(resolved.value) as Required<Reference>;
  return formatDate(addDays(found, 7));
}
