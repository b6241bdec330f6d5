/**
 * A dossier: the chronology of what passed between two actors across the corpus, one entry per
 * real event, each dated when it happened and citing every outlet that reported it.
 *
 * `buildDossier` is the whole computation from analyses: the store calls it with the documents
 * naming both actors, and an evaluation can call it with any analyses (identities may be empty:
 * actors are then found by their names and the states their seats of power stand for).
 *
 * Rules, in order:
 *  1. an extracted event is a report when one of the two actors is among its parties and the
 *     other is too (`parties.ts`: a capital, seat of power or ministry counts as its state);
 *     1b. an event naming one of them is completed with the other when its own clause names it
 *     (`complete-parties.ts`);
 *     an announced plan (`ستزور`, context `future`) is not yet an event and is left out;
 *  2. a sentence that names both actors with no such event is a co-mention, kept only with
 *     `all` (marked `kind: 'mention'`): most such sentences are background, not events;
 *  3. each report is dated by the time expression governing its clause (`event-date.ts`), else
 *     by its article's date, else by its story's;
 *  4. reports of one event from many outlets are merged into one entry (`merge.ts`);
 *  5. entries run oldest first, undated last, grouped into stages (`stages.ts`).
 */
import type { Analysis, EventMention, Span } from '../../contract/analysis.js';
import { splitSentences } from '../../text/sentences.js';
import { queryTerms, searchableTokens, termMatches, wordForms } from '../search-forms.js';
import { sentenceAround } from '../sentences.js';
import { compareDates } from '../stories.js';
import type { CorpusEntity, DocumentRef, Dossier, DossierParty, DossierSource } from '../types.js';
import { clauseAround, completeParties, type KeyedParty, sideMentions } from './complete-parties.js';
import type { DossierData } from './data.js';
import { type DateContext, datedTimes, eventDate } from './event-date.js';
import { mergeReports, type Report } from './merge.js';
import { outletName } from './outlets.js';
import { type ActorKeys, actorKeys, isActor, partyOf, StateTable } from './parties.js';
import { dossierStages } from './stages.js';
import { summaryClause } from './summary.js';

export interface DossierDocument {
  readonly ref: DocumentRef;
  readonly analysis: Analysis;
  /** Local entity id → corpus id. */
  readonly identities: Readonly<Record<string, string | null>>;
  /** The date of the document's story (its earliest dated report), for an undated document. */
  readonly storyDate?: string | null;
}

export interface DossierActor {
  readonly entity: CorpusEntity;
  /** Every spelling of the actor, for finding it in documents without entities. */
  readonly names: readonly string[];
}

export interface DossierOptions {
  /** Keep sentences naming both actors without an event between them, marked `mention`. */
  readonly all?: boolean;
}

export function buildDossier(
  a: DossierActor,
  b: DossierActor,
  documents: readonly DossierDocument[],
  data: DossierData,
  options: DossierOptions = {},
): Dossier {
  const states = new StateTable(data);
  const keysA = actorKeys(a.entity, a.names, states);
  const keysB = actorKeys(b.entity, b.names, states);
  const docs = [...documents].sort(
    (x, y) => compareDates(x.ref.published, y.ref.published) || (x.ref.id < y.ref.id ? -1 : 1),
  );
  const reports: Report[] = [];
  docs.forEach((doc, d) => {
    const found = documentReports(doc, { a, b, keysA, keysB, states, data, all: options.all ?? false });
    found.forEach((r, k) => {
      reports.push({ ...r, order: d * 10_000 + k });
    });
  });
  const entries = mergeReports(reports);
  return { a: a.entity, b: b.entity, entries, stages: dossierStages(entries, data) };
}

interface Context {
  readonly a: DossierActor;
  readonly b: DossierActor;
  readonly keysA: ActorKeys;
  readonly keysB: ActorKeys;
  readonly states: StateTable;
  readonly data: DossierData;
  readonly all: boolean;
}

function documentReports(doc: DossierDocument, c: Context): Omit<Report, 'order'>[] {
  const { analysis, ref } = doc;
  const outlet = outletName(ref);
  const dated = { published: ref.published, storyDate: doc.storyDate ?? null };
  const dateContext: DateContext = {
    ...dated,
    pastAuxiliaries: c.data.pastAuxiliaries,
    dates: datedTimes(analysis.times, dated),
  };
  const out: Omit<Report, 'order'>[] = [];
  const cited = new Set<number>();
  const sides = {
    a: sideMentions(analysis, doc.identities, c.keysA, c.states, c.data.nisbas),
    b: sideMentions(analysis, doc.identities, c.keysB, c.states, c.data.nisbas),
  };
  /** Rule 1b: an event naming one actor, completed from its clause when it names the other there. */
  const partiesOf = (
    event: EventMention,
    sentence: Span,
    actors: KeyedParty[],
    targets: KeyedParty[],
  ): { actors: KeyedParty[]; targets: KeyedParty[] } => {
    if (!event.trigger) return { actors, targets };
    const all = [...actors, ...targets];
    const hasA = all.some((p) => isActor(p, c.keysA));
    const hasB = all.some((p) => isActor(p, c.keysB));
    if (hasA === hasB) return { actors, targets };
    const clause = clauseAround(analysis.text, sentence, event.trigger);
    const actorSpans = analysis.entities
      .filter((e) => event.actors.includes(e.id))
      .flatMap((e) => e.mentions)
      .filter((m) => m.start >= clause.start && m.end <= clause.end);
    return hasA
      ? completeParties(
          { actors, targets },
          clause,
          event.trigger,
          c.keysA,
          sides.b,
          analysis.text,
          actorSpans,
        )
      : completeParties(
          { actors, targets },
          clause,
          event.trigger,
          c.keysB,
          sides.a,
          analysis.text,
          actorSpans,
        );
  };
  for (const event of analysis.events) {
    // Announced plans (`ستزور`) have not happened: a chronology lists what did.
    if (event.context?.includes('future')) continue;
    const party = (local: string) => partyOf(analysis, doc.identities, local, c.states);
    const sentence = sentenceAround(analysis.text, event.start, event.end);
    const { actors, targets } = partiesOf(event, sentence, event.actors.map(party), event.targets.map(party));
    const all = [...actors, ...targets];
    if (!all.some((p) => isActor(p, c.keysA)) || !all.some((p) => isActor(p, c.keysB))) continue;
    cited.add(sentence.start);
    const date = eventDate(analysis, event, dateContext);
    out.push({
      kind: 'event',
      type: event.type,
      relation: event.mode ?? null,
      direction: directionOf(actors, c),
      actors: actors.map(bare),
      targets: targets.map(bare),
      place: placeName(analysis, event),
      summary: summaryClause(
        analysis.text,
        sentence,
        event.trigger,
        actors.map((p) => p.name),
      ),
      date,
      source: sourceOf(doc, outlet, sentence, date),
    });
  }
  if (!c.all) return out;
  const spansA = actorSpans(doc, c.a);
  const spansB = actorSpans(doc, c.b);
  for (const sentence of splitSentences(analysis.text)) {
    if (cited.has(sentence.start)) continue;
    const inside = (s: { start: number; end: number }) => s.start >= sentence.start && s.end <= sentence.end;
    if (!spansA.some(inside) || !spansB.some(inside)) continue;
    const date = eventDate(analysis, { start: sentence.start, end: sentence.end }, dateContext);
    out.push({
      kind: 'mention',
      type: null,
      relation: null,
      direction: 'none',
      actors: [],
      targets: [],
      place: null,
      summary: summaryClause(analysis.text, sentence, undefined, []),
      date,
      source: sourceOf(doc, outlet, sentence, date),
    });
  }
  return out;
}

function bare(p: DossierParty): DossierParty {
  return { name: p.name, entity: p.entity, state: p.state };
}

function directionOf(
  actors: readonly (DossierParty & { keys: readonly string[] })[],
  c: Context,
): Report['direction'] {
  const a = actors.some((p) => isActor(p, c.keysA));
  const b = actors.some((p) => isActor(p, c.keysB));
  return a && b ? 'both' : a ? 'a' : b ? 'b' : 'none';
}

function placeName(analysis: Analysis, event: EventMention): string | null {
  if (!event.place) return null;
  return analysis.entities.find((e) => e.id === event.place)?.name ?? null;
}

function sourceOf(
  doc: DossierDocument,
  outlet: string | null,
  sentence: { start: number; end: number },
  date: ReturnType<typeof eventDate>,
): DossierSource {
  return {
    document: doc.ref,
    outlet,
    url: doc.ref.url,
    published: doc.ref.published,
    start: sentence.start,
    end: sentence.end,
    text: doc.analysis.text.slice(sentence.start, sentence.end),
    date: date.date,
    dateBasis: date.basis,
    ...(date.anchor ? { dateAnchor: date.anchor } : {}),
  };
}

/** Where the actor is mentioned: its entity mentions, else the places its names' words occur. */
function actorSpans(doc: DossierDocument, actor: DossierActor): { start: number; end: number }[] {
  const locals = new Set(
    Object.entries(doc.identities)
      .filter(([, id]) => id === actor.entity.id)
      .map(([local]) => local),
  );
  const mentions = doc.analysis.entities.filter((e) => locals.has(e.id)).flatMap((e) => e.mentions);
  if (mentions.length > 0) return mentions;
  return findNames(doc.analysis.text, actor.names);
}

/** Spans where all words of one of `names` occur consecutively, clitics and spellings folded. */
export function findNames(text: string, names: readonly string[]): { start: number; end: number }[] {
  const tokens = searchableTokens(text);
  const forms = tokens.map((t) => wordForms(t.text));
  const out: { start: number; end: number }[] = [];
  for (const name of names) {
    const terms = queryTerms(name);
    if (terms.length === 0) continue;
    for (let i = 0; i + terms.length <= tokens.length; i++) {
      if (terms.every((term, k) => termMatches(term, forms[i + k] as string[]))) {
        out.push({
          start: (tokens[i] as { start: number }).start,
          end: (tokens[i + terms.length - 1] as { end: number }).end,
        });
      }
    }
  }
  return out;
}
