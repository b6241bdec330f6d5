/**
 * Completing an event the extractor saw half of, from its own clause: the two actors of a dossier
 * are often named in it where the extractor's slots miss them (`قضت المحكمة العليا في روسيا
 * برفع حركة طالبان من قائمة …`: the court's state is a place phrase; `أصبحت روسيا أول دولة تعترف
 * بحكومة طالبان`: the subject sits before a relative verb; `رحب … بقرار المحكمة الروسية`: the
 * state is an adjective).
 *
 * Rules, in order:
 *  1. only an event that has one actor of the dossier among its parties and not the other, and
 *     only the trigger's own clause (between commas, semicolons and sentence ends), are looked at;
 *  2. the other actor named before the trigger, when the event's actors are empty or only the
 *     first actor (whom the extractor took for the subject of a verb that acts on it), becomes the
 *     actor, and those actors become targets — unless a mention of the event's own actor stands
 *     between it and the trigger (`«فاغنر» يتمرد و«بوتين» يتهمه`): then it is the target;
 *  3. the other actor joined by و to one of the event's actors (`وقعت السعودية وإيران`) acts with
 *     it; else, named after the trigger, it becomes a target;
 *  4. the other actor is found by its entity mentions (its identity, name or state) and by its
 *     state's relational adjective (`الروسية`), which then stands as written, with its state.
 */
import type { Analysis, Span } from '../../contract/analysis.js';
import type { DossierParty } from '../types.js';
import { type ActorKeys, isActor, partyKey, partyOf, type StateTable } from './parties.js';

export type KeyedParty = DossierParty & { readonly keys: readonly string[] };

export interface SideMention extends Span {
  readonly party: KeyedParty;
}

/** Where one dossier actor is named in a document: its entities, and its state's adjectives. */
export function sideMentions(
  analysis: Analysis,
  identities: Readonly<Record<string, string | null>>,
  actor: ActorKeys,
  states: StateTable,
  nisbas: Readonly<Record<string, string>>,
): SideMention[] {
  const out: SideMention[] = [];
  for (const entity of analysis.entities) {
    const party = partyOf(analysis, identities, entity.id, states);
    if (!isActor(party, actor)) continue;
    for (const m of entity.mentions) out.push({ start: m.start, end: m.end, party });
  }
  for (const [adjective, state] of Object.entries(nisbas)) {
    if (!actor.keys.has(partyKey(state))) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${adjective}(?![\\p{L}\\p{M}])`, 'gu');
    for (const m of analysis.text.matchAll(pattern)) {
      const party = { name: adjective, entity: null, state, keys: [partyKey(state)] };
      out.push({ start: m.index, end: m.index + adjective.length, party });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Rules 1–3: the parties completed with the missing actor, or unchanged. */
export function completeParties(
  parties: { readonly actors: readonly KeyedParty[]; readonly targets: readonly KeyedParty[] },
  clause: Span,
  trigger: Span,
  present: ActorKeys,
  missing: readonly SideMention[],
  text: string,
  actorSpans: readonly Span[],
): { actors: KeyedParty[]; targets: KeyedParty[] } {
  const actors = [...parties.actors];
  const targets = [...parties.targets];
  const inClause = missing.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const before = inClause.filter((m) => m.end <= trigger.start);
  const after = inClause.find((m) => m.start >= trigger.end);
  const subject = before[before.length - 1];
  if (after && coordinatedWithActor(text, after, actorSpans)) {
    return { actors: dedupe([after.party, ...actors]), targets };
  }
  // `«فاغنر» يتمرد و«بوتين» يتهمه`: with the event's own actor named between, the other is no subject.
  const actorNearer =
    subject !== undefined && actorSpans.some((a) => a.start >= subject.end && a.end <= trigger.start);
  if (subject && actorNearer && actors.length > 0) {
    return { actors, targets: dedupe([...targets, subject.party]) };
  }
  if (subject && actors.every((p) => isActor(p, present))) {
    return { actors: [subject.party], targets: dedupe([...targets, ...actors]) };
  }
  if (after) return { actors, targets: dedupe([...targets, after.party]) };
  return { actors, targets };
}

/** `وقعت السعودية وإيران`: the missing actor joined by و to one of the event's actors acts with it. */
function coordinatedWithActor(text: string, m: Span, actorSpans: readonly Span[]): boolean {
  return actorSpans.some(
    (a) =>
      (a.start > m.end && /^\s+و$/u.test(text.slice(m.end, a.start))) ||
      (a.end < m.start && /^\s+و$/u.test(text.slice(a.end, m.start))),
  );
}

function dedupe(parties: readonly KeyedParty[]): KeyedParty[] {
  const seen = new Set<string>();
  return parties.filter((p) => {
    const key = p.state ?? p.name;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The clause of a sentence holding the trigger: between commas, semicolons and colons. */
export function clauseAround(text: string, sentence: Span, trigger: Span): Span {
  const marks = /[،,؛;:]/u;
  let start = trigger.start;
  while (start > sentence.start && !marks.test(text[start - 1] as string)) start--;
  let end = trigger.end;
  while (end < sentence.end && !marks.test(text[end] as string)) end++;
  return { start, end };
}
