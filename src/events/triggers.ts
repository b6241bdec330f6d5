/**
 * Event rules 2, 3 and 3b (see `extract.ts`): where a sentence has a trigger of the lexicon, and
 * which triggers make no event (negated, hypothetical, modal, a question, a natural cause as the
 * subject, or the theme of another trigger).
 */
import type { PloverType } from '../contract/analysis.js';
import type { PhraseLexicon } from '../text/phrases.js';
import { foldKey, stemsOf, type Word, type Words, withExtraStems, wordsOf } from '../text/words.js';
import {
  CLAUSE_STOPS,
  clauseBreaksBetween,
  crossesComma,
  crossesStop,
  rangeHas,
  type Sentence,
} from './clauses.js';
import type { EventLexicon, TriggerSense } from './lexicon.js';
import type { SentenceScope } from './scope.js';

/** How far before its trigger a modal word (`يعتزم`) still governs it. */
const MODAL_REACH = 4;

/** Rule 2: `سيزور` and `وستوقع` also match through their present stem. */
export function withFutureStems(words: Words): Words {
  // Asked once per spelling, not once per occurrence (a million small arrays over a 9 MB text).
  return withExtraStems(words, (stems) => {
    const extra = stems.filter((s) => /^س[يتن]/u.test(s) && s.length > 3).flatMap((s) => stemsOf(s.slice(1)));
    return extra.length ? [...stems, ...extra] : null;
  });
}

/**
 * Rule 2: a verb with its object pronoun glued to it (`اتهمها`، `استقبله`، `هاجموهم`) also matches
 * through the verb; only verbs, since a noun with a possessive (`زيارته`) changes its own ending.
 */
export function withObjectPronouns(words: Words, lexicon: EventLexicon): Words {
  // Asked once per spelling, not once per occurrence.
  return withExtraStems(words, (stems) => {
    const extra: string[] = [];
    for (const s of stems) {
      for (const pronoun of lexicon.objectPronouns) {
        if (!s.endsWith(pronoun) || s.length - pronoun.length < 3) continue;
        const verb = s.slice(0, -pronoun.length);
        // The plural's silent alif is not written before a pronoun: هاجموا + هم → هاجموهم.
        for (const form of verb.endsWith('و') ? [verb, `${verb}ا`] : [verb]) {
          if (lexicon.verbForms.has(form)) extra.push(form);
        }
      }
    }
    return extra.length ? [...stems, ...extra] : null;
  });
}

export interface TriggerHit {
  readonly index: number;
  readonly length: number;
  readonly sense: TriggerSense;
  readonly future: boolean;
  /** A verbal noun or a word with an article or a preposition glued to it: no subject after it. */
  readonly nominal: boolean;
  /** A verb with its object glued to it as a pronoun (`استقبله`، `اتهمها`): no object after it. */
  readonly objectPronoun: boolean;
}

export function triggersIn(
  words: Words,
  base: Words,
  scope: SentenceScope,
  sentence: Sentence,
  lexicon: EventLexicon,
): TriggerHit[] {
  const { mentions, quoted } = scope;
  const hits: TriggerHit[] = [];
  if (isQuestion(words, sentence, lexicon)) return hits;
  let lastTrigger = -1;
  for (let k = sentence.wi; k < sentence.wj; k++) {
    const word = words.at(k) as Word;
    if (quoted.some((q) => q.start <= word.start && word.start < q.end)) continue;
    if (mentions.some((m) => m.wi <= k && k < m.wj)) continue;
    if (scope.dates.some((t) => t.start <= word.start && word.start < t.end)) continue;
    const match = lexicon.triggers.matchAt(words, k);
    if (!match) continue;
    // A word that needs companions it lacks (`دفع` without troops) or reads as another word is no
    // trigger, so it cannot make the noun after it its theme either.
    const needs = match.value.with;
    if (needs && !rangeHas(words, sentence.wi, sentence.wj, needs)) continue;
    const otherWord = match.value.notBefore;
    if (otherWord?.matchAt(words, k + match.length, { exact: true })) continue;
    if (match.value.governs && !governedAfter(words, k + match.length, sentence, match.value.governs))
      continue;
    const previous = lastTrigger;
    lastTrigger = k;
    const future = lexicon.triggers.matchAt(base, k) === null;
    const prefix = procliticsOf(word, match.phrase);
    const nominal = match.value.form === 'noun' || /ال|^[وف]?[بل]/u.test(prefix);
    if (
      isNegatedOrHypothetical(words, sentence, k, lexicon) ||
      isModal(words, sentence, k, match.phrase, lexicon) ||
      (!nominal && hasNaturalCause(words, k + match.length, sentence, lexicon)) ||
      (nominal && !match.value.lasting && isThemeOf(words, previous, k, prefix, match.value.type, lexicon))
    ) {
      k += match.length - 1;
      continue;
    }
    const objectPronoun =
      !nominal && match.length === 1 && hasObjectPronoun(word, prefix, match.phrase, lexicon);
    hits.push({ index: k, length: match.length, sense: match.value, future, nominal, objectPronoun });
    k += match.length - 1;
  }
  return hits;
}

/** How many words after a trigger the preposition it governs may stand (its subject between). */
const GOVERNED_REACH = 4;

/**
 * Whether one of the words a trigger governs follows it within GOVERNED_REACH words, before any
 * indefinite object (`أرباحاً`), punctuation or the sentence's end.
 */
function governedAfter(
  words: Words,
  from: number,
  sentence: Sentence,
  governs: PhraseLexicon<true>,
): boolean {
  for (let k = from; k < Math.min(sentence.wj, from + GOVERNED_REACH); k++) {
    const w = words.at(k) as Word;
    if (w.kind !== 'word') return false;
    if (governs.matchAt(words, k, { exact: true })) return true;
    if (/(اً|ًا)$/u.test(w.text)) return false;
  }
  return false;
}

/** Whether the word is the verb form with an object pronoun after it (`استقبله`، `هاجموهم`). */
function hasObjectPronoun(word: Word, prefix: string, phrase: string, lexicon: EventLexicon): boolean {
  const rest = word.key.slice(prefix.length);
  return rest !== foldKey(phrase) && lexicon.objectPronouns.some((p) => rest.endsWith(p));
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
  words: Words,
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
  const before = words.at(k - 1);
  return (
    before !== undefined &&
    before.kind === 'word' &&
    k - 1 > previous &&
    /^[وف]?ب/u.test(before.key) &&
    before.key.length >= 4
  );
}

/** Rule 3: a sentence ending in a question mark or opening with a question word. */
function isQuestion(words: Words, sentence: Sentence, lexicon: EventLexicon): boolean {
  for (let k = sentence.wj - 1; k >= sentence.wi; k--) {
    const w = words.at(k) as Word;
    if (w.kind === 'word') break;
    if (w.text.includes('؟') || w.text.includes('?')) return true;
  }
  return lexicon.questionWords.matchAt(words, sentence.wi) !== null;
}

/** The first word of the trigger's clause: after the last comma, stop or clause break before it. */
function clauseStart(words: Words, sentence: Sentence, k: number, lexicon: EventLexicon): number {
  for (let j = k - 1; j >= sentence.wi; j--) {
    const w = words.at(j) as Word;
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
  words: Words,
  sentence: Sentence,
  k: number,
  phrase: string,
  lexicon: EventLexicon,
): boolean {
  const from = Math.max(clauseStart(words, sentence, k, lexicon), k - MODAL_REACH);
  for (let j = from; j < k; j++) if (lexicon.modals.matchAt(words, j)) return true;
  if (words.at(k - 1)?.key !== 'قد') return false;
  const form = foldKey(phrase.split(/\s+/u)[0] ?? '');
  if (form.startsWith('ي')) return true;
  return form.startsWith('ت') && lexicon.triggers.matchAt(wordsOf(`ي${form.slice(1)}`), 0) !== null;
}

/** Rule 3: a natural cause right after a verb is its subject (`ضرب زلزال المنطقة`): no actor, no event. */
function hasNaturalCause(words: Words, from: number, sentence: Sentence, lexicon: EventLexicon) {
  let k = from;
  while (k < sentence.wj && lexicon.verbSkips.matchAt(words, k, { exact: true })) k++;
  return k < sentence.wj && lexicon.naturalCauses.matchAt(words, k) !== null;
}

/** Rule 3. */
function isNegatedOrHypothetical(words: Words, sentence: Sentence, k: number, lexicon: EventLexicon) {
  for (let j = Math.max(sentence.wi, k - 2); j < k; j++) {
    if (lexicon.negations.matchAt(words, j)) return true;
  }
  for (let j = sentence.wi; j < k; j++) {
    if (lexicon.hypotheticals.matchAt(words, j)) return true;
  }
  for (let j = clauseStart(words, sentence, k, lexicon); j < k; j++) {
    if (lexicon.clauseNegations.matchAt(words, j, { exact: true })) return true;
    const w = words.at(j) as Word;
    if (/^[وف]/u.test(w.key) && lexicon.clauseNegations.matchAt(words, j)) return true;
  }
  return false;
}
