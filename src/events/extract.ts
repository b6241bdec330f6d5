/**
 * Events: what happened between whom, typed with PLOVER's categories, one sentence as evidence.
 *
 * Rules, in the order they apply (each has a test named after it):
 *  1. sentences in related, boilerplate and caption segments are not the article's facts: skipped;
 *  2. a trigger is a word or phrase of the trigger lexicon outside direct quotes, entity names and
 *     time expressions (`فجر الاثنين` is a dawn, not a bombing); a trigger with a `with` list
 *     counts only when one of those words is in the sentence (`رفع` + `القائمة` is CONCEDE), and
 *     its `relations` set the mode by the first whose word is there (`القائمة`: delist), and a
 *     `notBefore` word right after it makes it another word (`بيان صادر عن`: issued, not seized);
 *     future verbs (`سيزور`) count, with context `future`; a lasting state (`العلاقات المقطوعة`)
 *     is marked `lasting`;
 *  3. a trigger right after a negation (لم، لن، نفى…), anywhere in a clause a verbal negator (لم، لن)
 *     opens, after a hypothesis (في حال، إذا، لو) in its sentence, after a modal word close before
 *     it (يعتزم، يمكن أن) or after `قد` before a present verb (`قد يزور`), or in a question (`هل`،
 *     `؟`) makes no event: PLOVER drops negated events, and an intention, a possibility or a
 *     question is no event that happened; a natural cause as the subject (`ضرب زلزال …`) makes
 *     no event either (a quake is no actor);
 *     3b. a verbal noun in its clause after a trigger of another type, or in the ب-complement of
 *     one, is what that event is about (`أدانت فرنسا الهجوم`، `رحب بالاتفاق`), not an event —
 *     except a lasting state, which is its own (`استئناف العلاقات المقطوعة منذ 2016`);
 *  4. parties (a name glued to a relational ending, `الإسرائيلية`, is an adjective, not a party):
 *     4b. SVO: the name right before the verb, only particles or adverbs between (`الصين قد
 *     نشرت`); a verbal noun takes the subject of its light verb (`إسرائيل تشن غارات`), and the
 *     object of a causative verb before إلى/على (`دفع المغرب والجزائر إلى استئناف العلاقات`);
 *     4c. after أن/إن a noun subject (`أن قواته قصفت`) leaves the actor unnamed, a glued pronoun
 *     (`أنها استهدفت`) is the sentence's subject;
 *     4d. VSO: the phrase right after the verb is its subject — a name, a title leading to a name
 *     (also past the body it speaks for: `النائب عن حزب العمال فلان`),
 *     a group noun with its owner (`وفد من حركة حماس`), a head noun in construct with a name
 *     (`حركة حماس`); any other noun is a subject the text leaves unnamed, and names after it are
 *     objects; a coordinated verb followed by a preposition (`، واجتمع مع`) keeps the sentence's
 *     subject; a verbal noun's actor is the first free name after it, else the sentence's subject
 *     unless a frame (`خلال`، `بعد`) governs it; a circumstantial participle (`متوعداً`) takes the
 *     sentence's subject; else an agent cue (`على يد`، `تبناه`);
 *     4e. names joined by و share their role (`النرويج وإيرلندا`), and so do a person and the
 *     person named after و with a title (`السيسي والرئيس التركي أردوغان`);
 *     4g. a verb with a glued object pronoun (`استقبله`) takes as its target the nearest party before
 *     it in the sentence that is not its subject, when only names, prepositions and connectors
 *     (`حيث`) stand between them;
 *     4f. a verbal noun with no actor followed by `بين البلدين`/`بينهما` takes the pair the
 *     sentence named last (`دفع المغرب والجزائر … بعد انقطاع العلاقات بين البلدين`);
 *     the target is the next name in the clause: not across a comma, a clause break (`الذي`،
 *     `فيما`) or inside a `في` phrase;
 *  5. a place (`في`/`ب`/`قرب` + LOC, `في مدينة` + LOC, `من قاعدة` + LOC, `الحدود مع` + LOC, a
 *     natural cause + LOC: `زلزال الحوز`) is the event's `place`, never a party;
 *  6. `استقبل` swaps the parties (PLOVER codes the visitor as source), meetings and clashes make every
 *     party a source; an event needs at least one actor or target;
 *  7. time is the sentence's first date, else the nearest earlier date in the paragraph;
 *  8. quantities are those inside the sentence, and PLOVER's magnitudes (`dead`, `injured`,
 *     `arrested`, `size`) are read from their roles;
 *  9. two triggers of one type in a sentence make one event with the parties of both.
 *
 * This file joins the rules; each lives in its own file: triggers (2, 3, 3b) in `triggers.ts`,
 * parties (4) in `parties.ts`, places (5) in `places.ts`, magnitudes (8) in `magnitudes.ts`,
 * and what a sentence may look at (mentions, quotes, figures, dates) in `scope.ts`.
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
import { type Word, type Words, wordIndexAt, wordsOf } from '../text/words.js';
import { rangeHas, type Sentence } from './clauses.js';
import type { EventLexicon } from './lexicon.js';
import { magnitudesOf } from './magnitudes.js';
import { findParties, partyMentions } from './parties.js';
import { isPlace, nearestPlace } from './places.js';
import { type SentenceScope, SentenceScopes } from './scope.js';
import { SegmentCursor } from './segment-cursor.js';
import { type TriggerHit, triggersIn, withFutureStems, withObjectPronouns } from './triggers.js';

export interface EventInput {
  readonly text: string;
  readonly entities: readonly Entity[];
  readonly sentences: readonly Span[];
  readonly times?: readonly TimeMention[];
  readonly quantities?: readonly Quantity[];
  readonly segments?: readonly Segment[];
  /** Spans of direct quotes: what is said inside them is not an event of the article. */
  readonly quoted?: readonly Span[];
  /** The text's words (the words layer); cut here when absent. */
  readonly words?: Words;
}

/** An event as the contract has it, with its trigger always present. */
export type FoundEvent = EventMention & { trigger: NonNullable<EventMention['trigger']> };

const SKIPPED_SEGMENTS = new Set(['related', 'boilerplate', 'caption']);

export function extractEvents(input: EventInput, lexicon: EventLexicon): FoundEvent[] {
  const base = withObjectPronouns(input.words ?? wordsOf(input.text), lexicon);
  const words = withFutureStems(base);
  const mentions = partyMentions(input.text, input.entities, words, lexicon);
  const events: FoundEvent[] = [];
  const scopes = new SentenceScopes(input, mentions);
  const segments = new SegmentCursor(input.segments ?? []);
  for (const span of input.sentences) {
    if (SKIPPED_SEGMENTS.has(segments.kindAt(span.start) ?? 'body')) continue;
    const sentence: Sentence = {
      span,
      wi: wordIndexAt(words, span.start),
      wj: wordIndexAt(words, span.end),
    };
    const scope = scopes.of(span);
    const byType = new Map<PloverType, FoundEvent>();
    for (const found of triggersIn(words, base, scope, sentence, lexicon)) {
      const event = buildEvent(input, words, scope, sentence, found, lexicon);
      if (!event) continue;
      const same = byType.get(event.type);
      if (same) {
        mergeParties(same, event);
        continue;
      }
      byType.set(event.type, event);
      event.id = `V${events.length + 1}`;
      events.push(event);
    }
  }
  return events;
}

/** Rule 9: two triggers of one type in a sentence are one event with the parties of both. */
function mergeParties(into: FoundEvent, from: FoundEvent): void {
  const actors = [...new Set([...into.actors, ...from.actors])];
  into.actors = actors;
  into.targets = [...new Set([...into.targets, ...from.targets])].filter((t) => !actors.includes(t));
}

function buildEvent(
  input: EventInput,
  words: Words,
  scope: SentenceScope,
  sentence: Sentence,
  hit: TriggerHit,
  lexicon: EventLexicon,
): FoundEvent | null {
  const inSentence = scope.mentions.filter((m) => m.wi >= sentence.wi && m.wj <= sentence.wj);
  const places = inSentence.filter((m) => m.type === 'LOC' && isPlace(words, m, lexicon));
  const parties = inSentence.filter((m) => !places.includes(m));
  const found = findParties({ words, parties, mentions: inSentence, sentence, lexicon }, hit);
  let actors = [...new Set(found.actors.map((m) => m.entity))];
  let targets = [...new Set(found.targets.map((m) => m.entity))].filter((e) => !actors.includes(e));
  if (hit.sense.swap) [actors, targets] = [targets, actors];
  if (hit.sense.symmetric) [actors, targets] = [[...new Set([...actors, ...targets])], []];
  if (actors.length === 0 && targets.length === 0) return null;
  const first = words.at(hit.index) as Word;
  const last = words.at(hit.index + hit.length - 1) as Word;
  const quantityIndexes = scope.quantities.filter(({ q }) => q.end <= sentence.span.end);
  const relation = hit.sense.relations.find((r) => rangeHas(words, sentence.wi, sentence.wj, r.with));
  const event: FoundEvent = {
    id: '',
    type: relation?.type ?? hit.sense.type,
    actors,
    targets,
    time: timeFor(scope, sentence.span),
    place: nearestPlace(places, hit.index)?.entity ?? null,
    quantities: quantityIndexes.map(({ i }) => i),
    start: sentence.span.start,
    end: sentence.span.end,
    trigger: { start: first.start, end: last.end, text: input.text.slice(first.start, last.end) },
  };
  const mode = relation?.mode ?? hit.sense.mode;
  if (mode) event.mode = mode;
  if (hit.future) event.context = ['future'];
  if (hit.sense.lasting) event.lasting = true;
  const magnitudes = magnitudesOf(
    quantityIndexes.map(({ q }) => q),
    hit.sense.type,
  );
  if (magnitudes) event.magnitudes = magnitudes;
  return event;
}

/** Rule 7. */
function timeFor(scope: SentenceScope, sentence: Span): string | null {
  const inside = scope.dates.find((t) => t.start >= sentence.start && t.end <= sentence.end);
  return inside?.id ?? scope.earlierDate?.id ?? null;
}
