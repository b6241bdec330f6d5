/**
 * Events: what happened between whom, typed with PLOVER's categories, one sentence as evidence.
 *
 * Rules, in the order they apply (each has a test named after it):
 *  1. sentences in related, boilerplate and caption segments are not the article's facts: skipped;
 *  2. a trigger is a word or phrase of the trigger lexicon outside direct quotes and outside entity
 *     names; a trigger with a `with` list counts only when one of those words is in the sentence
 *     (`رفع` + `القائمة` is CONCEDE); future verbs (`سيزور`) count, with context `future`;
 *  3. a trigger right after a negation (لم، لن، نفى…) or after a hypothesis (في حال، إذا، لو) in its
 *     sentence makes no event: PLOVER drops negated events and we drop hypotheses with them;
 *  4. the actor is the entity just before the trigger (SVO, `موسكو تستقبل`), else the first entity
 *     after it that no preposition governs (VSO, titles allowed between), else one after an agent
 *     cue (`على يد`، `تبناه`); the target is the next entity after the trigger and actor;
 *  5. a place (`في`/`ب`/`قرب` + LOC, or `في مدينة` + LOC) is the event's `place`, never a party;
 *  6. `استقبل` swaps the parties (PLOVER codes the visitor as source), meetings and clashes make every
 *     party a source; an event needs at least one actor or target;
 *  7. time is the sentence's first date, else the nearest earlier date in the paragraph;
 *  8. quantities are those inside the sentence, and PLOVER's magnitudes (`dead`, `injured`,
 *     `arrested`, `size`) are read from their roles.
 */
import type {
  Entity,
  EventMention,
  PloverType,
  Quantity,
  Segment,
  Span,
  TimeMention,
} from '../contract/analysis.js';
import { stemsOf, type Word, wordIndexAt, wordsOf } from '../quantities/words.js';
import { mentionRefs } from '../quotes/extract.js';
import type { EntityMentionRef } from '../quotes/roles.js';
import type { EventLexicon, TriggerSense } from './lexicon.js';

export interface EventInput {
  readonly text: string;
  readonly entities: readonly Entity[];
  readonly sentences: readonly Span[];
  readonly times?: readonly TimeMention[];
  readonly quantities?: readonly Quantity[];
  readonly segments?: readonly Segment[];
  /** Spans of direct quotes: what is said inside them is not an event of the article. */
  readonly quoted?: readonly Span[];
}

export type Magnitudes = NonNullable<EventMention['magnitudes']>;

/** An event as the contract has it, with its trigger always present. */
export type FoundEvent = EventMention & { trigger: NonNullable<EventMention['trigger']> };

const SKIPPED_SEGMENTS = new Set(['related', 'boilerplate', 'caption']);
const CLAUSE_STOPS = new Set(['.', '؛', ';', '!', '?', '؟', ':', '\n']);
const PARTY_TYPES = new Set(['PER', 'ORG', 'LOC']);
const SEARCH_WORDS = 8;

interface Sentence {
  readonly span: Span;
  readonly wi: number;
  readonly wj: number;
}

export function extractEvents(input: EventInput, lexicon: EventLexicon): FoundEvent[] {
  const base = wordsOf(input.text);
  const words = withFutureStems(base);
  const mentions = mentionRefs(input.entities, words).filter((m) => PARTY_TYPES.has(m.type));
  const events: FoundEvent[] = [];
  for (const span of input.sentences) {
    if (isSkippedSegment(span, input.segments)) continue;
    const sentence = { span, wi: wordIndexAt(words, span.start), wj: wordIndexAt(words, span.end) };
    const seen = new Set<PloverType>();
    for (const found of triggersIn(input, words, base, mentions, sentence, lexicon)) {
      if (seen.has(found.sense.type)) continue;
      const event = buildEvent(input, words, mentions, sentence, found, lexicon);
      if (!event) continue;
      seen.add(found.sense.type);
      event.id = `V${events.length + 1}`;
      events.push(event);
    }
  }
  return events;
}

/** Rule 2: `سيزور` and `وستوقع` also match through their present stem. */
function withFutureStems(words: Word[]): Word[] {
  return words.map((w) => {
    const extra = w.stems
      .filter((s) => /^س[يتن]/u.test(s) && s.length > 3)
      .flatMap((s) => stemsOf(s.slice(1)));
    return extra.length ? { ...w, stems: [...w.stems, ...extra] } : w;
  });
}

function isSkippedSegment(span: Span, segments: readonly Segment[] | undefined): boolean {
  const segment = segments?.find((s) => s.start <= span.start && span.start < s.end);
  return segment !== undefined && SKIPPED_SEGMENTS.has(segment.kind);
}

interface TriggerHit {
  readonly index: number;
  readonly length: number;
  readonly sense: TriggerSense;
  readonly future: boolean;
}

function triggersIn(
  input: EventInput,
  words: readonly Word[],
  base: readonly Word[],
  mentions: readonly EntityMentionRef[],
  sentence: Sentence,
  lexicon: EventLexicon,
): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (let k = sentence.wi; k < sentence.wj; k++) {
    const word = words[k] as Word;
    if (input.quoted?.some((q) => q.start <= word.start && word.start < q.end)) continue;
    if (mentions.some((m) => m.wi <= k && k < m.wj)) continue;
    const match = lexicon.triggers.matchAt(words, k);
    if (!match) continue;
    const needs = match.value.with;
    if (needs && !rangeHas(words, sentence.wi, sentence.wj, needs)) continue;
    const future = lexicon.triggers.matchAt(base, k) === null;
    if (isNegatedOrHypothetical(words, sentence, k, lexicon)) {
      k += match.length - 1;
      continue;
    }
    hits.push({ index: k, length: match.length, sense: match.value, future });
    k += match.length - 1;
  }
  return hits;
}

function rangeHas(
  words: readonly Word[],
  from: number,
  to: number,
  lexicon: EventLexicon['negations'],
): boolean {
  for (let k = from; k < to; k++) if (lexicon.matchAt(words, k)) return true;
  return false;
}

/** Rule 3. */
function isNegatedOrHypothetical(
  words: readonly Word[],
  sentence: Sentence,
  k: number,
  lexicon: EventLexicon,
) {
  for (let j = Math.max(sentence.wi, k - 2); j < k; j++) {
    if (lexicon.negations.matchAt(words, j)) return true;
  }
  for (let j = sentence.wi; j < k; j++) {
    if (lexicon.hypotheticals.matchAt(words, j)) return true;
  }
  return false;
}

function buildEvent(
  input: EventInput,
  words: readonly Word[],
  mentions: readonly EntityMentionRef[],
  sentence: Sentence,
  hit: TriggerHit,
  lexicon: EventLexicon,
): FoundEvent | null {
  const inSentence = mentions.filter((m) => m.wi >= sentence.wi && m.wj <= sentence.wj);
  const places = inSentence.filter((m) => m.type === 'LOC' && isPlace(words, m, lexicon));
  const parties = inSentence.filter((m) => !places.includes(m));
  const { actor, target } = findParties(words, parties, sentence, hit, lexicon);
  let actors = actor ? [actor.entity] : [];
  let targets = target && target.entity !== actor?.entity ? [target.entity] : [];
  if (hit.sense.swap) [actors, targets] = [targets, actors];
  if (hit.sense.symmetric) [actors, targets] = [[...new Set([...actors, ...targets])], []];
  if (actors.length === 0 && targets.length === 0) return null;
  const first = words[hit.index] as Word;
  const last = words[hit.index + hit.length - 1] as Word;
  const quantityIndexes = (input.quantities ?? [])
    .map((q, i) => ({ q, i }))
    .filter(({ q }) => q.start >= sentence.span.start && q.end <= sentence.span.end);
  const event: FoundEvent = {
    id: '',
    type: hit.sense.type,
    actors,
    targets,
    time: timeFor(input, sentence.span),
    place: nearestPlace(places, hit.index)?.entity ?? null,
    quantities: quantityIndexes.map(({ i }) => i),
    start: sentence.span.start,
    end: sentence.span.end,
    trigger: { start: first.start, end: last.end, text: input.text.slice(first.start, last.end) },
  };
  if (hit.sense.mode) event.mode = hit.sense.mode;
  if (hit.future) event.context = ['future'];
  const magnitudes = magnitudesOf(
    quantityIndexes.map(({ q }) => q),
    hit.sense.type,
  );
  if (magnitudes) event.magnitudes = magnitudes;
  return event;
}

/** Rule 4. */
function findParties(
  words: readonly Word[],
  parties: readonly EntityMentionRef[],
  sentence: Sentence,
  hit: TriggerHit,
  lexicon: EventLexicon,
): { actor: EntityMentionRef | undefined; target: EntityMentionRef | undefined } {
  const t = hit.index;
  const after = hit.index + hit.length;
  const governed = (m: EntityMentionRef) => isGoverned(words, m, lexicon);
  const before = parties.filter(
    (m) =>
      m.wj <= t &&
      t - m.wj <= 2 &&
      !crossesPunct(words, m.wj, t) &&
      !governed(m) &&
      !(m.wj < t && lexicon.triggers.matchAt(words, m.wj)) &&
      !(m.wi > 0 && lexicon.triggers.matchAt(words, m.wi - 1)),
  );
  let actor: EntityMentionRef | undefined = before[before.length - 1];
  const following = parties.filter(
    (m) => m.wi >= after && m.wi - after <= SEARCH_WORDS && !crossesStop(words, after, m.wi),
  );
  if (!actor) actor = following.find((m) => !governed(m) && !crossesComma(words, after, m.wi));
  if (!actor) actor = agentAfterCue(words, parties, sentence, hit, lexicon);
  const from = actor && actor.wi >= after ? actor.wj : after;
  const target = parties.find(
    (m) => m !== actor && m.wi >= from && m.wi - from <= SEARCH_WORDS && !crossesStop(words, from, m.wi),
  );
  return { actor, target };
}

function agentAfterCue(
  words: readonly Word[],
  parties: readonly EntityMentionRef[],
  sentence: Sentence,
  hit: TriggerHit,
  lexicon: EventLexicon,
): EntityMentionRef | undefined {
  for (let k = hit.index + hit.length; k < sentence.wj; k++) {
    if (lexicon.triggers.matchAt(words, k)) return undefined;
    const cue = lexicon.agentCues.matchAt(words, k);
    if (!cue) continue;
    const from = k + cue.length;
    const agent = parties.find((m) => m.wi >= from && m.wi - from <= 3);
    if (agent) return agent;
  }
  return undefined;
}

/** A preposition right before the mention, or glued to it as a proclitic (لموسكو، بالحركة). */
function isGoverned(words: readonly Word[], m: EntityMentionRef, lexicon: EventLexicon): boolean {
  const word = words[m.wi] as Word;
  if (m.start > word.start && /[بلك]/u.test(word.text.slice(0, m.start - word.start))) return true;
  const k = m.wi - 1;
  if (k < 0 || (words[k] as Word).kind !== 'word') return false;
  return (
    lexicon.targetPrepositions.matchAt(words, k, { exact: true }) !== null ||
    lexicon.placePrepositions.matchAt(words, k, { exact: true }) !== null
  );
}

/** Rule 5: `بموسكو`, `في حلب`, `قرب موسكو`, `في مدينة حلب`, `بالقرب من دمشق`. */
function isPlace(words: readonly Word[], m: EntityMentionRef, lexicon: EventLexicon): boolean {
  const word = words[m.wi] as Word;
  if (m.start > word.start && /^[وف]?ب$/u.test(word.text.slice(0, m.start - word.start))) return true;
  let sawNoun = false;
  for (let k = m.wi - 1; k >= Math.max(0, m.wi - 4); k--) {
    const w = words[k] as Word;
    if (w.kind !== 'word') return false;
    const prep = lexicon.placePrepositions.matchAt(words, k);
    if (prep && (k + prep.length === m.wi || sawNoun)) return true;
    if (lexicon.placeNouns.matchAt(words, k)) {
      sawNoun = true;
      if (/^[وف]?ب/u.test(w.key) && !lexicon.placeNouns.matchAt(words, k, { exact: true })) return true;
    } else if (!sawNoun) return false;
  }
  return false;
}

function nearestPlace(places: readonly EntityMentionRef[], t: number): EntityMentionRef | undefined {
  return [...places].sort((a, b) => Math.abs(a.wi - t) - Math.abs(b.wi - t))[0];
}

function crossesStop(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_STOPS.has((words[k] as Word).text)) return true;
  return false;
}

function crossesPunct(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((words[k] as Word).kind === 'punct') return true;
  return false;
}

function crossesComma(words: readonly Word[], from: number, to: number): boolean {
  let commas = 0;
  for (let k = from; k < to; k++) if (/^[،,]$/u.test((words[k] as Word).text)) commas++;
  return commas > 0 && commas % 2 === 1;
}

/** Rule 7. */
function timeFor(input: EventInput, sentence: Span): string | null {
  const dates = (input.times ?? []).filter((t) => t.kind === 'date');
  const inside = dates.find((t) => t.start >= sentence.start && t.end <= sentence.end);
  if (inside) return inside.id;
  const paragraphStart = input.text.lastIndexOf('\n', sentence.start - 1) + 1;
  const earlier = dates.filter((t) => t.start >= paragraphStart && t.end <= sentence.start);
  return earlier[earlier.length - 1]?.id ?? null;
}

/** Rule 8. */
function magnitudesOf(quantities: readonly Quantity[], type: PloverType): Magnitudes | null {
  const out: Magnitudes = {};
  const amount = (q: Quantity) => q.value ?? q.min ?? null;
  for (const q of quantities) {
    const value = amount(q);
    if (value === null) continue;
    if (q.role === 'killed' && out.dead === undefined) out.dead = value;
    else if (q.role === 'injured' && out.injured === undefined) out.injured = value;
    else if (q.role === 'arrested' && out.arrested === undefined) out.arrested = value;
    else if (
      (type === 'PROTEST' || type === 'MOBILIZE') &&
      q.unit === 'person' &&
      (q.role === null || q.role === 'fighters') &&
      out.size === undefined
    ) {
      out.size = value;
    }
  }
  return Object.keys(out).length > 0 ? out : null;
}
