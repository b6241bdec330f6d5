/**
 * Events: what happened between whom, typed with PLOVER's categories, one sentence as evidence.
 *
 * Rules, in the order they apply (each has a test named after it):
 *  1. sentences in related, boilerplate and caption segments are not the article's facts: skipped;
 *  2. a trigger is a word or phrase of the trigger lexicon outside direct quotes, entity names and
 *     time expressions (`فجر الاثنين` is a dawn, not a bombing); a trigger with a `with` list
 *     counts only when one of those words is in the sentence (`رفع` + `القائمة` is CONCEDE), and
 *     its `relations` set the mode by the first whose word is there (`القائمة`: delist); future
 *     verbs (`سيزور`) count, with context `future`;
 *  3. a trigger right after a negation (لم، لن، نفى…), anywhere in a clause a verbal negator (لم، لن)
 *     opens, after a hypothesis (في حال، إذا، لو) in its sentence, after a modal word close before
 *     it (يعتزم، يمكن أن) or after `قد` before a present verb (`قد يزور`), or in a question (`هل`،
 *     `؟`) makes no event: PLOVER drops negated events, and an intention, a possibility or a
 *     question is no event that happened; a natural cause as the subject (`ضرب زلزال …`) makes
 *     no event either (a quake is no actor);
 *     3b. a verbal noun in its clause after a trigger of another type, or in the ب-complement of
 *     one, is what that event is about (`أدانت فرنسا الهجوم`، `رحب بالاتفاق`), not an event;
 *  4. parties (a name glued to a relational ending, `الإسرائيلية`, is an adjective, not a party):
 *     4b. SVO: the name right before the verb, only particles or adverbs between (`الصين قد
 *     نشرت`); a verbal noun takes the subject of its light verb (`إسرائيل تشن غارات`);
 *     4c. after أن/إن a noun subject (`أن قواته قصفت`) leaves the actor unnamed, a glued pronoun
 *     (`أنها استهدفت`) is the sentence's subject;
 *     4d. VSO: the phrase right after the verb is its subject — a name, a title leading to a name,
 *     a group noun with its owner (`وفد من حركة حماس`), a head noun in construct with a name
 *     (`حركة حماس`); any other noun is a subject the text leaves unnamed, and names after it are
 *     objects; a coordinated verb followed by a preposition (`، واجتمع مع`) keeps the sentence's
 *     subject; a verbal noun's actor is the first free name after it, else the sentence's subject
 *     unless a frame (`خلال`، `بعد`) governs it; a circumstantial participle (`متوعداً`) takes the
 *     sentence's subject; else an agent cue (`على يد`، `تبناه`);
 *     4e. names joined by و share their role (`النرويج وإيرلندا`);
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
import { mentionRefs } from '../quotes/extract.js';
import type { EntityMentionRef } from '../quotes/roles.js';
import { foldKey, stemsOf, type Word, wordIndexAt, wordsOf } from '../text/words.js';
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
/** How far before its trigger a modal word (`يعتزم`) still governs it. */
const MODAL_REACH = 4;

interface Sentence {
  readonly span: Span;
  readonly wi: number;
  readonly wj: number;
}

export function extractEvents(input: EventInput, lexicon: EventLexicon): FoundEvent[] {
  const base = wordsOf(input.text);
  const words = withFutureStems(base);
  const mentions = mentionRefs(input.entities, words).filter(
    (m) => PARTY_TYPES.has(m.type) && !isAdjective(input.text, words, m, lexicon),
  );
  const events: FoundEvent[] = [];
  const scopes = new SentenceScopes(input, mentions);
  const segments = new SegmentCursor(input.segments ?? []);
  for (const span of input.sentences) {
    if (SKIPPED_SEGMENTS.has(segments.kindAt(span.start) ?? 'body')) continue;
    const sentence = { span, wi: wordIndexAt(words, span.start), wj: wordIndexAt(words, span.end) };
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

/**
 * Rule 4a: a name glued to a relational ending (`الإسرائيلية`, `السوداني`) is an adjective
 * (`the Israeli government`), not the named party itself.
 */
function isAdjective(text: string, words: readonly Word[], m: EntityMentionRef, lexicon: EventLexicon) {
  const last = words[m.wj - 1] as Word;
  if (m.end >= last.end || m.end <= last.start) return false;
  const rest = foldKey(text.slice(m.end, last.end));
  return lexicon.adjectiveSuffixes.includes(rest);
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

/**
 * The kind of the segment holding an offset, for offsets asked in increasing order (sentences):
 * a sweep over the segments sorted by start instead of a search of all of them per sentence,
 * which made a text of many paragraphs quadratic. Where segments overlap, the one listed first
 * wins, as a search in list order would have it.
 */
class SegmentCursor {
  private readonly sorted: readonly { readonly segment: Segment; readonly order: number }[];
  private next = 0;
  private active: { readonly segment: Segment; readonly order: number }[] = [];
  private last = -1;

  constructor(segments: readonly Segment[]) {
    this.sorted = segments
      .map((segment, order) => ({ segment, order }))
      .sort((a, b) => a.segment.start - b.segment.start);
  }

  kindAt(offset: number): Segment['kind'] | undefined {
    if (offset < this.last) {
      this.next = 0;
      this.active = [];
    }
    this.last = offset;
    while (this.next < this.sorted.length && (this.sorted[this.next]?.segment.start ?? 0) <= offset) {
      this.active.push(this.sorted[this.next] as (typeof this.sorted)[number]);
      this.next++;
    }
    this.active = this.active.filter((a) => a.segment.end > offset);
    let first: (typeof this.active)[number] | undefined;
    for (const a of this.active) if (!first || a.order < first.order) first = a;
    return first?.segment.kind;
  }
}

interface TriggerHit {
  readonly index: number;
  readonly length: number;
  readonly sense: TriggerSense;
  readonly future: boolean;
  /** A verbal noun or a word with an article or a preposition glued to it: no subject after it. */
  readonly nominal: boolean;
}

function triggersIn(
  words: readonly Word[],
  base: readonly Word[],
  scope: SentenceScope,
  sentence: Sentence,
  lexicon: EventLexicon,
): TriggerHit[] {
  const { mentions, quoted } = scope;
  const hits: TriggerHit[] = [];
  if (isQuestion(words, sentence, lexicon)) return hits;
  let lastTrigger = -1;
  for (let k = sentence.wi; k < sentence.wj; k++) {
    const word = words[k] as Word;
    if (quoted.some((q) => q.start <= word.start && word.start < q.end)) continue;
    if (mentions.some((m) => m.wi <= k && k < m.wj)) continue;
    if (scope.dates.some((t) => t.start <= word.start && word.start < t.end)) continue;
    const match = lexicon.triggers.matchAt(words, k);
    if (!match) continue;
    const previous = lastTrigger;
    lastTrigger = k;
    const needs = match.value.with;
    if (needs && !rangeHas(words, sentence.wi, sentence.wj, needs)) continue;
    const future = lexicon.triggers.matchAt(base, k) === null;
    const prefix = procliticsOf(word, match.phrase);
    const nominal = match.value.form === 'noun' || /ال|^[وف]?[بل]/u.test(prefix);
    if (
      isNegatedOrHypothetical(words, sentence, k, lexicon) ||
      isModal(words, sentence, k, match.phrase, lexicon) ||
      (!nominal && hasNaturalCause(words, k + match.length, sentence, lexicon)) ||
      (nominal && isThemeOf(words, previous, k, prefix, match.value.type, lexicon))
    ) {
      k += match.length - 1;
      continue;
    }
    hits.push({ index: k, length: match.length, sense: match.value, future, nominal });
    k += match.length - 1;
  }
  return hits;
}

/** The proclitics in front of the lexicon form a word matched through (`بالاتفاق` → `بال`). */
function procliticsOf(word: Word, phrase: string): string {
  const first = foldKey(phrase.split(/\s+/u)[0] ?? '');
  const at = word.key.lastIndexOf(first);
  return at > 0 ? word.key.slice(0, at) : '';
}

/**
 * Rule 3b: a noun trigger in the ب-complement of an earlier trigger of its clause is what that
 * event is about (`رحب بالاتفاق`، `اتهم … بخرق اتفاق`), not an event of its own.
 */
function isThemeOf(
  words: readonly Word[],
  previous: number,
  k: number,
  prefix: string,
  type: PloverType,
  lexicon: EventLexicon,
): boolean {
  if (previous < 0 || clauseBreaksBetween(words, previous + 1, k, lexicon)) return false;
  if (crossesStop(words, previous + 1, k) || crossesComma(words, previous + 1, k)) return false;
  const earlier = lexicon.triggers.matchAt(words, previous)?.value;
  if (earlier && earlier.type !== type) return true;
  if (/^[وف]?ب/u.test(prefix)) return true;
  const before = words[k - 1];
  return (
    before !== undefined &&
    before.kind === 'word' &&
    k - 1 > previous &&
    /^[وف]?ب/u.test(before.key) &&
    before.key.length >= 4
  );
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

/** Rule 3: a sentence ending in a question mark or opening with a question word. */
function isQuestion(words: readonly Word[], sentence: Sentence, lexicon: EventLexicon): boolean {
  for (let k = sentence.wj - 1; k >= sentence.wi; k--) {
    const w = words[k] as Word;
    if (w.kind === 'word') break;
    if (w.text.includes('؟') || w.text.includes('?')) return true;
  }
  return lexicon.questionWords.matchAt(words, sentence.wi) !== null;
}

/** The first word of the trigger's clause: after the last comma, stop or clause break before it. */
function clauseStart(words: readonly Word[], sentence: Sentence, k: number, lexicon: EventLexicon): number {
  for (let j = k - 1; j >= sentence.wi; j--) {
    const w = words[j] as Word;
    if (CLAUSE_STOPS.has(w.text) || /^[،,]$/u.test(w.text)) return j + 1;
    if (lexicon.clauseBreaks.matchAt(words, j)) return j + 1;
  }
  return sentence.wi;
}

/**
 * Rule 3: a modal word at most MODAL_REACH words before the trigger in its clause (`تعتزم روسيا
 * الاعتراف`), or `قد` right before a present verb (`قد يزور`; `قد زار` is a past, and stays).
 */
function isModal(
  words: readonly Word[],
  sentence: Sentence,
  k: number,
  phrase: string,
  lexicon: EventLexicon,
): boolean {
  const from = Math.max(clauseStart(words, sentence, k, lexicon), k - MODAL_REACH);
  for (let j = from; j < k; j++) if (lexicon.modals.matchAt(words, j)) return true;
  if (words[k - 1]?.key !== 'قد') return false;
  const form = foldKey(phrase.split(/\s+/u)[0] ?? '');
  if (form.startsWith('ي')) return true;
  return form.startsWith('ت') && lexicon.triggers.matchAt(wordsOf(`ي${form.slice(1)}`), 0) !== null;
}

/** Rule 3: a natural cause right after a verb is its subject (`ضرب زلزال المنطقة`): no actor, no event. */
function hasNaturalCause(words: readonly Word[], from: number, sentence: Sentence, lexicon: EventLexicon) {
  let k = from;
  while (k < sentence.wj && lexicon.verbSkips.matchAt(words, k, { exact: true })) k++;
  return k < sentence.wj && lexicon.naturalCauses.matchAt(words, k) !== null;
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
  for (let j = clauseStart(words, sentence, k, lexicon); j < k; j++) {
    if (lexicon.clauseNegations.matchAt(words, j, { exact: true })) return true;
    const w = words[j] as Word;
    if (/^[وف]/u.test(w.key) && lexicon.clauseNegations.matchAt(words, j)) return true;
  }
  return false;
}

function buildEvent(
  input: EventInput,
  words: readonly Word[],
  scope: SentenceScope,
  sentence: Sentence,
  hit: TriggerHit,
  lexicon: EventLexicon,
): FoundEvent | null {
  const inSentence = scope.mentions.filter((m) => m.wi >= sentence.wi && m.wj <= sentence.wj);
  const places = inSentence.filter((m) => m.type === 'LOC' && isPlace(words, m, lexicon));
  const parties = inSentence.filter((m) => !places.includes(m));
  const found = findParties({ words, parties, sentence, lexicon }, hit);
  let actors = [...new Set(found.actors.map((m) => m.entity))];
  let targets = [...new Set(found.targets.map((m) => m.entity))].filter((e) => !actors.includes(e));
  if (hit.sense.swap) [actors, targets] = [targets, actors];
  if (hit.sense.symmetric) [actors, targets] = [[...new Set([...actors, ...targets])], []];
  if (actors.length === 0 && targets.length === 0) return null;
  const first = words[hit.index] as Word;
  const last = words[hit.index + hit.length - 1] as Word;
  const quantityIndexes = scope.quantities.filter(({ q }) => q.end <= sentence.span.end);
  const event: FoundEvent = {
    id: '',
    type: hit.sense.type,
    actors,
    targets,
    time: timeFor(scope, sentence.span),
    place: nearestPlace(places, hit.index)?.entity ?? null,
    quantities: quantityIndexes.map(({ i }) => i),
    start: sentence.span.start,
    end: sentence.span.end,
    trigger: { start: first.start, end: last.end, text: input.text.slice(first.start, last.end) },
  };
  const relation = hit.sense.relations.find((r) => rangeHas(words, sentence.wi, sentence.wj, r.with));
  const mode = relation?.mode ?? hit.sense.mode;
  if (mode) event.mode = mode;
  if (hit.future) event.context = ['future'];
  const magnitudes = magnitudesOf(
    quantityIndexes.map(({ q }) => q),
    hit.sense.type,
  );
  if (magnitudes) event.magnitudes = magnitudes;
  return event;
}

interface Clause {
  readonly words: readonly Word[];
  readonly parties: readonly EntityMentionRef[];
  readonly sentence: Sentence;
  readonly lexicon: EventLexicon;
}

type Ref = EntityMentionRef;

/** Rule 4: who did it and to whom. */
function findParties(c: Clause, hit: TriggerHit): { actors: Ref[]; targets: Ref[] } {
  const { words, parties, lexicon } = c;
  const t = hit.index;
  const after = hit.index + hit.length;
  let actor: Ref | undefined;
  let unnamedSubject = false;
  if (hit.sense.form === 'participle') {
    actor = sentenceSubject(c, t);
  } else {
    actor = subjectBefore(c, t, hit.nominal);
    const clauseSubject = actor ? null : complementSubject(words, t, lexicon);
    if (clauseSubject === 'pronoun') actor = sentenceSubject(c, t);
    unnamedSubject = clauseSubject !== null && !actor;
    if (!actor && !unnamedSubject && !hit.nominal) {
      const slot = subjectAfterVerb(c, after);
      actor = slot.actor;
      unnamedSubject = slot.unnamed;
      if (slot.elided && t > c.sentence.wi && /^[وف]/u.test((words[t] as Word).key)) {
        actor = sentenceSubject(c, t);
      } else if (slot.elided) {
        actor = firstFree(c, after);
      }
    } else if (!actor && !unnamedSubject) {
      actor = firstFree(c, after);
      const framed = [t - 1, t - 2].some((k) => k >= c.sentence.wi && lexicon.frames.matchAt(words, k));
      if (!actor && !framed && !crossesComma(words, c.sentence.wi, t)) actor = sentenceSubject(c, t);
    }
    if (!actor) actor = agentAfterCue(words, parties, c.sentence, hit, lexicon);
  }
  const actors = actor ? withCoordinated(c, actor) : [];
  const lastActor = actors[actors.length - 1];
  const from = lastActor && lastActor.wi >= after ? lastActor.wj : after;
  const target = parties.find(
    (m) => !actors.includes(m) && reachableAfter(c, from, m) && !inPlacePhrase(words, m, lexicon),
  );
  return { actors, targets: target ? withCoordinated(c, target) : [] };
}

/** The first name after word `from` in its clause that no preposition governs. */
function firstFree(c: Clause, from: number): Ref | undefined {
  return c.parties.find((m) => reachableAfter(c, from, m) && !isGoverned(c.words, m, c.lexicon));
}

/** Whether name `m` stands within SEARCH_WORDS after word `from`, with no stop, comma or clause break between. */
function reachableAfter(c: Clause, from: number, m: Ref): boolean {
  const { words, lexicon } = c;
  return (
    m.wi >= from &&
    m.wi - from <= SEARCH_WORDS &&
    !crossesStop(words, from, m.wi) &&
    !crossesComma(words, from, m.wi) &&
    !clauseBreaksBetween(words, from, m.wi, lexicon)
  );
}

/**
 * Rule 4b: SVO, the name right before the verb, only particles and adverbs between (`الصين قد
 * نشرت`). A verbal noun takes the subject of the light verb before it (`إسرائيل تشن غارات`).
 */
function subjectBefore(c: Clause, t: number, nominal: boolean): Ref | undefined {
  const { words, parties, lexicon } = c;
  const allowed = (k: number) =>
    lexicon.subjectParticles.matchAt(words, k, { exact: true }) !== null ||
    lexicon.verbSkips.matchAt(words, k, { exact: true }) !== null ||
    (nominal && k === t - 1 && lexicon.lightVerbs.matchAt(words, k) !== null);
  const before = parties.filter((m) => {
    if (m.wj > t || t - m.wj > 2 || isGoverned(words, m, lexicon)) return false;
    for (let k = m.wj; k < t; k++) if (!allowed(k)) return false;
    return !(m.wi > 0 && lexicon.triggers.matchAt(words, m.wi - 1));
  });
  return before[before.length - 1];
}

/**
 * Rule 4c: after a complementizer the subject stands before the verb (`أن قواته قصفت`). A pronoun
 * glued to it (`أنها استهدفت`) is the sentence's subject; a noun is a subject the text leaves unnamed.
 */
function complementSubject(
  words: readonly Word[],
  t: number,
  lexicon: EventLexicon,
): 'pronoun' | 'noun' | null {
  const isComplementizer = (k: number) => /^(ب?[اإ]ن|[اإ]ن(ه|ها|هم|هما|نا))$/u.test(words[k]?.key ?? '');
  const w1 = words[t - 1];
  if (w1 && isComplementizer(t - 1)) return /[اإ]ن$/u.test(w1.key) ? null : 'pronoun';
  const w2 = words[t - 2];
  if (w1?.kind === 'word' && w2 && isComplementizer(t - 2) && /[اإ]ن$/u.test(w2.key)) {
    return lexicon.subjectParticles.matchAt(words, t - 1, { exact: true }) ? null : 'noun';
  }
  return null;
}

interface Slot {
  actor?: Ref;
  /** A noun that names nobody the text tags fills the subject (`هاجم مستوطنون`). */
  unnamed: boolean;
  /** No subject after the verb: a preposition follows it (`واجتمع مع …`). */
  elided: boolean;
}

/**
 * Rule 4d: VSO. The subject is the phrase right after the verb, adverbs (`أمس`, `رسمياً`) and
 * preposition+pronoun words (`بها`) allowed before it: a name; a title that leads to a name
 * (`الرئيس المصري عبد الفتاح السيسي`); a group noun whose owner follows (`وفد من حركة حماس`,
 * `طائرات تابعة لجماعة`); or any other noun, which leaves the subject unnamed unless a name is
 * coordinated with it (`الحكومة السودانية وقوات الدعم السريع`). Names further on are objects.
 */
function subjectAfterVerb(c: Clause, from: number): Slot {
  const { words, lexicon } = c;
  const end = c.sentence.wj;
  let k = from;
  while (k < end && lexicon.verbSkips.matchAt(words, k, { exact: true })) k++;
  const w = words[k];
  if (k >= end || !w || w.kind !== 'word') return { unnamed: false, elided: true };
  const at = partyAt(c, k);
  if (at)
    return isGoverned(words, at, lexicon)
      ? { unnamed: false, elided: true }
      : { actor: at, unnamed: false, elided: false };
  if (isStandalonePreposition(words, k, lexicon)) return { unnamed: false, elided: true };
  if (lexicon.titles.matchAt(words, k)) {
    for (let j = k + 1; j < Math.min(end, k + 1 + SEARCH_WORDS); j++) {
      if (words[j]?.kind !== 'word' || isStandalonePreposition(words, j, lexicon)) break;
      if (lexicon.triggers.matchAt(words, j) && !partyAt(c, j)) break;
      const m = partyAt(c, j);
      if (m) return { actor: m, unnamed: false, elided: false };
    }
    return { unnamed: true, elided: false };
  }
  const group = lexicon.groupNouns.matchAt(words, k, { exact: true }) !== null;
  const next = partyAt(c, k + 1);
  if (next && !isGoverned(words, next, lexicon) && (group || isCoordinated(words, next) || canHeadName(w))) {
    return { actor: next, unnamed: false, elided: false };
  }
  for (let j = k + 1; j < Math.min(end, k + 5); j++) {
    const wj = words[j];
    if (wj?.kind !== 'word') break;
    const m = partyAt(c, j);
    const linked =
      (group && (isLinker(words[j - 1]) || isLinker(words[j - 2]))) ||
      (j === k + 2 && words[k + 1]?.key === 'من');
    if (m && (linked || m.type === 'PER' || isCoordinated(words, m)))
      return { actor: m, unnamed: false, elided: false };
    if (m || lexicon.triggers.matchAt(words, j)) break;
    if (isStandalonePreposition(words, j, lexicon) && wj.key !== 'من') break;
  }
  return { unnamed: true, elided: false };
}

/** `وفد من`، `تابعة لـ`: the words that tie a group to its owner. */
function isLinker(w: Word | undefined): boolean {
  return w !== undefined && /^(من|ال)?(من|تابع|تابعه|تابعين|تابعون)$/u.test(w.key);
}

/**
 * A noun that can stand in apposition or construct before a name (`حركة حماس`, `الرئيس بايدن`):
 * not a sound plural or dual with its nun (`مستوطنون`), which a construct would drop, and not an
 * indefinite accusative (`هدفاً`).
 */
function canHeadName(w: Word): boolean {
  return !/(ون|ين|ان|ا)$/u.test(w.key);
}

/** The subject of the sentence's opening clause, when it comes before word `t`. */
function sentenceSubject(c: Clause, t: number): Ref | undefined {
  const first = c.sentence.wi;
  const opening = partyAt(c, first);
  if (opening) return opening.wi < t && !isGoverned(c.words, opening, c.lexicon) ? opening : undefined;
  const slot = subjectAfterVerb(c, first + 1);
  return slot.actor && slot.actor.wi < t ? slot.actor : undefined;
}

/** Rule 4e: names joined by `و` to a party share its role (`النرويج وإيرلندا`). */
function withCoordinated(c: Clause, m: Ref): Ref[] {
  const out = [m];
  for (let last = m; ; ) {
    const next = c.parties.find((p) => p.wi === last.wj && p !== last && isCoordinated(c.words, p));
    if (!next) return out;
    out.push(next);
    last = next;
  }
}

function isCoordinated(words: readonly Word[], m: Ref): boolean {
  const word = words[m.wi] as Word;
  if (m.start > word.start) return word.text.slice(0, m.start - word.start) === 'و';
  return words[m.wi - 1]?.text === 'و';
}

function partyAt(c: Clause, k: number): Ref | undefined {
  return c.parties.find((m) => m.wi === k);
}

function isStandalonePreposition(words: readonly Word[], k: number, lexicon: EventLexicon): boolean {
  return (
    lexicon.targetPrepositions.matchAt(words, k, { exact: true }) !== null ||
    lexicon.placePrepositions.matchAt(words, k, { exact: true }) !== null
  );
}

/** Rule 5b: a name inside a `في` phrase (`في مؤتمر بروكسل`) is never the event's target. */
function inPlacePhrase(words: readonly Word[], m: Ref, lexicon: EventLexicon): boolean {
  const place = (k: number) =>
    k >= 0 && lexicon.placePrepositions.matchAt(words, k, { exact: true }) !== null;
  const word = words[m.wi] as Word;
  if (m.start > word.start) return false;
  return place(m.wi - 1) || (place(m.wi - 2) && words[m.wi - 1]?.kind === 'word');
}

function clauseBreaksBetween(
  words: readonly Word[],
  from: number,
  to: number,
  lexicon: EventLexicon,
): boolean {
  for (let k = from; k < to; k++) if (lexicon.clauseBreaks.matchAt(words, k)) return true;
  return false;
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

/**
 * Rule 5: `بموسكو`, `في حلب`, `قرب موسكو`, `في مدينة حلب`, `بالقرب من دمشق`; a place noun after
 * `من`/`إلى` (`من قاعدة عين الأسد`, `إلى مدينة حلب`); and a place marker (`على الحدود مع أوكرانيا`).
 */
function isPlace(words: readonly Word[], m: EntityMentionRef, lexicon: EventLexicon): boolean {
  const word = words[m.wi] as Word;
  if (m.start > word.start && /^[وف]?ب$/u.test(word.text.slice(0, m.start - word.start))) return true;
  if (m.start > word.start) return false;
  if (m.wi > 0 && lexicon.naturalCauses.matchAt(words, m.wi - 1)) return true;
  for (let k = m.wi - 1; k >= Math.max(0, m.wi - 2); k--) {
    const marker = lexicon.placeMarkers.matchAt(words, k);
    if (marker && k + marker.length === m.wi) return true;
  }
  let sawNoun = false;
  for (let k = m.wi - 1; k >= Math.max(0, m.wi - 4); k--) {
    const w = words[k] as Word;
    if (w.kind !== 'word') return false;
    const prep = lexicon.placePrepositions.matchAt(words, k);
    if (prep && (k + prep.length === m.wi || sawNoun)) return true;
    if (sawNoun && /^(من|[اإ]لى)$/u.test(w.key)) return true;
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

function crossesComma(words: readonly Word[], from: number, to: number): boolean {
  let commas = 0;
  for (let k = from; k < to; k++) if (/^[،,]$/u.test((words[k] as Word).text)) commas++;
  return commas > 0 && commas % 2 === 1;
}

/** Rule 7. */
function timeFor(scope: SentenceScope, sentence: Span): string | null {
  const inside = scope.dates.find((t) => t.start >= sentence.start && t.end <= sentence.end);
  return inside?.id ?? scope.earlierDate?.id ?? null;
}

interface Bounds {
  readonly start: number;
  readonly end: number;
}

/** A figure with its index in the document's list, which events cite. */
interface IndexedQuantity extends Bounds {
  readonly q: Quantity;
  readonly i: number;
}

/** What of the document one sentence's events may use, found by binary search, not by scanning. */
interface SentenceScope {
  /** Entity mentions that start inside the sentence, or run into it from just before. */
  readonly mentions: readonly EntityMentionRef[];
  /** Direct quotes overlapping the sentence. */
  readonly quoted: readonly Span[];
  /** Figures starting inside the sentence, with their index in the document's list. */
  readonly quantities: readonly IndexedQuantity[];
  /** Dates starting inside the sentence (rule 7). */
  readonly dates: readonly TimeMention[];
  /** The last date of the paragraph that ends before the sentence starts (rule 7). */
  readonly earlierDate: TimeMention | undefined;
}

/**
 * Each sentence looks only at the mentions, quotes, figures and dates near it: scanning the whole
 * document's lists for every sentence made long texts quadratic.
 */
class SentenceScopes {
  private readonly mentions: readonly EntityMentionRef[];
  private readonly quoted: readonly Span[];
  private readonly quantities: readonly IndexedQuantity[];
  private readonly dates: readonly TimeMention[];
  private readonly dateStarts: readonly number[];
  private readonly newlines: readonly number[];

  constructor(input: EventInput, mentions: readonly EntityMentionRef[]) {
    const byStart = (a: Bounds, b: Bounds) => a.start - b.start;
    this.mentions = [...mentions].sort(byStart);
    this.quoted = [...(input.quoted ?? [])].sort(byStart);
    this.quantities = (input.quantities ?? [])
      .map((q, i) => ({ q, i, start: q.start, end: q.end }))
      .sort(byStart);
    this.dates = (input.times ?? []).filter((t) => t.kind === 'date').sort(byStart);
    this.dateStarts = this.dates.map((t) => t.start);
    const newlines: number[] = [];
    for (let at = input.text.indexOf('\n'); at >= 0; at = input.text.indexOf('\n', at + 1)) newlines.push(at);
    this.newlines = newlines;
  }

  of(sentence: Span): SentenceScope {
    const newline = this.newlines[firstAtOrAfter(this.newlines, sentence.start) - 1];
    const paragraphStart = newline === undefined ? 0 : newline + 1;
    return {
      mentions: startingWithin(this.mentions, sentence.start, sentence.end, 1),
      quoted: startingWithin(this.quoted, sentence.start, sentence.end, 1).filter(
        (q) => q.end > sentence.start,
      ),
      quantities: startingWithin(this.quantities, sentence.start, sentence.end, 0),
      dates: startingWithin(this.dates, sentence.start, sentence.end, 0),
      earlierDate: this.lastDateBefore(paragraphStart, sentence.start),
    };
  }

  /**
   * The date with the greatest start among those starting at or after `from` and ending by `to`:
   * found walking back from `to`, not forward from the paragraph start, which made one long
   * paragraph quadratic. The walk stops at the first fit; only dates overlapping `to` are passed.
   */
  private lastDateBefore(from: number, to: number): TimeMention | undefined {
    for (let k = firstAtOrAfter(this.dateStarts, to) - 1; k >= 0; k--) {
      const date = this.dates[k] as TimeMention;
      if (date.start < from) return undefined;
      if (date.end <= to) return date;
    }
    return undefined;
  }
}

/** Index of the first number in a sorted list that is at or after `value`. */
function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Spans of a list sorted by start that start in `[from, to)`, plus the `before` spans just before
 * `from` when they reach into it (a quote opened in an earlier sentence).
 */
function startingWithin<T extends Bounds>(
  sorted: readonly T[],
  from: number,
  to: number,
  before: number,
): T[] {
  const lo = wordIndexAt(sorted, from);
  const out: T[] = [];
  for (let k = Math.max(0, lo - before); k < lo; k++) {
    const item = sorted[k] as T;
    if (item.end > from) out.push(item);
  }
  for (let k = lo; k < sorted.length && (sorted[k] as T).start < to; k++) out.push(sorted[k] as T);
  return out;
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
      (q.role === null || q.role === 'other' || q.role === 'fighters') &&
      out.size === undefined
    ) {
      out.size = value;
    }
  }
  return Object.keys(out).length > 0 ? out : null;
}
