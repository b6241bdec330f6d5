/**
 * Dates on a real page. A gold time is found when a predicted time overlaps where its text is;
 * its value is right when that prediction's value is exactly the gold TIMEX3 value (a gold null,
 * a relative date the page cannot anchor, wants a null). Precision is over predicted dates (not
 * durations or sets, which the gold does not annotate) outside unannotated lines.
 * The publication date is scored on the pages whose gold has one.
 * On a page whose gold has no publication date, a relative time's gold value is null; when Rasd
 * inferred a date from the page itself, the set's README says the gold neither rewards nor punishes
 * the value that follows from it, so such a time counts for being found, not for its value.
 */
import type { Analysis, TimeMention } from '../../contract/analysis.js';
import type { Tally } from '../tally.js';
import { countPredictions, type LocatedGold, locate, overlaps, unannotatedSpans } from './matching.js';
import type { RealPage } from './pages.js';

export function scoreTimes(page: RealPage, analysis: Analysis, t: Tally): void {
  const excluded = unannotatedSpans(page.text, page.gold.segments);
  const dates = analysis.times.filter((time) => time.kind === 'date');
  const goldSpans: LocatedGold[] = [];
  const anchoredWithoutGold = page.gold.published === null && analysis.document.published.value !== null;
  for (const gold of page.gold.times) {
    const spans = locate(page.text, { needle: gold.text, near: gold.near }, excluded);
    goldSpans.push({ spans, optional: gold.optional === true });
    if (gold.optional) continue;
    t.add('times.gold');
    const found = analysis.times.find((time) => spans.some((s) => overlaps(time, s)));
    const valueScored = !(anchoredWithoutGold && gold.value === null && found?.anchor === 'publication');
    if (valueScored) t.add('times.valueScored');
    if (!found) {
      t.miss(`${page.id} time not found: ${gold.text} = ${gold.value}`);
      continue;
    }
    t.add('times.found');
    if (!valueScored) continue;
    if (found.value === gold.value) t.add('times.value');
    else t.miss(`${page.id} time value: ${gold.text} = ${gold.value}, got ${found.value} (${found.text})`);
  }
  countPredictions(
    dates,
    goldSpans,
    excluded,
    t,
    'times',
    (time) => `${page.id} time spurious: ${describe(time)}`,
  );
  scorePublished(page, analysis, t);
}

function describe(time: TimeMention): string {
  return `${time.text} = ${time.value}`;
}

function scorePublished(page: RealPage, analysis: Analysis, t: Tally): void {
  const gold = page.gold.published;
  const predicted = analysis.document.published.value;
  if (gold === null) {
    t.add('published.goldNone');
    if (predicted !== null) t.add('published.statedWithoutGold');
    return;
  }
  t.add('published.gold');
  const fromText = page.urlDate === null;
  if (fromText) t.add('published.goldFromText');
  if (predicted === gold) {
    t.add('published.right');
    if (fromText) t.add('published.rightFromText');
  } else {
    t.miss(`${page.id} published: gold ${gold}, got ${predicted} (${analysis.document.published.basis})`);
  }
}
