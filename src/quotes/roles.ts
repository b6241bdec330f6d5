/**
 * Speakers named by their role: `قال الدبلوماسي الروسي` means the person the text has already
 * introduced with that role, as in `السفير الروسي الأسبق زامير كابولوف`.
 *
 * Rules:
 *  1. a role is established by a role phrase right before a person's name (`المبعوث الروسي الخاص
 *     زامير كابولوف`) or in apposition right after it (`كابولوف، السفير الروسي الأسبق،`);
 *  2. a role phrase starts at a role noun and runs to punctuation, at most seven words;
 *  3. a role phrase used later refers to an established role when its head is the same noun or a
 *     general noun that covers it (`الدبلوماسي` covers `السفير`), and every content word of the later
 *     phrase appears in the established one (`الروسي`), rank words that only dignify the role
 *     (`الأعلى`، `العام`) aside: `المرشد الأعلى` refers to an established `المرشد الإيراني`; a word
 *     for a body stands for its other words (`المتحدث العسكري`: `المتحدث باسم الجيش`);
 *  4. when the established roles that fit belong to more than one person, nobody is chosen: no
 *     speaker is better than a wrong one;
 *  5. a role named before anyone holds it in the text (`أكد الناطق الرسمي باسم الحكومة المغربية`)
 *     is the person it is tied to later in the same or fewer words (`الناطق باسم الحكومة فلان`):
 *     every content word of the later role is in the earlier phrase. Only when no earlier role fits.
 */

import type { Word, Words } from '../text/words.js';
import type { SpeechLexicon } from './lexicon.js';

export interface EntityMentionRef {
  readonly entity: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
  /** First word and one past the last word of the mention. */
  readonly wi: number;
  readonly wj: number;
}

export interface RoleFact {
  readonly entity: string;
  readonly head: string;
  readonly words: ReadonlySet<string>;
  /** The stems of each content word after the head (rule 5), rank words and `باسم` aside. */
  readonly content: readonly (readonly string[])[];
  readonly at: number;
}

const MAX_ROLE_WORDS = 7;
const isPunct = (w: Word | undefined) => w === undefined || w.kind === 'punct';

/** The role noun without its article or a conjunction before it: `والسفير` → `سفير`. */
export function headKey(word: Word): string {
  const key = word.key.startsWith('وال') || word.key.startsWith('فال') ? word.key.slice(1) : word.key;
  return key.startsWith('ال') && key.length > 3 ? key.slice(2) : key;
}

/** Rule 1: roles introduced next to a person's name. */
export function establishRoles(
  words: Words,
  mentions: readonly EntityMentionRef[],
  lexicon: SpeechLexicon,
): RoleFact[] {
  const facts: RoleFact[] = [];
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    let head = -1;
    for (let k = m.wi - 1; k >= Math.max(0, m.wi - MAX_ROLE_WORDS); k--) {
      if (isPunct(words.at(k))) break;
      if (lexicon.roleHeads.matchAt(words, k)) head = k;
    }
    if (head >= 0) facts.push(roleFact(words, head, m.wi, m, lexicon));
    const comma = words.at(m.wj);
    if (comma && (comma.text === '،' || comma.text === ',') && lexicon.roleHeads.matchAt(words, m.wj + 1)) {
      let end = m.wj + 1;
      while (end < words.length && end < m.wj + 1 + MAX_ROLE_WORDS && !isPunct(words.at(end))) end++;
      facts.push(roleFact(words, m.wj + 1, end, m, lexicon));
    }
  }
  return facts;
}

function roleFact(
  words: Words,
  from: number,
  to: number,
  m: EntityMentionRef,
  lexicon: SpeechLexicon,
): RoleFact {
  const set = new Set<string>();
  for (let k = from; k < to; k++) for (const s of (words.at(k) as Word).stems) set.add(s);
  const content = contentStems(words, from, to, lexicon);
  return { entity: m.entity, head: headKey(words.at(from) as Word), words: set, content, at: m.start };
}

/** The stems of the content words of a role phrase [from, to) after its head. */
function contentStems(words: Words, from: number, to: number, lexicon: SpeechLexicon): string[][] {
  const out: string[][] = [];
  for (let k = from + 1; k < to; k++) {
    const w = words.at(k) as Word;
    if (w.kind !== 'word' || lexicon.stops.matchAt(words, k, { exact: true })) continue;
    if (lexicon.rankModifiers.matchAt(words, k, { exact: true })) continue;
    const stems = w.stems.filter((s) => s.length >= 3 && s !== 'باسم' && s !== 'اسم');
    if (stems.length > 0) out.push(stems);
  }
  return out;
}

/**
 * Rule 2: the role phrase starting at word `i`, as word indices [i, end), or null. The phrase is
 * the head's genitives and adjectives; it ends before the verb's object or complement, which
 * follows the subject with nothing between (`اتهم الرئيس الروسي خصومه`، `انتقد الوزير الإيراني
 * الاتفاق`، `تعهد رئيس الحكومة بـ…`): a preposition glued to an article (`بالقرار`) or standing
 * alone, an indefinite accusative (`وفداً`), or, after a nisba adjective, a definite word that is not an adjective of the role or a
 * word with a possessive suffix.
 */
export function rolePhraseAt(words: Words, i: number, lexicon: SpeechLexicon): number | null {
  if (!lexicon.roleHeads.matchAt(words, i)) return null;
  let end = i + 1;
  while (
    end < words.length &&
    end < i + MAX_ROLE_WORDS &&
    !isPunct(words.at(end)) &&
    !lexicon.stops.matchAt(words, end, { exact: true }) &&
    !lexicon.complementizers.matchAt(words, end, { exact: true }) &&
    !objectAt(words, end, lexicon)
  ) {
    end++;
  }
  return end;
}

/** Word `k` opens the verb's object rather than going on with the role phrase before it. */
export function objectAt(words: Words, k: number, lexicon: SpeechLexicon): boolean {
  const word = words.at(k);
  if (word?.kind !== 'word' || k === 0) return false;
  const text = word.text;
  // `وفداً`: an indefinite accusative is the verb's object.
  if (/^[بك]ال/u.test(text) || /^[بل]ـ?$/u.test(text) || /(اً|ًا)$/u.test(text)) return true;
  // `وختم الوزير حديثه قائلاً`: a definite noun takes no possessed word after it, so a word with a
  // pronoun suffix there is the verb's object (`نفسه`، `ذاته` go on with it, `باسمه` is a phrase).
  if (
    /^[وف]?ال/u.test((words.at(k - 1) as Word).text) &&
    /^[^البك].{2,}(ه|ها|هم|هما)$/u.test(text) &&
    !lexicon.sameMarkers.matchAt(words, k, { exact: true })
  )
    return true;
  if (!NISBA.test((words.at(k - 1) as Word).text) || NISBA.test(text)) return false;
  // `وزير الخارجية الإماراتي الشيخ فلان`: a title before the name goes on with the subject.
  if (lexicon.honorifics.matchAt(words, k, { exact: true })) return false;
  if (/^ال/u.test(text)) return !lexicon.roleAdjectives.matchAt(words, k, { exact: true });
  // `اتهم الرئيس الروسي زعيم الجماعة`: a second role noun is a second person.
  if (lexicon.roleHeads.matchAt(words, k, { exact: true })) return true;
  return /^[^ال].{2,}(ه|ها|هم|هما)$/u.test(text);
}

/** A definite relational adjective: `الروسي`، `الإيرانية`، `الخارجية`. */
const NISBA = /^[وف]?ال.+(ي|ية)$/u;

/** Rules 3–4: the one entity an earlier role phrase established for words [from, to), or null. */
export function resolveRole(
  words: Words,
  from: number,
  to: number,
  facts: readonly RoleFact[],
  before: number,
  lexicon: SpeechLexicon,
): string | null {
  const head = headKey(words.at(from) as Word);
  const covers = lexicon.hypernyms.get(head);
  const own = contentStems(words, from, to, lexicon);
  // `المتحدث العسكري` for an established `المتحدث باسم الجيش`: the body in other words.
  const modifiers = own.map((stems) => [...stems, ...stems.flatMap((s) => lexicon.bodyWords.get(s) ?? [])]);
  const fits = facts.filter(
    (f) =>
      f.at < before &&
      (f.head === head || covers?.has(f.head) === true) &&
      modifiers.every((stems) => stems.some((s) => f.words.has(s))),
  );
  if (fits.length === 0) {
    // Rule 5: the role tied to a name later, in the same or fewer words.
    const phrase = new Set(own.flat());
    fits.push(
      ...facts.filter(
        (f) =>
          f.at >= before &&
          f.head === head &&
          f.content.length > 0 &&
          f.content.every((stems) => stems.some((s) => phrase.has(s))),
      ),
    );
  }
  const entities = new Set(fits.map((f) => f.entity));
  return entities.size === 1 ? ([...entities][0] ?? null) : null;
}
