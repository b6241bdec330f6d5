/**
 * Quotes on a real page. A gold quote is found when a predicted quote overlaps its first words;
 * its speaker is right when the predicted speaker entity is the gold speaker (one of its mentions
 * is a surface of the gold entity of that name) or, with no entity, when `speakerText` is one of
 * those surfaces; a gold null speaker (unnamed) wants no speaker entity. Precision is over
 * predicted direct quotes (the gold does not annotate indirect speech).
 */
import type { Analysis, Quote } from '../../contract/analysis.js';
import type { Tally } from '../tally.js';
import {
  containsName,
  countPredictions,
  type LocatedGold,
  locate,
  overlaps,
  sameName,
  unannotatedSpans,
} from './matching.js';
import type { RealPage } from './pages.js';
import { goldEntities, mentionTexts } from './score-entities.js';

export function scoreQuotes(page: RealPage, analysis: Analysis, t: Tally): void {
  const excluded = unannotatedSpans(page.text, page.gold.segments);
  const golds: LocatedGold[] = [];
  for (const gold of page.gold.quotes) {
    const spans = locate(page.text, { needle: gold.starts, near: gold.near }, excluded);
    golds.push({ spans, optional: gold.optional === true });
    if (gold.optional) continue;
    t.add('quotes.gold');
    if (gold.speaker !== null) t.add('quotes.goldWithSpeaker');
    const found = analysis.quotes.find((q) => spans.some((s) => overlaps(q, s)));
    if (!found) {
      t.miss(`${page.id} quote not found: ${gold.starts}`);
      continue;
    }
    t.add('quotes.found');
    const right = speakerIsRight(page, analysis, found, gold.speaker);
    if (right) t.add('quotes.speaker');
    if (right && gold.speaker !== null) t.add('quotes.speakerNamed');
    if (!right)
      t.miss(
        `${page.id} quote speaker: ${gold.starts} → gold ${gold.speaker}, got ${speakerName(analysis, found)}`,
      );
  }
  const direct = analysis.quotes.filter((quote) => quote.kind !== 'indirect');
  countPredictions(
    direct,
    golds,
    excluded,
    t,
    'quotes',
    (q) => `${page.id} quote spurious: ${q.text.slice(0, 40)}`,
  );
}

function speakerName(analysis: Analysis, quote: Quote): string {
  const entity = analysis.entities.find((e) => e.id === quote.speaker);
  return entity ? `${entity.name} (${entity.type})` : `text: ${quote.speakerText}`;
}

function speakerIsRight(page: RealPage, analysis: Analysis, quote: Quote, speaker: string | null): boolean {
  const entity = analysis.entities.find((e) => e.id === quote.speaker) ?? null;
  if (speaker === null) return entity === null;
  const golds = goldEntities(page).filter((g) => g.name === speaker);
  const surfaces = golds.flatMap((g) => [g.name, ...g.surfaces]);
  if (surfaces.length === 0) surfaces.push(speaker);
  if (entity) return mentionTexts(analysis, entity).some((n) => surfaces.some((s) => sameName(n, s)));
  const text = quote.speakerText;
  return text !== null && surfaces.some((s) => containsName(text, s));
}
