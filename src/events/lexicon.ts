/**
 * The event vocabulary (`data/ar/event-triggers.json`): trigger words → PLOVER category with
 * argument hints, and the words that mark agents, negation, hypotheses and places.
 */
import { z } from 'zod';
import { PLOVER_TYPES, type PloverType } from '../contract/analysis.js';
import { PhraseLexicon } from '../text/phrases.js';
import { foldKey } from '../text/words.js';

export const EventDataSchema = z.object({
  triggers: z.array(
    z.object({
      type: z.enum(PLOVER_TYPES),
      /** Finite verbs (past, present, dual, plural), and phrases built on them. */
      forms: z.array(z.string()),
      /** Verbal nouns and other nominal forms (هجوم، زيارة): no subject slot after them. */
      nouns: z.array(z.string()).optional(),
      /** Circumstantial participles (متوعداً): their subject is the sentence's subject. */
      participles: z.array(z.string()).optional(),
      mode: z.string().optional(),
      /** The subject is the host, the object the visitor (استقبل): PLOVER codes the visitor as source. */
      swap: z.boolean().optional(),
      /** All named parties are sources (meetings, clashes). */
      symmetric: z.boolean().optional(),
      /** The trigger counts only when one of these words is in the sentence (رفع … القائمة). */
      with: z.array(z.string()).optional(),
      /**
       * Finer relation kinds: the first whose word is in the sentence sets the mode (رفع + القائمة:
       * delist) and, when it gives one, the type (أوقف + ضخ: a halted supply, SANCTION, not an arrest).
       */
      relations: z
        .array(
          z.object({ mode: z.string(), with: z.array(z.string()), type: z.enum(PLOVER_TYPES).optional() }),
        )
        .optional(),
      /** Words that make the trigger another word when right after it (`صادر عن`: issued by, not confiscated). */
      notBefore: z.array(z.string()).optional(),
      /**
       * The trigger counts only when one of these words follows it within a few words, before any
       * object (`حققت الشرطة مع`، `حقق في`: investigated; `حقق الفريق فوزاً`: achieved).
       */
      governs: z.array(z.string()).optional(),
      /**
       * A lasting state (relations severed): `منذ` after it dates its beginning, and it is an event
       * of its own even as the modifier of another trigger's theme (`استئناف العلاقات المقطوعة منذ 2016`).
       */
      lasting: z.boolean().optional(),
    }),
  ),
  agentCues: z.array(z.string()),
  negations: z.array(z.string()),
  hypotheticals: z.array(z.string()),
  /** Verbal negators whose scope is their whole clause (`ولم تعلن … الاعتراف`). */
  clauseNegations: z.array(z.string()),
  /** Intention and possibility (`يعتزم`، `يمكن أن`): what follows has not happened. */
  modals: z.array(z.string()),
  /** Words opening a question (`هل`): a question asserts no event. */
  questionWords: z.array(z.string()),
  /** A quake, a storm: as a subject it makes no actor, and the name it governs is a place. */
  naturalCauses: z.array(z.string()),
  placePrepositions: z.array(z.string()),
  placeNouns: z.array(z.string()),
  targetPrepositions: z.array(z.string()),
  /** Words that may stand between a subject and its verb (`الصين قد نشرت`). */
  subjectParticles: z.array(z.string()),
  /** Adverbs and preposition+pronoun words that may stand between a verb and its subject. */
  verbSkips: z.array(z.string()),
  /** Nouns for a group whose owner follows (`وفد من حركة حماس`, `مسلحو الحركة`). */
  groupNouns: z.array(z.string()),
  /** Words that open another clause: a party after them belongs to that clause. */
  clauseBreaks: z.array(z.string()),
  pronounBridges: z.array(z.string()).default([]),
  titleComplements: z.array(z.string()).default([]),
  /** Endings that make a name a relational adjective (`الإسرائيلية`), not the name itself. */
  adjectiveSuffixes: z.array(z.string()),
  /** Phrases after which a place is a location, not a party (`على الحدود مع أوكرانيا`). */
  placeMarkers: z.array(z.string()),
  /** Verbs whose object noun names the event (`تشن غارات`): their subject is the noun's actor. */
  lightVerbs: z.array(z.string()),
  /**
   * Verbs that bring their object to act (`دفع`، `أقنع`): in `دفع X إلى استئناف …` X is the
   * verbal noun's actor, the preposition between them notwithstanding.
   */
  causatives: z.array(z.string()),
  /** The prepositions such a verb takes before the verbal noun (`إلى`، `على`). */
  causativePrepositions: z.array(z.string()),
  /** Words that make a verbal noun a background frame (`خلال احتجاجات`), not the subject's act. */
  frames: z.array(z.string()),
  /** Object pronouns a verb may carry (`اتهمها`): the verb still triggers. */
  objectPronouns: z.array(z.string()),
  /** Words for the pair just named (`بين البلدين`، `بينهما`): a verbal noun's parties are that pair. */
  pairAnaphors: z.array(z.string()),
  /** `أن`، `إن`: after them the subject stands before the verb (`أن قواته قصفت`). */
  complementizers: z.array(z.string()),
  /** A complementizer with a glued pronoun (`أنها استهدفت`): the pronoun is the verb's subject. */
  complementizersWithPronoun: z.array(z.string()),
  /** Words that tie a group to its owner (`وفد من`، `قوات تابعة لـ`). */
  groupLinkers: z.array(z.string()),
  /** Endings of a noun that cannot stand in construct before a name (`مستوطنون`، `هدفاً`). */
  nonConstructEndings: z.array(z.string()),
  /** Prepositions before a place noun that make the name after it a place (`من قاعدة عين الأسد`). */
  placeNounPrepositions: z.array(z.string()),
});

export type EventData = z.infer<typeof EventDataSchema>;

export type TriggerForm = 'verb' | 'noun' | 'participle';

export interface TriggerSense {
  readonly type: PloverType;
  readonly form: TriggerForm;
  readonly mode: string | null;
  readonly swap: boolean;
  readonly symmetric: boolean;
  readonly with: PhraseLexicon<true> | null;
  readonly relations: readonly {
    readonly mode: string;
    readonly with: PhraseLexicon<true>;
    readonly type?: PloverType;
  }[];
  readonly notBefore: PhraseLexicon<true> | null;
  readonly governs: PhraseLexicon<true> | null;
  readonly lasting: boolean;
}

export interface EventLexicon {
  readonly triggers: PhraseLexicon<TriggerSense>;
  readonly agentCues: PhraseLexicon<true>;
  readonly negations: PhraseLexicon<true>;
  readonly hypotheticals: PhraseLexicon<true>;
  readonly clauseNegations: PhraseLexicon<true>;
  readonly modals: PhraseLexicon<true>;
  readonly questionWords: PhraseLexicon<true>;
  readonly naturalCauses: PhraseLexicon<true>;
  readonly placePrepositions: PhraseLexicon<true>;
  readonly placeNouns: PhraseLexicon<true>;
  readonly targetPrepositions: PhraseLexicon<true>;
  readonly subjectParticles: PhraseLexicon<true>;
  readonly verbSkips: PhraseLexicon<true>;
  readonly groupNouns: PhraseLexicon<true>;
  readonly clauseBreaks: PhraseLexicon<true>;
  /** `حيث`، `ثم`: connectors after which a verb's object pronoun may stand for a party named before. */
  readonly pronounBridges: PhraseLexicon<true>;
  /** `عن` in `النائب عن كتلة الأحرار`: a preposition right after a title that goes on with it. */
  readonly titleComplements: PhraseLexicon<true>;
  readonly adjectiveSuffixes: readonly string[];
  readonly placeMarkers: PhraseLexicon<true>;
  readonly lightVerbs: PhraseLexicon<true>;
  readonly causatives: PhraseLexicon<true>;
  readonly causativePrepositions: PhraseLexicon<true>;
  readonly frames: PhraseLexicon<true>;
  readonly pairAnaphors: PhraseLexicon<true>;
  /** Folded object pronouns. */
  readonly objectPronouns: readonly string[];
  /** Folded one-word verb forms of the triggers, for reading a verb through its object pronoun. */
  readonly verbForms: ReadonlySet<string>;
  /** Folded keys of the complementizers, bare and with a glued pronoun. */
  readonly complementizers: ReadonlySet<string>;
  readonly complementizersWithPronoun: ReadonlySet<string>;
  readonly groupLinkers: ReadonlySet<string>;
  readonly nonConstructEndings: readonly string[];
  readonly placeNounPrepositions: ReadonlySet<string>;
  /** Role nouns that head a person's title (`الرئيس`, `وزير`), from the speech data. */
  readonly titles: PhraseLexicon<true>;
}

const flag = (forms: readonly string[]) => new PhraseLexicon(forms.map((f): [string, true] => [f, true]));
const keys = (forms: readonly string[]): ReadonlySet<string> => new Set(forms.map((f) => foldKey(f)));

export function buildEventLexicon(data: EventData, titles: readonly string[] = []): EventLexicon {
  return {
    triggers: new PhraseLexicon(
      data.triggers.flatMap((t) => {
        const sense = (form: TriggerForm): TriggerSense => ({
          type: t.type,
          form,
          mode: t.mode ?? null,
          swap: t.swap ?? false,
          symmetric: t.symmetric ?? false,
          with: t.with ? flag(t.with) : null,
          relations: (t.relations ?? []).map((r) => ({
            mode: r.mode,
            with: flag(r.with),
            ...(r.type ? { type: r.type } : {}),
          })),
          notBefore: t.notBefore ? flag(t.notBefore) : null,
          governs: t.governs ? flag(t.governs) : null,
          lasting: t.lasting ?? false,
        });
        const verb = sense('verb');
        const noun = sense('noun');
        const participle = sense('participle');
        return [
          ...t.forms.map((f): [string, TriggerSense] => [f, verb]),
          ...(t.nouns ?? []).map((f): [string, TriggerSense] => [f, noun]),
          ...(t.participles ?? []).map((f): [string, TriggerSense] => [f, participle]),
        ];
      }),
    ),
    agentCues: flag(data.agentCues),
    negations: flag(data.negations),
    hypotheticals: flag(data.hypotheticals),
    clauseNegations: flag(data.clauseNegations),
    modals: flag(data.modals),
    questionWords: flag(data.questionWords),
    naturalCauses: flag(data.naturalCauses),
    placePrepositions: flag(data.placePrepositions),
    placeNouns: flag(data.placeNouns),
    targetPrepositions: flag(data.targetPrepositions),
    subjectParticles: flag(data.subjectParticles),
    verbSkips: flag(data.verbSkips),
    groupNouns: flag(data.groupNouns),
    clauseBreaks: flag(data.clauseBreaks),
    pronounBridges: flag(data.pronounBridges),
    titleComplements: flag(data.titleComplements),
    adjectiveSuffixes: data.adjectiveSuffixes.map((s) => foldKey(s)),
    placeMarkers: flag(data.placeMarkers),
    lightVerbs: flag(data.lightVerbs),
    causatives: flag(data.causatives),
    causativePrepositions: flag(data.causativePrepositions),
    frames: flag(data.frames),
    pairAnaphors: flag(data.pairAnaphors),
    objectPronouns: data.objectPronouns.map((p) => foldKey(p)),
    verbForms: keys(data.triggers.flatMap((t) => t.forms.filter((f) => !/\s/u.test(f)))),
    complementizers: keys(data.complementizers),
    complementizersWithPronoun: keys(data.complementizersWithPronoun),
    groupLinkers: keys(data.groupLinkers),
    nonConstructEndings: data.nonConstructEndings.map((s) => foldKey(s)),
    placeNounPrepositions: keys(data.placeNounPrepositions),
    titles: flag(titles),
  };
}
