/**
 * Figures on a real page. A gold figure is found when a predicted quantity overlaps where its text
 * is; then its value (or min and max), approximation and role are each compared, and all three
 * together (the headline: an analyst needs the three at once). Precision is over predicted
 * quantities that carry a role (a bare number is not offered to the analyst as a figure) outside
 * unannotated lines.
 */
import type { Analysis, Quantity } from '../../contract/analysis.js';
import type { Tally } from '../tally.js';
import { countPredictions, type LocatedGold, locate, overlaps, unannotatedSpans } from './matching.js';
import type { GoldQuantity, RealPage } from './pages.js';

/** The gold writes `up_to` where the contract says `at_most`. */
const APPROX_ALIASES: Readonly<Record<string, string>> = { up_to: 'at_most' };

export function scoreQuantities(page: RealPage, analysis: Analysis, t: Tally): void {
  const excluded = unannotatedSpans(page.text, page.gold.segments);
  const golds: LocatedGold[] = [];
  for (const gold of page.gold.quantities) {
    const spans = locate(page.text, { needle: gold.text, near: gold.near }, excluded);
    golds.push({ spans, optional: gold.optional === true });
    if (gold.optional) continue;
    t.add('figures.gold');
    const found = bestMatch(
      analysis.quantities.filter((q) => spans.some((s) => overlaps(q, s))),
      gold,
    );
    if (!found) {
      t.miss(`${page.id} figure not found: ${gold.text} (${gold.role})`);
      continue;
    }
    t.add('figures.found');
    const value = valueRight(found, gold);
    const approx = (found.approx ?? null) === (APPROX_ALIASES[gold.approx ?? ''] ?? gold.approx);
    const role = found.role === gold.role;
    if (value) t.add('figures.value');
    if (approx) t.add('figures.approx');
    if (role) t.add('figures.role');
    if (value && approx && role) t.add('figures.all');
    else
      t.miss(
        `${page.id} figure ${gold.text}: gold ${show(gold.value, gold.min, gold.max)} ${gold.approx} ${gold.role}, got ${show(found.value, found.min, found.max)} ${found.approx} ${found.role}`,
      );
  }
  const withRole = analysis.quantities.filter((quantity) => quantity.role !== null);
  countPredictions(
    withRole,
    golds,
    excluded,
    t,
    'figures',
    (q) => `${page.id} figure spurious: ${page.text.slice(q.start, q.end)} (${q.role})`,
  );
}

function valueRight(found: Quantity, gold: GoldQuantity): boolean {
  if (gold.min !== undefined || gold.max !== undefined)
    return found.min === gold.min && found.max === gold.max;
  // A vague count (`عشرات`): the gold has no value and no bounds; Rasd's lower bound is extra.
  if (gold.value == null) return found.value === null && found.max === undefined;
  return found.value === (gold.value ?? null) && found.min === undefined && found.max === undefined;
}

/** Of the quantities over a gold figure, the one that agrees with it most. */
function bestMatch(candidates: readonly Quantity[], gold: GoldQuantity): Quantity | undefined {
  const score = (q: Quantity) => (valueRight(q, gold) ? 2 : 0) + (q.role === gold.role ? 1 : 0);
  return [...candidates].sort((a, b) => score(b) - score(a))[0];
}

function show(value: number | null | undefined, min?: number, max?: number): string {
  return min !== undefined || max !== undefined ? `${min}-${max}` : String(value ?? null);
}
