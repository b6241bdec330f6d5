/**
 * Event rule 4 (see `extract.ts`): who did it and to whom. The subject before the verb (SVO), after
 * a complementizer, or after the verb (VSO); a verbal noun's actor; names coordinated with a party;
 * the target as the next reachable name of the clause.
 */
import type { Entity } from '../contract/analysis.js';
import { mentionRefs } from '../quotes/extract.js';
import type { EntityMentionRef } from '../quotes/roles.js';
import { foldKey, type Word, type Words } from '../text/words.js';
import { clauseBreaksBetween, crossesComma, crossesStop, type Sentence } from './clauses.js';
import type { EventLexicon } from './lexicon.js';
import { inPlacePhrase } from './places.js';
import type { TriggerHit } from './triggers.js';

const PARTY_TYPES = new Set(['PER', 'ORG', 'LOC']);
/** How many words after the trigger a subject or target may stand. */
const SEARCH_WORDS = 8;
/** How many words a title may take before the name it leads to (`والرئيس التركي رجب`). */
const TITLE_WORDS = 4;
/** How many words after a verbal noun its pair anaphor (`بين البلدين`) may stand. */
const PAIR_REACH = 4;

/** The mentions that can be an event's party: persons, organisations and places, not adjectives. */
export function partyMentions(
  text: string,
  entities: readonly Entity[],
  words: Words,
  lexicon: EventLexicon,
): EntityMentionRef[] {
  return mentionRefs(entities, words).filter(
    (m) => PARTY_TYPES.has(m.type) && !isAdjective(text, words, m, lexicon),
  );
}

/**
 * Rule 4a: a name glued to a relational ending (`الإسرائيلية`, `السوداني`) is an adjective
 * (`the Israeli government`), not the named party itself.
 */
function isAdjective(text: string, words: Words, m: EntityMentionRef, lexicon: EventLexicon) {
  const last = words.at(m.wj - 1) as Word;
  if (m.end >= last.end || m.end <= last.start) return false;
  const rest = foldKey(text.slice(m.end, last.end));
  return lexicon.adjectiveSuffixes.includes(rest);
}

export interface Clause {
  readonly words: Words;
  readonly parties: readonly EntityMentionRef[];
  /** Every mention of the sentence, places too. */
  readonly mentions?: readonly EntityMentionRef[];
  readonly sentence: Sentence;
  readonly lexicon: EventLexicon;
}

type Ref = EntityMentionRef;

/** Rule 4: who did it and to whom. */
export function findParties(c: Clause, hit: TriggerHit): { actors: Ref[]; targets: Ref[] } {
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
      if (slot.elided && t > c.sentence.wi && /^[وف]/u.test((words.at(t) as Word).key)) {
        actor = sentenceSubject(c, t);
      } else if (slot.elided) {
        actor = firstFree(c, after);
      }
    } else if (!actor && !unnamedSubject) {
      actor = firstFree(c, after);
      const framed = [t - 1, t - 2].some((k) => k >= c.sentence.wi && lexicon.frames.matchAt(words, k));
      const inOpeningClause =
        !crossesComma(words, c.sentence.wi, t) && !clauseBreaksBetween(words, c.sentence.wi, t, lexicon);
      if (!actor && !framed && inOpeningClause) actor = sentenceSubject(c, t);
    }
    if (!actor) actor = agentAfterCue(words, parties, c.sentence, hit, lexicon);
  }
  if (!actor && hit.nominal && pairAnaphorAfter(c, after)) actor = lastPairBefore(c, t);
  const actors = actor ? withCoordinated(c, actor) : [];
  if (hit.objectPronoun) {
    // `و«بوتين» يتهمه`: a name right before the verb, marks aside, is its subject, not the antecedent.
    const adjacent = actors.length === 0 ? partyRightBefore(c, t) : undefined;
    const subject = adjacent ? withCoordinated(c, adjacent) : actors;
    const antecedent = antecedentBefore(c, t, subject);
    return { actors: subject, targets: antecedent ? withCoordinated(c, antecedent) : [] };
  }
  const lastActor = actors[actors.length - 1];
  const from = lastActor && lastActor.wi >= after ? lastActor.wj : after;
  const target = parties.find(
    (m) => !actors.includes(m) && reachableAfter(c, from, m) && !inPlacePhrase(words, m, lexicon),
  );
  return { actors, targets: target ? withCoordinated(c, target) : [] };
}

/**
 * Rule 4g: a verb whose object is a glued pronoun (`وصل السيسي إلى أنقرة حيث استقبله أردوغان`)
 * has no object after it; the pronoun stands for the nearest party before the verb in its
 * sentence that is not the verb's own subject nor behind a preposition (`إلى أنقرة`), when only
 * names, prepositions and connectors stand between them.
 */
function antecedentBefore(c: Clause, t: number, actors: readonly Ref[]): Ref | undefined {
  const before = c.parties.filter(
    (m) => m.wj <= t && !actors.includes(m) && !isGoverned(c.words, m, c.lexicon),
  );
  const antecedent = before[before.length - 1];
  return antecedent && onlyBridgesBetween(c, antecedent.wj, t) ? antecedent : undefined;
}

/** The party that ends right before word `t`, only punctuation or quotation marks between. */
function partyRightBefore(c: Clause, t: number): Ref | undefined {
  const before = c.parties.filter((m) => m.wj <= t);
  const last = before[before.length - 1];
  if (!last) return undefined;
  for (let k = last.wj; k < t; k++) if ((c.words.at(k) as Word).kind === 'word') return undefined;
  return last;
}

/**
 * Whether words `[from, to)` hold only names, prepositions, punctuation and the connectors that
 * let a pronoun reach back (`إلى أنقرة حيث`): any other word may be the noun the pronoun stands
 * for (`في خطوة انتقدتها موسكو`).
 */
function onlyBridgesBetween(c: Clause, from: number, to: number): boolean {
  const { words, lexicon } = c;
  const mentions = c.mentions ?? c.parties;
  for (let k = from; k < to; k++) {
    const w = words.at(k) as Word;
    if (w.kind !== 'word' || mentions.some((m) => m.wi <= k && k < m.wj)) continue;
    if (isStandalonePreposition(words, k, lexicon)) continue;
    const bridge = lexicon.pronounBridges.matchAt(words, k, { exact: true });
    if (!bridge) return false;
    k += bridge.length - 1;
  }
  return true;
}

/** A relational adjective with the article (`الروسي`, `الإيرانية`): it closes the noun phrase it follows. */
function isDefiniteAdjective(w: Word): boolean {
  return w.key.startsWith('ال') && /(?:ي|يه)$/u.test(w.key) && w.key.length > 4;
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
    if (nominal && isCausedBy(c, m, t)) return true;
    for (let k = m.wj; k < t; k++) if (!allowed(k)) return false;
    return !(m.wi > 0 && lexicon.triggers.matchAt(words, m.wi - 1));
  });
  return before[before.length - 1];
}

/**
 * `دفع المغرب والجزائر إلى استئناف`: the names right before `إلى`/`على` and the verbal noun are
 * the object of a causative verb before them (through any names joined to them by و).
 */
function isCausedBy(c: Clause, m: Ref, t: number): boolean {
  const { words, lexicon } = c;
  if (m.wj !== t - 1 || !lexicon.causativePrepositions.matchAt(words, m.wj, { exact: true })) return false;
  const first = namesJoinedBefore(c, m)[0] ?? m;
  return first.wi > 0 && lexicon.causatives.matchAt(words, first.wi - 1, { exact: true }) !== null;
}

/**
 * Rule 4c: after a complementizer the subject stands before the verb (`أن قواته قصفت`). A pronoun
 * glued to it (`أنها استهدفت`) is the sentence's subject; a noun is a subject the text leaves unnamed.
 */
function complementSubject(words: Words, t: number, lexicon: EventLexicon): 'pronoun' | 'noun' | null {
  const bare = (w: Word | undefined) => w !== undefined && lexicon.complementizers.has(w.key);
  const withPronoun = (w: Word | undefined) =>
    w !== undefined && lexicon.complementizersWithPronoun.has(w.key);
  const w1 = words.at(t - 1);
  if (bare(w1)) return null;
  if (withPronoun(w1)) return 'pronoun';
  const w2 = words.at(t - 2);
  if (w1?.kind === 'word' && bare(w2)) {
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
  const w = words.at(k);
  if (k >= end || !w || w.kind !== 'word') return { unnamed: false, elided: true };
  const at = partyAt(c, k);
  if (at)
    return isGoverned(words, at, lexicon)
      ? { unnamed: false, elided: true }
      : { actor: at, unnamed: false, elided: false };
  if (isStandalonePreposition(words, k, lexicon)) return { unnamed: false, elided: true };
  if (lexicon.titles.matchAt(words, k)) {
    // `النائب عن كتلة الأحرار فلان`: the body a title speaks for goes on with the title, and the
    // person after that body holds it.
    const complement = lexicon.titleComplements.matchAt(words, k + 1, { exact: true }) !== null;
    let body: Ref | undefined;
    for (let j = k + 1; j < Math.min(end, k + 1 + SEARCH_WORDS); j++) {
      if (words.at(j)?.kind !== 'word') break;
      if (isStandalonePreposition(words, j, lexicon) && !(complement && j === k + 1)) break;
      if (lexicon.triggers.matchAt(words, j) && !partyAt(c, j)) break;
      const m = partyAt(c, j);
      if (m && complement && m.type !== 'PER') {
        body ??= m;
        j = m.wj - 1;
        continue;
      }
      if (m) return { actor: m, unnamed: false, elided: false };
      // A title closed by its adjective, then another title with a noun of its own: the subject is
      // the first, unnamed, and the second heads the object (`اتهم الرئيس الروسي زعيم المجموعة
      // فلان`), also when that noun is the group it leads (`زعيم فاغنر`). A second title right
      // before a person's name is the name's own (`العاهل الأردني الملك فلان`).
      const secondTitle =
        j > k + 1 && lexicon.titles.matchAt(words, j) && isDefiniteAdjective(words.at(j - 1) as Word);
      if (secondTitle && partyAt(c, j + 1)?.type !== 'PER') break;
    }
    return body ? { actor: body, unnamed: false, elided: false } : { unnamed: true, elided: false };
  }
  const group = lexicon.groupNouns.matchAt(words, k, { exact: true }) !== null;
  const next = partyAt(c, k + 1);
  if (
    next &&
    !isGoverned(words, next, lexicon) &&
    (group || isCoordinated(words, next) || canHeadName(w, lexicon))
  ) {
    return { actor: next, unnamed: false, elided: false };
  }
  for (let j = k + 1; j < Math.min(end, k + 5); j++) {
    const wj = words.at(j);
    if (wj?.kind !== 'word') break;
    const m = partyAt(c, j);
    const linked =
      (group && (isLinker(words.at(j - 1), lexicon) || isLinker(words.at(j - 2), lexicon))) ||
      (j === k + 2 && words.at(k + 1)?.key === 'من');
    if (m && (linked || m.type === 'PER' || isCoordinated(words, m)))
      return { actor: m, unnamed: false, elided: false };
    if (m || lexicon.triggers.matchAt(words, j)) break;
    if (isStandalonePreposition(words, j, lexicon) && wj.key !== 'من') break;
  }
  return { unnamed: true, elided: false };
}

/** `وفد من`، `تابعة لـ`: the words that tie a group to its owner. */
function isLinker(w: Word | undefined, lexicon: EventLexicon): boolean {
  return w !== undefined && lexicon.groupLinkers.has(w.key);
}

/**
 * A noun that can stand in apposition or construct before a name (`حركة حماس`, `الرئيس بايدن`):
 * not a sound plural or dual with its nun (`مستوطنون`), which a construct would drop, and not an
 * indefinite accusative (`هدفاً`).
 */
function canHeadName(w: Word, lexicon: EventLexicon): boolean {
  return !lexicon.nonConstructEndings.some((ending) => w.key.endsWith(ending));
}

/** The subject of the sentence's opening clause, when it comes before word `t`. */
function sentenceSubject(c: Clause, t: number): Ref | undefined {
  const first = c.sentence.wi;
  const opening = partyAt(c, first);
  if (opening) return opening.wi < t && !isGoverned(c.words, opening, c.lexicon) ? opening : undefined;
  const slot = subjectAfterVerb(c, first + 1);
  return slot.actor && slot.actor.wi < t ? slot.actor : undefined;
}

/** `انقطاع العلاقات بين البلدين`، `المقطوعة بينهما`: the pair is named within a few words after the noun. */
function pairAnaphorAfter(c: Clause, after: number): boolean {
  for (let k = after; k < Math.min(c.sentence.wj, after + PAIR_REACH); k++) {
    if (c.lexicon.pairAnaphors.matchAt(c.words, k)) return true;
  }
  return false;
}

/** Rule 4f: the last two names joined by و before word `t` in the sentence, the pair `البلدين` stands for. */
function lastPairBefore(c: Clause, t: number): Ref | undefined {
  const before = c.parties.filter((m) => m.wj <= t);
  for (let i = before.length - 1; i > 0; i--) {
    const m = before[i] as Ref;
    if (isCoordinated(c.words, m) && (before[i - 1] as Ref).wj === m.wi) return m;
  }
  return undefined;
}

/**
 * Rule 4e: names joined by `و` to a party share its role (`النرويج وإيرلندا`), whichever of them
 * the rules found first: the last of the list is the one right before a verbal noun (`دفع مصر
 * وتركيا إلى استئناف`).
 */
function withCoordinated(c: Clause, m: Ref): Ref[] {
  const out = [...namesJoinedBefore(c, m), m];
  for (let last = m; ; ) {
    const next =
      c.parties.find((p) => p.wi === last.wj && p !== last && isCoordinated(c.words, p)) ??
      titledCoordinate(c, last);
    if (!next) return out;
    out.push(next);
    last = next;
  }
}

/**
 * `عقد السيسي والرئيس رجب طيب أردوغان جلسة`: a person, then و with a title, then the person the
 * title names, is one list of two persons.
 */
function titledCoordinate(c: Clause, last: Ref): Ref | undefined {
  const { words, lexicon } = c;
  const w = words.at(last.wj);
  if (last.type !== 'PER' || w?.kind !== 'word' || !w.text.startsWith('و')) return undefined;
  // The و must be the conjunction: `وزير` is a title whole, `ووزير`، `والرئيس` are و + a title.
  const title = lexicon.titles.matchAt(words, last.wj);
  if (!title || lexicon.titles.matchAt(words, last.wj, { exact: true })) return undefined;
  for (let j = last.wj + 1; j < Math.min(c.sentence.wj, last.wj + 1 + TITLE_WORDS); j++) {
    if (words.at(j)?.kind !== 'word' || isStandalonePreposition(words, j, lexicon)) return undefined;
    const m = partyAt(c, j);
    if (m) return m.type === 'PER' ? m : undefined;
  }
  return undefined;
}

/** The names joined by و before `m` in one list with it (`المغرب والجزائر`), first to last. */
function namesJoinedBefore(c: Clause, m: Ref): Ref[] {
  const out: Ref[] = [];
  for (let first = m; isCoordinated(c.words, first); ) {
    const previous = c.parties.find((p) => p.wj === first.wi && p !== first);
    if (!previous) break;
    out.unshift(previous);
    first = previous;
  }
  return out;
}

function isCoordinated(words: Words, m: Ref): boolean {
  const word = words.at(m.wi) as Word;
  if (m.start > word.start) return word.text.slice(0, m.start - word.start) === 'و';
  return words.at(m.wi - 1)?.text === 'و';
}

function partyAt(c: Clause, k: number): Ref | undefined {
  return c.parties.find((m) => m.wi === k);
}

function isStandalonePreposition(words: Words, k: number, lexicon: EventLexicon): boolean {
  return (
    lexicon.targetPrepositions.matchAt(words, k, { exact: true }) !== null ||
    lexicon.placePrepositions.matchAt(words, k, { exact: true }) !== null
  );
}

function agentAfterCue(
  words: Words,
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
function isGoverned(words: Words, m: EntityMentionRef, lexicon: EventLexicon): boolean {
  const word = words.at(m.wi) as Word;
  if (m.start > word.start && /[بلك]/u.test(word.text.slice(0, m.start - word.start))) return true;
  const k = m.wi - 1;
  if (k < 0 || (words.at(k) as Word).kind !== 'word') return false;
  return (
    lexicon.targetPrepositions.matchAt(words, k, { exact: true }) !== null ||
    lexicon.placePrepositions.matchAt(words, k, { exact: true }) !== null
  );
}
