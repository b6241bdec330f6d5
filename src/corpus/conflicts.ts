/**
 * Conflicts inside one story: figures (quantities by role) and dates that disagree, told apart as
 * updates or contradictions, each claim citing its sentence and outlet.
 *
 * Rules, in order:
 *  1. a claim is a tallied figure (killed, injured, missing, arrested, displaced) with a value, in
 *     the article's own text (not a related headline, caption or boilerplate), that is a total and
 *     not a part or a breakdown line (`منهم 80 إصابة خطيرة`, `و95 في الثانية`), and not history (a
 *     sentence dated in an earlier year than the report tells another event's toll);
 *  2. a claim's scope is its role, its subgroup (`35 طفلا`, `80 إصابة خطيرة` count children and
 *     serious injuries, not everyone) and, where the article gives that role's figures for several
 *     places, the places its sentence names: only claims of one scope are compared (Turkey's toll
 *     is not Syria's, nor the two countries' together); one claim per (document, scope, value);
 *  3. near-duplicate copies (wire copies) are one report: their outlets are listed on its claims;
 *  4. bounds are not contradicted by more (or, for `ما يصل إلى`/`أقل من`, by less): `أكثر من 900` or `على الأقل 900` agrees with any figure
 *     above 900, `نحو 900` with figures within a tenth of it;
 *  5. inside one document, two exact totals of one scope in different sentences that tell no rise
 *     (`ارتفع`, `مقارنة`) are a contradiction (a typo in one paragraph is the usual cause);
 *  6. across documents, per scope, a figure that rises with publication date is an update chain,
 *     shown oldest first (value, date, outlet); a later exact figure below an earlier one (that
 *     is not a bound it stays under) is a contradiction; two outlets giving different exact figures
 *     the same day contradict each other (we know no hour, so the same day is the same time);
 *  7. dates: two documents that each date an event type once and disagree are a contradiction;
 *     one article's own event day and report day are not;
 *  8. every item has a verdict and a one-line explanation in English and in Arabic.
 */
import { z } from 'zod';
import type { Analysis, Quantity } from '../contract/analysis.js';
import { appendAll } from '../core/append-all.js';
import { loadLanguageData } from '../data/language-data.js';
import { foldArabic } from '../text/normalize.js';
import { loadDossierData } from './dossier/data.js';
import { sentenceAround } from './sentences.js';
import { compareDates } from './stories.js';
import type { Citation, Conflict, ConflictClaim, ConflictScope, DocumentRef } from './types.js';

export interface StoryDocument {
  readonly ref: DocumentRef;
  readonly analysis: Analysis;
  readonly duplicateOf: string | null;
}

/** Roles whose figures are tolls that reports update; money and rates count different things. */
const TALLIED: ReadonlySet<string> = new Set(['killed', 'injured', 'missing', 'arrested', 'displaced']);

/** Lines that are not the article's own report, as the events and publication stages also hold. */
const NOT_THE_ARTICLE: ReadonlySet<string> = new Set(['related', 'boilerplate', 'caption']);

const ConflictDataSchema = z.object({
  risingCues: z.array(z.string()),
  subgroups: z.record(z.string(), z.object({ ar: z.string(), words: z.array(z.string()) })),
  subgroupWindowEnd: z.array(z.string()),
  subgroupWindowStart: z.array(z.string()),
  roles: z.record(z.string(), z.string()),
});

interface ConflictLexicon {
  readonly risingCues: ReadonlySet<string>;
  /** Folded word → subgroup key. */
  readonly subgroupOfWord: ReadonlyMap<string, string>;
  readonly subgroupAr: ReadonlyMap<string, string>;
  readonly subgroupWindowEnd: ReadonlySet<string>;
  readonly subgroupWindowStart: ReadonlySet<string>;
  /** Role → its Arabic name in explanations. */
  readonly roleAr: ReadonlyMap<string, string>;
}
let lexicon: ConflictLexicon | undefined;

function conflictLexicon(): ConflictLexicon {
  if (lexicon) return lexicon;
  const data = loadLanguageData('ar/conflicts', ConflictDataSchema);
  const subgroupOfWord = new Map<string, string>();
  const subgroupAr = new Map<string, string>();
  for (const [key, group] of Object.entries(data.subgroups)) {
    subgroupAr.set(key, group.ar);
    for (const word of group.words) subgroupOfWord.set(foldArabic(word), key);
  }
  lexicon = {
    risingCues: new Set(data.risingCues.map((w) => foldArabic(w))),
    subgroupOfWord,
    subgroupAr,
    subgroupWindowEnd: new Set(data.subgroupWindowEnd.map((w) => foldArabic(w))),
    subgroupWindowStart: new Set(data.subgroupWindowStart.map((w) => foldArabic(w))),
    roleAr: new Map(Object.entries(data.roles)),
  };
  return lexicon;
}

/** Words a figure's subgroup is read from after its span: its noun and adjective, no further. */
const SUBGROUP_WINDOW = 2;
/** Words read back from the figure for the subject it counts (`الحالات الحرجة من المصابين بلغ عددها`). */
const SUBJECT_WINDOW = 6;

/** One figure a report gives for one scope. */
interface Claim {
  readonly doc: StoryDocument;
  readonly value: number;
  readonly quantity: Quantity;
  readonly sentence: { readonly start: number; readonly end: number };
  readonly role: string;
  readonly places: readonly string[];
  /** Whom the figure counts when not everyone (`children`, `serious`), from `data/ar/conflicts.json`. */
  readonly subgroup: string | null;
  readonly scope: string;
}

export function findConflicts(storyId: string, documents: readonly StoryDocument[]): Conflict[] {
  const copies = new Map<string, DocumentRef[]>();
  for (const d of documents)
    if (d.duplicateOf !== null) copies.set(d.duplicateOf, [...(copies.get(d.duplicateOf) ?? []), d.ref]);
  const docs = documents
    .filter((d) => d.duplicateOf === null)
    .sort((a, b) => compareDates(a.ref.published, b.ref.published) || (a.ref.id < b.ref.id ? -1 : 1));
  const claims = docs.flatMap(claimsOf);
  const scopes = [...new Set(claims.map((c) => c.scope))].sort();
  const conflicts: Conflict[] = [];
  for (const scope of scopes) {
    const ofScope = claims.filter((c) => c.scope === scope);
    appendAll(conflicts, withinDocuments(storyId, ofScope, copies));
    appendAll(conflicts, acrossDocuments(storyId, ofScope, copies));
  }
  appendAll(conflicts, eventDates(storyId, docs, copies));
  return conflicts;
}

function inArticle(analysis: Analysis, q: Quantity): boolean {
  return !analysis.segments.some((s) => NOT_THE_ARTICLE.has(s.kind) && s.start <= q.start && q.end <= s.end);
}

/** Rules 1 and 2: the document's claims, one per (scope, value). */
function claimsOf(doc: StoryDocument): Claim[] {
  const { analysis } = doc;
  const out: Claim[] = [];
  for (const q of analysis.quantities) {
    if (q.role === null || !TALLIED.has(q.role) || q.value === null) continue;
    if (q.scope !== undefined && q.scope.kind !== 'total') continue;
    if (!inArticle(analysis, q)) continue;
    const sentence = sentenceAround(analysis.text, q.start, q.end);
    if (isHistory(analysis, sentence, doc.ref.published)) continue;
    const places = placesIn(analysis, sentence);
    const subgroup = subgroupOf(analysis.text, q, sentence);
    out.push({ doc, value: q.value, quantity: q, sentence, role: q.role, places, subgroup, scope: '' });
  }
  const scoped: Claim[] = [];
  for (const c of out) {
    const { places, key } = placeScope(
      c,
      out.filter((d) => d.role === c.role),
    );
    const scope = `${c.role}|${c.subgroup ?? ''}|${key}`;
    if (scoped.some((d) => d.scope === scope && d.value === c.value)) continue;
    scoped.push({ ...c, places, scope });
  }
  return scoped;
}

/**
 * Places tell scopes apart only where the article itself gives one role's figures for several
 * places (Turkey's toll, Syria's); otherwise its figures are the story's (key ''). A figure whose
 * sentence names all the places the article's other figures are for, and more (both countries
 * together), is the story's too; beside such a total, a figure naming no place is unplaced (its
 * place is in an adjective, `السلطات التركية`) and compared with nothing.
 */
function placeScope(c: Claim, sameRole: readonly Claim[]): { places: readonly string[]; key: string } {
  const combines = (d: Claim) => {
    const others = sameRole.filter((e) => e.places.join('+') !== d.places.join('+'));
    return (
      d.places.length > 1 &&
      others.some((e) => e.places.length > 0) &&
      others.every((e) => e.places.every((p) => d.places.includes(p)))
    );
  };
  if (new Set(sameRole.map((d) => d.places.join('+'))).size < 2 || combines(c))
    return { places: [], key: '' };
  if (c.places.length === 0 && sameRole.some(combines)) return { places: [], key: 'unplaced' };
  return { places: c.places, key: c.places.join('+') };
}

/**
 * The subgroup a figure counts: a subgroup word inside its span (`35 طفلا`), among the next words
 * of its clause (`80 إصابة خطيرة`) or in the subject before it (`الحالات الحرجة بلغ عددها 120`).
 * The windows stop where another clause or figure begins, and after the figure where a part
 * begins (`بينهم أطفال` names a part of it, not what it counts).
 */
function subgroupOf(text: string, q: Quantity, sentence: { start: number; end: number }): string | null {
  const { subgroupOfWord, subgroupWindowEnd, subgroupWindowStart } = conflictLexicon();
  const afterClause = text.slice(q.end, sentence.end).split(CLAUSE_BREAK)[0] ?? '';
  const beforeClause = text.slice(sentence.start, q.start).split(CLAUSE_BREAK).pop() ?? '';
  const window = wordsIn(text.slice(q.start, q.end));
  for (const word of wordsIn(afterClause).slice(0, SUBGROUP_WINDOW)) {
    if (subgroupWindowEnd.has(foldArabic(word)) || word.startsWith('و')) break;
    window.push(word);
  }
  for (const word of wordsIn(beforeClause).reverse().slice(0, SUBJECT_WINDOW)) {
    if (subgroupWindowStart.has(foldArabic(word)) || /\p{Nd}/u.test(word)) break;
    window.push(word);
    if (word.startsWith('و')) break;
  }
  for (const word of window) {
    const folded = foldArabic(word);
    const key = subgroupOfWord.get(folded) ?? subgroupOfWord.get(folded.replace(/^ال/u, ''));
    if (key) return key;
  }
  return null;
}

const CLAUSE_BREAK = /[،,.؛;:!؟?()«»"\n]/u;

function wordsIn(clause: string): string[] {
  return clause.split(/\s+/u).filter((w) => w !== '');
}

/** A sentence dated in an earlier year than the report tells another event (`زلزال 1999 …`). */
function isHistory(analysis: Analysis, sentence: { start: number; end: number }, published: string | null) {
  if (!published) return false;
  const year = published.slice(0, 4);
  return analysis.times.some(
    (t) =>
      t.start >= sentence.start && t.end <= sentence.end && t.value !== null && t.value.slice(0, 4) < year,
  );
}

/** The places (LOC entities) the sentence names, by their canonical names. */
function placesIn(analysis: Analysis, sentence: { start: number; end: number }): string[] {
  const names = new Set<string>();
  for (const e of analysis.entities) {
    if (e.type !== 'LOC') continue;
    if (e.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end)) names.add(e.name);
  }
  return [...names].sort();
}

function cite(doc: StoryDocument, start: number, end: number): Citation {
  const sentence = sentenceAround(doc.analysis.text, start, end);
  return { document: doc.ref, ...sentence, text: doc.analysis.text.slice(sentence.start, sentence.end) };
}

function toClaim(c: Claim, copies: ReadonlyMap<string, DocumentRef[]>): ConflictClaim {
  const alsoIn = copies.get(c.doc.ref.id);
  return {
    value: c.value,
    evidence: cite(c.doc, c.quantity.start, c.quantity.end),
    approx: c.quantity.approx,
    ...(alsoIn ? { alsoIn } : {}),
  };
}

/** Rule 4: does `later` (or a same-time figure) agree with `earlier` once bounds are read? */
function consistent(earlier: Claim, later: Claim): boolean {
  if (earlier.value === later.value) return true;
  const bound = (c: Claim) => c.quantity.approx === 'more_than' || c.quantity.approx === 'at_least';
  const about = (c: Claim) => c.quantity.approx === 'about';
  if (bound(earlier) && later.value >= earlier.value) return true;
  if (bound(later) && earlier.value >= later.value) return true;
  // `ما يصل إلى 200 ألف`، `أقل من 50`: an upper bound agrees with any figure under it.
  const ceiling = (c: Claim) => c.quantity.approx === 'at_most' || c.quantity.approx === 'less_than';
  if (ceiling(earlier) && later.value <= earlier.value) return true;
  if (ceiling(later) && earlier.value <= later.value) return true;
  if ((about(earlier) || about(later)) && Math.abs(earlier.value - later.value) <= 0.1 * earlier.value)
    return true;
  return false;
}

function exact(c: Claim): boolean {
  return c.quantity.approx === null;
}

function tellsRise(c: Claim): boolean {
  const text = c.doc.analysis.text.slice(c.sentence.start, c.sentence.end);
  const cues = conflictLexicon().risingCues;
  return text
    .split(/[\s،,.]+/u)
    .some((w) => cues.has(foldArabic(w).replace(/^[وف]/u, '')) || cues.has(foldArabic(w)));
}

/** Rule 5: one article giving two exact totals of one scope in sentences that tell no rise. */
function withinDocuments(
  storyId: string,
  claims: readonly Claim[],
  copies: ReadonlyMap<string, DocumentRef[]>,
): Conflict[] {
  const out: Conflict[] = [];
  for (const doc of new Set(claims.map((c) => c.doc))) {
    const own = claims.filter((c) => c.doc === doc && exact(c) && !tellsRise(c));
    const clashing = own.filter((c) =>
      own.some((d) => d.value !== c.value && d.sentence.start !== c.sentence.start && !consistent(c, d)),
    );
    if (new Set(clashing.map((c) => c.value)).size < 2) continue;
    const first = clashing[0] as Claim;
    const outlet = doc.ref.outlet ?? doc.ref.id;
    out.push(
      figureConflict(storyId, first, 'contradiction', clashing, copies, {
        en: `one article (${outlet}) gives ${listValues(clashing)} for "${first.role}"${where(first)} in different sentences`,
        ar: `مقال واحد (${outlet}) يذكر ${listValues(clashing)} لـ«${roleAr(first.role)}»${whereAr(first)} في جملتين مختلفتين`,
      }),
    );
  }
  return out;
}

/** Rule 6: per scope, the documents' figures by publication day. */
function acrossDocuments(
  storyId: string,
  claims: readonly Claim[],
  copies: ReadonlyMap<string, DocumentRef[]>,
): Conflict[] {
  const perDoc: Claim[] = [];
  for (const doc of new Set(claims.map((c) => c.doc))) {
    const own = claims.filter((c) => c.doc === doc);
    perDoc.push(own.reduce((a, b) => (b.value > a.value ? b : a)));
  }
  const first = perDoc[0];
  if (!first) return [];
  const out: Conflict[] = [];
  const byDay = new Map<string, Claim[]>();
  for (const c of perDoc) {
    const day = c.doc.ref.published ?? '';
    if (day !== '') byDay.set(day, [...(byDay.get(day) ?? []), c]);
  }
  for (const [day, sameDay] of byDay) {
    const exacts = sameDay.filter(exact);
    const clashing = exacts.filter((c) =>
      exacts.some((d) => d.doc !== c.doc && d.doc.ref.outlet !== c.doc.ref.outlet && !consistent(c, d)),
    );
    if (clashing.length < 2) continue;
    out.push(
      figureConflict(storyId, first, 'contradiction', clashing, copies, {
        en: `reports published the same day (${day}) give ${listValues(clashing)} for "${first.role}"${where(first)}`,
        ar: `تقارير نُشرت في اليوم نفسه (${day}) تذكر ${listValues(clashing)} لـ«${roleAr(first.role)}»${whereAr(first)}`,
      }),
    );
  }
  const daily = [...byDay.entries()]
    .sort((a, b) => compareDates(a[0], b[0]))
    .map(([, sameDay]) => sameDay.reduce((a, b) => (b.value > a.value ? b : a)));
  const chain = daily.filter((c, k) => k === 0 || c.value !== daily[k - 1]?.value);
  if (chain.length < 2) return out;
  const fall = chain.findIndex(
    (c, k) =>
      k > 0 && exact(c) && c.value < (chain[k - 1] as Claim).value && !consistent(chain[k - 1] as Claim, c),
  );
  if (fall === -1) {
    out.push(
      figureConflict(storyId, first, 'update', chain, copies, {
        en: `"${first.role}"${where(first)} rises as later reports come in: ${series(chain)}`,
        ar: `حصيلة «${roleAr(first.role)}»${whereAr(first)} ترتفع مع التقارير اللاحقة: ${series(chain)}`,
      }),
    );
    return out;
  }
  const [before, after] = [chain[fall - 1] as Claim, chain[fall] as Claim];
  out.push(
    figureConflict(storyId, first, 'contradiction', [before, after], copies, {
      en: `a later report gives a lower "${first.role}" figure${where(first)} (${after.value}) than an earlier one (${before.value})`,
      ar: `تقرير لاحق يذكر رقماً أدنى لـ«${roleAr(first.role)}»${whereAr(first)} (${after.value}) من تقرير سابق (${before.value})`,
    }),
  );
  return out;
}

/** Rule 7: documents that each date an event type once, and disagree. */
function eventDates(
  storyId: string,
  docs: readonly StoryDocument[],
  copies: ReadonlyMap<string, DocumentRef[]>,
): Conflict[] {
  const byType = new Map<string, { value: string; doc: StoryDocument; start: number; end: number }[]>();
  for (const doc of docs) {
    const perType = new Map<string, { value: string; start: number; end: number }[]>();
    for (const event of doc.analysis.events) {
      const time = doc.analysis.times.find((t) => t.id === event.time);
      if (!time?.value || !/^\d{4}-\d{2}-\d{2}$/.test(time.value)) continue;
      const list = perType.get(event.type) ?? [];
      if (!list.some((c) => c.value === time.value))
        list.push({ value: time.value, start: time.start, end: time.end });
      perType.set(event.type, list);
    }
    for (const [type, dates] of perType) {
      const only = dates[0];
      if (dates.length !== 1 || !only) continue; // an article with two dates for it: unclear which
      byType.set(type, [...(byType.get(type) ?? []), { ...only, doc }]);
    }
  }
  const out: Conflict[] = [];
  for (const [type, claims] of [...byType].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const values = [...new Set(claims.map((c) => c.value))];
    if (values.length < 2) continue;
    out.push({
      storyId,
      kind: 'date',
      role: type.toLowerCase(),
      verdict: 'contradiction',
      claims: claims.map((c) => {
        const alsoIn = copies.get(c.doc.ref.id);
        return { value: c.value, evidence: cite(c.doc, c.start, c.end), ...(alsoIn ? { alsoIn } : {}) };
      }),
      explanation: `reports date the ${type} event differently: ${values.join(', ')}`,
      explanationAr: `التقارير تؤرخ الحدث (${loadDossierData().types[type] ?? type}) بتواريخ مختلفة: ${values.join('، ')}`,
    });
  }
  return out;
}

/** A figure conflict of `first`'s scope: its claims cited, its verdict explained in both languages. */
function figureConflict(
  storyId: string,
  first: Claim,
  verdict: Conflict['verdict'],
  claims: readonly Claim[],
  copies: ReadonlyMap<string, DocumentRef[]>,
  explanation: { en: string; ar: string },
): Conflict {
  return {
    storyId,
    kind: 'figure',
    role: first.role,
    verdict,
    claims: claims.map((c) => toClaim(c, copies)),
    scope: scopeOf(first),
    explanation: explanation.en,
    explanationAr: explanation.ar,
  };
}

function listValues(claims: readonly { value: number }[]): string {
  return [...new Set(claims.map((c) => String(c.value)))].join(' / ');
}

function series(chain: readonly Claim[]): string {
  return chain
    .map((c) => `${c.value} (${c.doc.ref.published ?? '?'}, ${c.doc.ref.outlet ?? c.doc.ref.id})`)
    .join(' → ');
}

function scopeOf(c: Claim): ConflictScope {
  return c.subgroup === null ? { places: c.places } : { places: c.places, subgroup: c.subgroup };
}

function where(c: Claim): string {
  const whom = c.subgroup === null ? '' : ` (${c.subgroup})`;
  return `${whom}${c.places.length > 0 ? ` in ${c.places.join(' + ')}` : ''}`;
}

function whereAr(c: Claim): string {
  const whom = c.subgroup === null ? '' : ` (${conflictLexicon().subgroupAr.get(c.subgroup) ?? c.subgroup})`;
  return `${whom}${c.places.length > 0 ? ` في ${c.places.join(' و')}` : ''}`;
}

function roleAr(role: string): string {
  return conflictLexicon().roleAr.get(role) ?? role;
}
