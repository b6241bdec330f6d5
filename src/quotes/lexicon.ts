/**
 * The speech vocabulary (`data/ar/speech-cues.json`): reporting verbs in all their forms, the
 * complementizers that open an indirect quote, the contrasts that open a second report, the words that end a speaker's name, the role nouns
 * that name speakers and which roles a general one (`الدبلوماسي`) may stand for.
 */
import { z } from 'zod';
import { PhraseLexicon, type PhraseMatch } from '../text/phrases.js';
import { foldKey, type Word, type Words } from '../text/words.js';

export const SpeechDataSchema = z.object({
  cues: z.array(
    z.object({
      lemma: z.string(),
      forms: z.array(z.string()),
      continuation: z.boolean().optional(),
      attribution: z.boolean().optional(),
      object: z.boolean().optional(),
      via: z.string().optional(),
      written: z.boolean().optional(),
    }),
  ),
  complementizers: z.array(z.string()),
  contrasts: z.array(z.string()),
  stops: z.array(z.string()),
  roleHeads: z.array(z.string()),
  nameNouns: z.array(z.string()).default([]),
  rankModifiers: z.array(z.string()).default([]),
  timeNames: z.array(z.string()).default([]),
  timeFollowers: z.array(z.string()).default([]),
  timeAdverbials: z.array(z.string()).default([]),
  timePrepositions: z.array(z.string()).default([]),
  honorifics: z.array(z.string()).default([]),
  echoes: z.array(z.string()).default([]),
  sameMarkers: z.array(z.string()).default([]),
  samePrefixes: z.array(z.string()).default([]),
  questionMarkers: z.array(z.string()).default([]),
  answerMarkers: z.array(z.string()).default([]),
  roleAdjectives: z.array(z.string()).default([]),
  objectPronouns: z.array(z.string()).default([]),
  verbalNounMarkers: z.array(z.string()).default([]),
  statementNouns: z.array(z.string()).default([]),
  hypernyms: z.record(z.string(), z.array(z.string())),
  bodyWords: z.record(z.string(), z.array(z.string())).default({}),
});

export type SpeechData = z.infer<typeof SpeechDataSchema>;

export interface CueSense {
  readonly lemma: string;
  /** وأضاف، وتابع: the speaker is the one already speaking. */
  readonly continuation: boolean;
  /** بحسب، وفق: the speaker follows and the quote came before or after. */
  readonly attribution: boolean;
  /** نقل عن: the speaker follows this word. */
  readonly via: string | null;
  /**
   * وصف، اتهم، أعرب عن: the verb's object comes before what is said, so a common noun right after it
   * is that object (`ووصف القرار بأنه…`، `وعبروا عن أملهم`), never the speaker.
   */
  readonly object: boolean;
  /**
   * `بيّن`: a form that folds into another word (`بين`, between) is the verb only as written, with
   * its shadda.
   */
  readonly written?: string;
}

export interface SpeechLexicon {
  readonly cues: PhraseLexicon<CueSense>;
  readonly complementizers: PhraseLexicon<true>;
  /** في حين، بينما: before a cue they open a second report. */
  readonly contrasts: PhraseLexicon<true>;
  readonly stops: PhraseLexicon<true>;
  readonly roleHeads: PhraseLexicon<true>;
  /** وكالة، قناة، مجموعة: a word or two in marks right after one of these names a thing. */
  readonly nameNouns: PhraseLexicon<true>;
  /** الأعلى، العام: words that dignify a role without telling two holders apart. */
  readonly rankModifiers: PhraseLexicon<true>;
  /** صباح، فجر، عيد: time words that are also given names (`صباح النعمان`). */
  readonly timeNames: PhraseLexicon<true>;
  /** الغد، هذا، الباكر: after a time name, besides a stop word or a number, it is the time. */
  readonly timeFollowers: PhraseLexicon<true>;
  /** `في وقت سابق`، `مؤخراً`: times that are no date but stand where a date would. */
  readonly timeAdverbials: PhraseLexicon<true>;
  /** `في`، `خلال`: a word that may open a time expression without being part of it. */
  readonly timePrepositions: PhraseLexicon<true>;
  /** هكذا، بهذه الكلمات: after a quote, the verb that follows them reports it. */
  readonly echoes: PhraseLexicon<true>;
  /** ذاته، نفسه after a role noun, ذات، نفس before one: `المصدر ذاته` is the last source. */
  readonly sameMarkers: PhraseLexicon<true>;
  readonly samePrefixes: PhraseLexicon<true>;
  /** س، سؤال / ج، جواب: the labels of an interview's question and answer lines. */
  readonly questionMarkers: PhraseLexicon<true>;
  readonly answerMarkers: PhraseLexicon<true>;
  /** الشيخ، الأمير، اللواء: titles right before a name, never the verb's object. */
  readonly honorifics: PhraseLexicon<true>;
  /** السابق، المكلف: adjectives that go on with a role phrase after a nisba (`الرئيس الروسي السابق`). */
  readonly roleAdjectives: PhraseLexicon<true>;
  /** له، به، إياها: a pronoun right after a verb of saying is its object, never the speaker. */
  readonly objectPronouns: PhraseLexicon<true>;
  /** عدم، دون: a verb form right after one of these is its verbal noun (`طلب عدم ذكر اسمه`). */
  readonly verbalNounMarkers: PhraseLexicon<true>;
  /** بيان، تقرير، قول: what was said, standing where the speaker would (`بحسب بيان للوزارة`). */
  readonly statementNouns: PhraseLexicon<true>;
  /** General role (article-less key) → the specific role keys it may refer to. */
  readonly hypernyms: ReadonlyMap<string, ReadonlySet<string>>;
  /** `عسكري` → the words of the body it stands for in an established role (`جيش`، `قوات`), folded. */
  readonly bodyWords: ReadonlyMap<string, readonly string[]>;
}

const flag = (forms: readonly string[]) => new PhraseLexicon(forms.map((f): [string, true] => [f, true]));

export function buildSpeechLexicon(data: SpeechData): SpeechLexicon {
  return {
    cues: new PhraseLexicon(
      data.cues.flatMap((cue) =>
        cue.forms.map((form): [string, CueSense] => [
          form,
          {
            lemma: cue.lemma,
            continuation: cue.continuation ?? false,
            attribution: cue.attribution ?? false,
            via: cue.via ? foldKey(cue.via) : null,
            // `نقلاً عن`، `على حد قول`: an attribution's preposition leads to the speaker, not an object.
            object: (cue.object ?? false) || (!cue.attribution && /\s(عن|على|من)$/u.test(form)),
            ...(cue.written ? { written: form } : {}),
          },
        ]),
      ),
    ),
    complementizers: flag(data.complementizers),
    contrasts: flag(data.contrasts),
    stops: flag(data.stops),
    roleHeads: flag(data.roleHeads),
    nameNouns: flag(data.nameNouns),
    rankModifiers: flag(data.rankModifiers),
    timeNames: flag(data.timeNames),
    timeFollowers: flag(data.timeFollowers),
    timeAdverbials: flag(data.timeAdverbials),
    timePrepositions: flag(data.timePrepositions),
    honorifics: flag(data.honorifics),
    echoes: flag(data.echoes),
    sameMarkers: flag(data.sameMarkers),
    samePrefixes: flag(data.samePrefixes),
    questionMarkers: flag(data.questionMarkers),
    answerMarkers: flag(data.answerMarkers),
    roleAdjectives: flag([...data.rankModifiers, ...data.roleAdjectives]),
    objectPronouns: flag(data.objectPronouns),
    verbalNounMarkers: flag(data.verbalNounMarkers),
    statementNouns: flag(data.statementNouns),
    hypernyms: new Map(
      Object.entries(data.hypernyms).map(([k, v]) => [foldKey(k), new Set(v.map((x) => foldKey(x)))]),
    ),
    bodyWords: new Map(
      Object.entries(data.bodyWords).map(([k, v]) => [foldKey(k), v.map((x) => foldKey(x))]),
    ),
  };
}

/**
 * The reporting verb at word `k`, or null. A verb takes no article and no preposition, so a word
 * read as a cue only through one of those is a noun (`الكشف عن هويته`, `بالإعلان`); a verb form right
 * after a marker of its verbal noun is that noun (`عدم ذكر اسمه`). Only و/ف may stand before a cue,
 * and the لـ of purpose before a present form (`ليقول`).
 * `quoteBefore`: the word follows a quote right away, so an object pronoun on it is that quote
 * (`«…»، قالها فلان`).
 */
export function cueAt(
  lexicon: SpeechLexicon,
  words: Words,
  k: number,
  quoteBefore = false,
): PhraseMatch<CueSense> | null {
  const word = words.at(k);
  if (!word) return null;
  const match =
    lexicon.cues.matchAt(words, k) ??
    (quoteBefore || afterMa(words, k) ? withObjectSuffix(lexicon, word) : null);
  if (!match) return null;
  const first = foldKey(match.phrase.trim().split(/\s+/u)[0] ?? '');
  const bare = word.key.replace(OBJECT_SUFFIX, '');
  // `عاد ليقول`، `خرج ليؤكد`: a present form may take the لـ of purpose, and stays the verb.
  const purpose = (key: string) => /^[يت]/u.test(first) && first === key.replace(/^[وف]?ل/u, '');
  if (![word.key, bare].some((key) => first === key || first === key.replace(/^[وف]/u, '') || purpose(key)))
    return null;
  if (k > 0 && lexicon.verbalNounMarkers.matchAt(words, k - 1) !== null) return null;
  const written = match.value.written;
  if (written && !word.text.replace(/^[وف]/u, '').startsWith(written)) return null;
  return match;
}

/**
 * `هذا ما قاله`، `حسبما أكده`: a verb of saying with its object pronoun attached, after ما. Elsewhere
 * such a form is mostly a relative clause (`رسالة نشرها مكتبه`) that reports nothing.
 */
const afterMa = (words: Words, k: number) => k > 0 && /ما$/u.test(words.at(k - 1)?.key ?? '');

const OBJECT_SUFFIX = /(ته|ه|ها|هم)$/u;

function withObjectSuffix(lexicon: SpeechLexicon, word: Word): PhraseMatch<CueSense> | null {
  const bare = word.key.replace(OBJECT_SUFFIX, '');
  if (bare === word.key) return null;
  for (const key of [bare, bare.replace(/^[وف]/u, '')]) {
    const phrase = lexicon.cues.startingWith(key).find((p) => p.words.length === 1);
    if (phrase) return { length: 1, value: phrase.value, phrase: phrase.phrase };
  }
  return null;
}
