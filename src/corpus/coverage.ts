/**
 * One outlet's report of a story, for the story page's comparison: its lead and its tolls.
 * Rules:
 *  1. only the article's own text counts: figures in related headlines, captions and boilerplate
 *     are not the report's (the same segments the conflicts leave out);
 *  2. a figure that is a part or a breakdown of another (`منهم 5 أطفال`, a province's share) is not
 *     the toll: only totals and unscoped figures are;
 *  3. per role, the largest such figure is the report's toll (headline and body repeat it, and a
 *     smaller one beside it is usually an earlier count the report revises);
 *  4. the lead is the first sentence of the article's own text after its title.
 */
import type { Analysis } from '../contract/analysis.js';

/** The roles a story's comparison shows, in this order. */
export const COVERAGE_ROLES = ['killed', 'injured', 'missing'] as const;
export type CoverageRole = (typeof COVERAGE_ROLES)[number];

export interface CoverageFigure {
  readonly value: number;
  readonly approx: string | null;
  readonly start: number;
  readonly end: number;
}

export interface Coverage {
  readonly lead: string | null;
  readonly figures: Partial<Record<CoverageRole, CoverageFigure>>;
}

const NOT_THE_ARTICLE: ReadonlySet<string> = new Set(['related', 'boilerplate', 'caption']);
const NOT_THE_LEAD: ReadonlySet<string> = new Set([...NOT_THE_ARTICLE, 'title', 'byline', 'heading']);
const LEAD_MAX = 280;

export function coverageOf(analysis: Analysis): Coverage {
  const outside = (start: number, kinds: ReadonlySet<string>) =>
    analysis.segments.some((s) => kinds.has(s.kind) && s.start <= start && start < s.end);
  const figures: Partial<Record<CoverageRole, CoverageFigure>> = {};
  for (const q of analysis.quantities) {
    const role = COVERAGE_ROLES.find((r) => r === q.role);
    if (!role || q.value === null || outside(q.start, NOT_THE_ARTICLE)) continue;
    if (q.scope && q.scope.kind !== 'total') continue;
    const best = figures[role];
    if (!best || q.value > best.value)
      figures[role] = { value: q.value, approx: q.approx, start: q.start, end: q.end };
  }
  return { lead: leadOf(analysis, (start) => outside(start, NOT_THE_LEAD)), figures };
}

function leadOf(analysis: Analysis, skipped: (start: number) => boolean): string | null {
  const { text } = analysis;
  const title = analysis.document.title?.trim();
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    const trimmed = line.trim();
    if (!trimmed || skipped(start + line.indexOf(trimmed)) || trimmed === title) continue;
    const end = /[.!?؟]\s/u.exec(`${trimmed} `);
    const sentence = end ? trimmed.slice(0, end.index + 1) : trimmed;
    return sentence.length > LEAD_MAX ? `${sentence.slice(0, LEAD_MAX)}…` : sentence;
  }
  return null;
}

/** What `GET /api/stories/{id}/coverage` answers: one row per story member, in the story's order. */
export interface StoryCoverage {
  readonly storyId: string;
  readonly documents: readonly ({ readonly id: string } & Coverage)[];
}
