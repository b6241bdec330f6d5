/**
 * Conflicts inside one story: figures (quantities by role) and dates that disagree, told apart as
 * updates or contradictions, each claim citing its sentence and outlet.
 *
 * Rules, in order:
 *  1. a claim is a quantity with a role and a value; a document's figure for a role is its largest
 *     value (reports give the latest toll and earlier ones as history); figures in related
 *     headlines, captions and boilerplate are another article's or the page's, not claims;
 *  2. inside one document, two values for one role in different sentences are a contradiction
 *     (`145` in one paragraph, `14` in another); two values in one sentence are the document
 *     telling an update (`ارتفع من 632 إلى 820`), not a conflict;
 *  3. documents published the same day that give different figures for one role contradict each
 *     other (we know no hour, so the same day is the same time);
 *  4. across days, a figure that rises with publication date is an update (a death toll as reports
 *     come in); one that falls below an earlier day's figure is a contradiction;
 *  5. events of one type whose resolved full dates differ across documents are a date contradiction;
 *  6. near-duplicate copies are left out: a syndicated copy repeats, it does not confirm.
 */
import type { Analysis, Quantity } from '../contract/analysis.js';
import { appendAll } from '../core/append-all.js';
import { sentenceAround } from './sentences.js';
import { compareDates } from './stories.js';
import type { Citation, Conflict, ConflictClaim, DocumentRef } from './types.js';

export interface StoryDocument {
  readonly ref: DocumentRef;
  readonly analysis: Analysis;
  readonly duplicateOf: string | null;
}

interface Figure {
  readonly doc: StoryDocument;
  readonly value: number;
  readonly quantity: Quantity;
}

export function findConflicts(storyId: string, documents: readonly StoryDocument[]): Conflict[] {
  const docs = documents
    .filter((d) => d.duplicateOf === null)
    .sort((a, b) => compareDates(a.ref.published, b.ref.published) || (a.ref.id < b.ref.id ? -1 : 1));
  const conflicts: Conflict[] = [];
  for (const role of rolesOf(docs)) {
    appendAll(conflicts, withinDocuments(storyId, role, docs));
    appendAll(conflicts, acrossDocuments(storyId, role, docs));
  }
  appendAll(conflicts, eventDates(storyId, docs));
  return conflicts;
}

function rolesOf(docs: readonly StoryDocument[]): string[] {
  const roles = new Set<string>();
  for (const d of docs)
    for (const q of d.analysis.quantities)
      if (q.role && q.value !== null && inArticle(d.analysis, q)) roles.add(q.role);
  return [...roles].sort();
}

/** Lines that are not the article's own report, as the events and publication stages also hold. */
const NOT_THE_ARTICLE: ReadonlySet<string> = new Set(['related', 'boilerplate', 'caption']);

function inArticle(analysis: Analysis, q: Quantity): boolean {
  return !analysis.segments.some((s) => NOT_THE_ARTICLE.has(s.kind) && s.start <= q.start && q.end <= s.end);
}

function figuresOf(doc: StoryDocument, role: string): Figure[] {
  return doc.analysis.quantities
    .filter((q) => q.role === role && q.value !== null && inArticle(doc.analysis, q))
    .map((q) => ({ doc, value: q.value as number, quantity: q }));
}

function cite(doc: StoryDocument, start: number, end: number): Citation {
  const sentence = sentenceAround(doc.analysis.text, start, end);
  return { document: doc.ref, ...sentence, text: doc.analysis.text.slice(sentence.start, sentence.end) };
}

function claim(f: Figure): ConflictClaim {
  return { value: f.value, evidence: cite(f.doc, f.quantity.start, f.quantity.end) };
}

function withinDocuments(storyId: string, role: string, docs: readonly StoryDocument[]): Conflict[] {
  const out: Conflict[] = [];
  for (const doc of docs) {
    const figures = figuresOf(doc, role);
    const clashing = figures.filter((f) =>
      figures.some(
        (g) =>
          g.value !== f.value &&
          sentenceAround(doc.analysis.text, g.quantity.start, g.quantity.end).start !==
            sentenceAround(doc.analysis.text, f.quantity.start, f.quantity.end).start,
      ),
    );
    if (clashing.length < 2) continue;
    out.push({
      storyId,
      kind: 'figure',
      role,
      verdict: 'contradiction',
      claims: clashing.map(claim),
      explanation: `one article (${doc.ref.outlet ?? doc.ref.id}) gives ${listValues(clashing)} for "${role}" in different sentences`,
    });
  }
  return out;
}

function acrossDocuments(storyId: string, role: string, docs: readonly StoryDocument[]): Conflict[] {
  const perDoc: Figure[] = [];
  for (const doc of docs) {
    const figures = figuresOf(doc, role);
    if (figures.length === 0) continue;
    perDoc.push(figures.reduce((a, b) => (b.value > a.value ? b : a)));
  }
  const byDay = new Map<string, Figure[]>();
  for (const f of perDoc) {
    const day = f.doc.ref.published ?? '';
    byDay.set(day, [...(byDay.get(day) ?? []), f]);
  }
  const out: Conflict[] = [];
  for (const [day, figures] of byDay) {
    if (day === '' || new Set(figures.map((f) => f.value)).size < 2) continue;
    out.push({
      storyId,
      kind: 'figure',
      role,
      verdict: 'contradiction',
      claims: figures.map(claim),
      explanation: `reports published the same day (${day}) give ${listValues(figures)} for "${role}"`,
    });
  }
  const daily = [...byDay.entries()]
    .filter(([day]) => day !== '')
    .sort((a, b) => compareDates(a[0], b[0]))
    .map(([, figures]) => figures.reduce((a, b) => (b.value > a.value ? b : a)));
  const changes = daily.filter((f, k) => k === 0 || f.value !== daily[k - 1]?.value);
  if (changes.length >= 2) {
    const falls = changes.findIndex((f, k) => k > 0 && f.value < (changes[k - 1] as Figure).value);
    out.push({
      storyId,
      kind: 'figure',
      role,
      verdict: falls === -1 ? 'update' : 'contradiction',
      claims: changes.map(claim),
      explanation:
        falls === -1
          ? `"${role}" rises as later reports come in: ${listValues(changes)}`
          : `a later report gives a lower "${role}" figure (${changes[falls]?.value}) than an earlier one (${changes[falls - 1]?.value})`,
    });
  }
  return out;
}

function eventDates(storyId: string, docs: readonly StoryDocument[]): Conflict[] {
  const byType = new Map<string, { value: string; doc: StoryDocument; start: number; end: number }[]>();
  for (const doc of docs) {
    for (const event of doc.analysis.events) {
      const time = doc.analysis.times.find((t) => t.id === event.time);
      if (!time?.value || !/^\d{4}-\d{2}-\d{2}$/.test(time.value)) continue;
      const list = byType.get(event.type) ?? [];
      if (!list.some((c) => c.doc === doc && c.value === time.value)) {
        list.push({ value: time.value, doc, start: time.start, end: time.end });
      }
      byType.set(event.type, list);
    }
  }
  const out: Conflict[] = [];
  for (const [type, claims] of [...byType].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (new Set(claims.map((c) => c.value)).size < 2) continue;
    out.push({
      storyId,
      kind: 'date',
      role: type.toLowerCase(),
      verdict: 'contradiction',
      claims: claims.map((c) => ({ value: c.value, evidence: cite(c.doc, c.start, c.end) })),
      explanation: `reports date the ${type} event differently: ${[...new Set(claims.map((c) => c.value))].join(', ')}`,
    });
  }
  return out;
}

function listValues(figures: readonly { value: number }[]): string {
  return figures.map((f) => String(f.value)).join(' / ');
}
