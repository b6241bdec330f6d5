/**
 * Names the tagger cut short, made whole. The tagger learnt ANERcorp's minimal names; on real news
 * an analyst expects the whole name: `كهرمان مرعش` one place (not `كهرمان` and `مرعش`), `الهلال
 * الأحمر الإيراني` one organisation, `رؤيا نيوز` one outlet.
 *
 * Rules, applied to a sentence's tags after the tagger, the head rule and name propagation:
 *  1. a known place, country or organisation of two or more words (the gazetteer) that the tagger
 *     tagged in part becomes one mention of its kind, unless a mention runs into it from outside;
 *     a place the tagger left wholly untagged stays so (tagging every listed phrase cost 4.5
 *     ANERcorp dev points: many listed place phrases are descriptions there), but a listed
 *     organisation of two or more words is one even untagged (`الدفاع المدني`, `الهلال الأحمر`:
 *     the tagger, trained on ANERcorp's minimal names, misses most of them on today's news),
 *     unless its name heads a gathering (`القمة العربية الإسلامية`), which acts on nobody; a class
 *     noun the tagger ran into part of a listed body (`منظمة أطباء بلا` of `أطباء بلا حدود`, `شبكة
 *     سي` of `سي إن إن`: organisation-heads.json `heads`, `outletNouns`) stays outside it;
 *  2. an organisation followed by a nationality adjective with the article (`الجيش` + `الروسي`)
 *     runs over it: the adjective says whose organisation it is; not a one-word proper name the
 *     lexicon does not know (`فاجنر` + `الروسية`), which is whole without it;
 *  3. an outlet suffix (`نيوز`, data/ar/entities/outlet-suffixes.json) after a name or a word
 *     joins it into one organisation (`بي بي سي نيوز`);
 *  4. a person's name runs on over a family particle and the word after it (`محمد علي آل هاشم`,
 *     `محمد بن سلمان`): the particle never ends a name, also when the tagger took it in
 *     (`تركي بن عبد المحسن آل` + `الشيخ`); right before a person the particle opens the family
 *     name (`آية الله آل هاشم`).
 *  5. two organisations side by side where the second is one article word (`وكالة الأنباء` +
 *     `المتحدة`) are one organisation: the tagger split a name;
 *  6. a one-word person, organisation or other name that is a common word of the lexicon
 *     (@cspell/dict-ar: a verb such as `أودى`, `تأمر`) and no known name of the gazetteer is not a
 *     name. Places are left alone: the lexicon lists many countries and towns.
 *  7. a person cut inside a compound first name (`ذبيح` of `ذبيح الله`, the gazetteer's first
 *     names) runs over the rest of it, and over a listed surname right after it.
 *  9. a one-word name that the training corpora use as a common word (tagger/common-words.ts: seen
 *     often, almost never inside a name; `السيول`, `هدفي`) and that the gazetteer lists as no name is
 *     none: the tagger reads the context (`جرفتها السيول`), the annotators' counts say what the
 *     word is. Longer names keep such words (cutting them lost `إبراهيم رئيسي`, docs/entities.md);
 * 10. a place that is a listed country and then a common word with the article ends at the country;
 * 11. after a title and a place, an untagged word no list knows and a one-word person or place
 *     right after it are one person (`وزيرة خارجية جنوب أفريقيا ناليدي باندور`).
 * 12. right after a noun of a kind of place (`منطقة`، `قرى`: data/ar/entities/place-nouns.json),
 *     a one-word person is the place's name, with the untagged word before it when there is one
 *     (`بمنطقة زنده جان`: `جان` is a first name): a place is named there, not a person; a one-word
 *     place there that the lexicon knows and no list names is the noun's adjective (`مدينة منكوبة`).
 * 13. a name in quote marks right after a noun of its kind is of that kind: after an organisation
 *     head or an outlet (`لقناة "…"`، `مجموعة «…»`, the gazetteer's head words) an organisation,
 *     after a noun of a kind of place (`قرية "…"`) a place; the marks say the words are a name, the
 *     noun says what it names. One to three words; a single feminine word the lexicon knows and no
 *     list names is the noun's adjective in scare quotes (`منطقة "آمنة"`), not a name.
 * 14. a one-word place that is a nationality adjective in the accusative (`ماليزي` + `ا`) is the
 *     adjective counting people, not the country it is spelt like (`و183 إندونيسيًا`, `14 حاجا
 *     ماليزيا`): when written with tanween, or right after a number or after a number and its
 *     counted noun in the accusative (`حاجا`). A country's name never takes tanween, and a number is not followed by a country.
 * 19. a place right after the noun of a body in construct (`تنظيم`، `صحيفة`، `نادي`: no article on
 *     the noun), with a noun of a kind of place between (`تنظيم ولاية خراسان`), is the body's name,
 *     an organisation: the place names the body there; the noun stays outside, as ANERcorp has it.
 *     So is a one-word person right after the noun of an outlet (`موقع أكسيوس`، `منصة إكس`).
 * 15. a person's title is not part of the name (`آية الله` + `آل هاشم`, `«آية] الله السيد …`):
 *     title words the tagger took in at the start of a person are left out (the gazetteer's
 *     titles, longest first), and a person that is only a title, or the start of one, is none.
 * 20. a noun of a building or landmark in construct (`مستشفى`، `مطار`، `جبل`: data/ar/entities/
 *     facility-nouns.json) and its name are one place: the words up to an adjective that closes
 *     such a name (`مطار الملك خالد الدولي`، `مجمع ناصر الطبي`), or one definite word that is no
 *     description (`مستشفى الشفاء`, not `مطار العاصمة`) with the person after it when it is a title
 *     (`جسر الملك حسين`). Facilities are places in the pages' gold (ANERcorp: buildings are LOC).
 * 21. a head that names a body of a place (`منتخب`، `شرطة`: organisation-heads.json `placeBodies`)
 *     right before a place is an organisation with it (`منتخب المغرب`, a team, not the country).
 * 24. in a sentence about a match (a result's verb, a goal, a league: data/ar/entities/sports-clubs.json),
 *     a club named by an everyday word (`الهلال`، `النصر`) is the club, not after a definite noun
 *     it would qualify.
 * 23. a ministry's portfolio with the article and a feminine nationality adjective, which agrees
 *     with the ministry left out (`الصحة الفلسطينية`، `الدفاع الروسية`), is the ministry; not after
 *     a title (`وزيرة الخارجية الألمانية`).
 * 22. a plus sign right after an organisation is part of its name (`أوبك+`).
 * 16. (with the head rule's data) the body a head was joined to runs over its purpose with `ل`,
 *     read as the head rule reads a complement (`مفوضية الأمم المتحدة` + `لحقوق الإنسان`).
 * 18. a construct chain ends at a noun with a pronoun (`شركة ناشئة مقرها` + place is no name).
 * 23. also a bank's adjective with a masculine nationality adjective, which agrees with the bank
 *     left out (`المركزي المصري`, `المركزي الأوروبي`: organisation-heads.json `bankEllipses`).
 * 25. an outlet's noun (`صحيفة`، `قناة`، `شبكة`، `موقع`: `outletNounsOutside`; not `وكالة`) at
 *     the front of an organisation is left out of its name, as the news pages' gold has it
 *     (`صحيفة المصري اليوم` → `المصري اليوم`).
 * 26. a dual or sound plural the training corpora use as a common word, at the end of a person,
 *     is no part of the name (`سجل فلان هدفين`); names ending so (`حسين`) are no common words.
 * 27. right after a person title with the article (`المدرب`، `الرئيس`), two or three untagged
 *     words, the first unknown to the lexicon, none a common word of the corpora nor a listed
 *     place, organisation, title or nationality, are a foreign person (`المدرب آرني سلوت`).
 *  8. a name right after a storm noun (`العاصفة دانيال`, `الإعصار المداري فريدي`: adjectives with
 *     the article may stand between) is the storm's name, MISC: the tagger takes it for a person;
 *     a known place there is what the storm struck.
 *  Rule 1 does not stretch a country leftwards over a description (`جنوب شرق` + `تركيا`).
 */

import {
  GAZ_BIT,
  type Gazetteer,
  isNationality,
  isOnlyKind,
  longestPhraseAt,
  phraseKinds,
  startsPhrase,
} from './gazetteer/gazetteer.js';
import { complementLength, type HeadRuleData, PRONOUN_SUFFIX } from './head-rule.js';
import { lexiconSpelling, type WordLexicon } from './lexicon/cspell-trie.js';
import { TAG_INDEX, tagPart, tagType } from './tagger/tags.js';
import { type WordForms, wordFormsOf } from './word-forms.js';

export interface NameCompletionData {
  readonly gazetteer: Gazetteer;
  /** Keys of words that end an outlet's name (`نيوز`). */
  readonly outletSuffixes: ReadonlySet<string>;
  /** Keys of the particles inside people's names (`بن`، `آل`). */
  readonly nameParticles: ReadonlySet<string>;
  /** Common words; without it rule 6 is off. */
  readonly lexicon?: WordLexicon;
  /**
   * The gazetteer's words as its lists spell them (hamza, alef maqsura kept): rule 6 trusts a
   * folded match only when the word is spelt so (`أودى` the verb folds onto `أودي` the brand).
   */
  readonly spelledNames?: ReadonlySet<string>;
  /** Folded heads of gatherings (`القمة`): rule 1 leaves their untagged names to the tagger. */
  readonly eventHeads?: ReadonlySet<string>;
  /** Folded nouns that introduce a named storm (`العاصفة`): rule 8. */
  readonly stormHeads?: ReadonlySet<string>;
  /** Keys of the training corpora's common words (tagger/common-words.ts); without it rule 9 is off. */
  readonly commonWords?: ReadonlySet<string>;
  /** Keys of nouns of kinds of places (`منطقة`); without it rule 12 is off. */
  readonly placeNouns?: ReadonlySet<string>;
  /** Keys of organisation heads that open a name in construct (`وكالة`); without it rule 16 is off. */
  readonly organisationHeads?: ReadonlySet<string>;
  /** Construct chains ending in a place; without it rule 18 is off. */
  readonly constructChains?: ConstructChains;
  /** Keys of nouns of bodies a place's name may name (`تنظيم`، `صحيفة`); without it rule 19 is off. */
  readonly namedBodies?: ReadonlySet<string>;
  /** Military units and commands; without it rule 17 is off. */
  readonly militaryUnits?: MilitaryUnits;
  /** Bare keys of portfolios that stand for their ministry (`الخارجية`); without it rule 23 is off. */
  readonly ministryEllipses?: ReadonlySet<string>;
  /** Keys of nouns of outlets (`موقع`); a one-word person right after one is an organisation (rule 19). */
  readonly outletNouns?: ReadonlySet<string>;
  /** Keys of heads named with the place after them (`منتخب`); without it rule 21 is off. */
  readonly placeBodies?: ReadonlySet<string>;
  /** Clubs and the words of a match; without it rule 24 is off. */
  readonly sportsClubs?: SportsClubs;
  /** Nouns of buildings and landmarks; without it rule 20 is off. */
  readonly facilities?: FacilityNouns;
  /** The head rule's data: rule 16 runs a body over its complement with it (`لحقوق الإنسان`). */
  readonly headRule?: HeadRuleData;
  /** Bare keys of a bank's adjectives that stand for it (`المركزي`); without it rule 23 skips banks. */
  readonly bankEllipses?: ReadonlySet<string>;
  /** Keys of outlets' nouns that stay outside their names (`صحيفة`); without it rule 25 is off. */
  readonly outletNounsOutside?: ReadonlySet<string>;
  /** Keys of nouns of a class of body (`منظمة`، `شبكة`): rule 1 leaves them outside a listed name. */
  readonly classNouns?: ReadonlySet<string>;
}

/** Clubs named by everyday words, and the words of a match (rule 24). */
export interface SportsClubs {
  /** Bare keys (article off) of the clubs. */
  readonly clubs: ReadonlySet<string>;
  readonly cues: ReadonlySet<string>;
}

/** Keys of the words of data/ar/entities/facility-nouns.json (rule 20). */
export interface FacilityNouns {
  /** Nouns named by one definite word after them (`مستشفى الشفاء`). */
  readonly nouns: ReadonlySet<string>;
  /** Nouns named only with a trailing adjective (`مجمع ناصر الطبي`). */
  readonly needTrailing: ReadonlySet<string>;
  readonly trailing: ReadonlySet<string>;
  readonly generic: ReadonlySet<string>;
}

/** Keys of the heads that open a construct chain and of the words that end one (rule 18). */
export interface ConstructChains {
  readonly heads: ReadonlySet<string>;
  readonly stops: ReadonlySet<string>;
}

/** Keys of the words of data/ar/entities/military-units.json (rule 17). */
export interface MilitaryUnits {
  /** Each head as the keys of its words (`المنطقه`، `العسكريه`). */
  readonly heads: readonly (readonly string[])[];
  readonly regionHeads: ReadonlySet<string>;
  readonly ordinals: ReadonlySet<string>;
  readonly directions: ReadonlySet<string>;
  readonly trailing: ReadonlySet<string>;
}

const PLACE = GAZ_BIT.country | GAZ_BIT.place;
const ORG = GAZ_BIT.org;
const O = 0;

const tagOf = (part: 'B' | 'I', type: string) => TAG_INDEX.get(`${part}-${type}`) as number;

function retag(tags: Int32Array, from: number, to: number, type: string): void {
  tags[from] = tagOf('B', type);
  for (let k = from + 1; k <= to; k++) tags[k] = tagOf('I', type);
}

/** Index of the last word of the mention that covers word `i`. */
function mentionEnd(tags: Int32Array, i: number): number {
  let last = i;
  while (last + 1 < tags.length && tagPart(tags[last + 1] as number) === 'I') last++;
  return last;
}

/** Index of the first word of the mention that covers word `i`. */
function mentionStart(tags: Int32Array, i: number): number {
  let first = i;
  while (first > 0 && tagPart(tags[first] as number) === 'I') first--;
  return first;
}

export function completeNames(
  words: readonly string[],
  tags: Int32Array,
  data: NameCompletionData,
): Int32Array {
  const out = Int32Array.from(tags);
  // Most sentences name nothing: only rules 1 (an organisation), 3 (an outlet suffix), 17 (a
  // military unit), 18 (a chain ending in a listed place), 23 (a portfolio or a bank's adjective)
  // and 27 (a title) can apply there, and only if a word is one's first, the suffix or a head.
  const maybe = (w: string) => {
    const { key, stem } = wordFormsOf(w);
    return (
      data.outletSuffixes.has(key) ||
      startsPhrase(data.gazetteer, key, ORG) ||
      (data.militaryUnits?.heads.some((head) => head[0] === stem) ?? false) ||
      (data.constructChains?.heads.has(stem) ?? false) ||
      (data.ministryEllipses?.has(wordFormsOf(w).bare) ?? false) ||
      (data.bankEllipses?.has(wordFormsOf(w).bare) ?? false) ||
      (data.lexicon !== undefined && (phraseKinds(data.gazetteer, [key]) & GAZ_BIT.title) !== 0) ||
      (data.facilities?.nouns.has(stem) ?? false) ||
      (data.sportsClubs?.cues.has(key) ?? false) ||
      (data.facilities?.needTrailing.has(stem) ?? false)
    );
  };
  if (!tags.some((t) => t !== O) && !words.some(maybe)) return out;
  const forms = words.map(wordFormsOf);
  if (data.sportsClubs) nameClubsInMatches(forms, out, data.sportsClubs);
  completeKnownPhrases(forms, out, data.gazetteer, data.eventHeads ?? new Set(), data.classNouns);
  extendOverNationality(words, forms, out, data);
  joinOutletSuffixes(forms, out, data.outletSuffixes);
  joinNameParticles(forms, out, data.nameParticles);
  completeFirstNames(forms, out, data.gazetteer);
  joinSplitOrganisations(forms, out);
  if (data.lexicon) dropCommonWords(words, forms, out, data);
  if (data.commonWords) dropCorpusCommonWords(forms, out, data.commonWords, data.gazetteer);
  if (data.lexicon) {
    cutCountryTails(words, forms, out, data);
    joinUnknownFirstWords(words, forms, out, data);
  }
  if (data.stormHeads) typeStormNames(forms, out, data.stormHeads, data.gazetteer);
  if (data.placeNouns) namePlacesAfterPlaceNouns(words, forms, out, data);
  typeQuotedNames(words, forms, out, data);
  dropCountedNationalities(words, forms, out, data.gazetteer);
  cutLeadingTitles(forms, out, data.gazetteer);
  if (data.organisationHeads)
    joinHeadsToOrganisations(words, forms, out, data.organisationHeads, data.headRule);
  if (data.namedBodies) nameBodiesAfterPlaces(forms, out, data.namedBodies, data.placeNouns);
  if (data.outletNouns) nameOutletsAfterNouns(forms, out, data.outletNouns);
  if (data.militaryUnits) nameMilitaryUnits(forms, out, data.militaryUnits);
  if (data.constructChains)
    joinConstructChains(
      words,
      forms,
      out,
      data.constructChains,
      data.militaryUnits?.ordinals,
      data.gazetteer,
    );
  joinPlusSigns(words, out);
  if (data.ministryEllipses)
    nameMinistriesByPortfolio(forms, out, data.ministryEllipses, data.gazetteer, data.bankEllipses);
  if (data.lexicon) nameUnknownPeopleAfterTitles(words, forms, out, data);
  if (data.placeBodies) nameBodiesWithPlaces(forms, out, data.placeBodies);
  if (data.facilities) nameFacilities(forms, out, data.facilities, data.gazetteer, data.placeNouns);
  if (data.outletNounsOutside) leaveOutletNounsOutside(forms, out, data.outletNounsOutside);
  if (data.commonWords) cutCountedNounsAfterPeople(words, forms, out, data.commonWords, data.gazetteer);
  return out;
}

/** Rule 25. */
function leaveOutletNounsOutside(
  forms: readonly WordForms[],
  tags: Int32Array,
  nouns: ReadonlySet<string>,
): void {
  for (let i = 0; i + 1 < forms.length; i++) {
    const noun = forms[i] as WordForms;
    if (tags[i] !== tagOf('B', 'ORG') || tags[i + 1] !== tagOf('I', 'ORG')) continue;
    if (noun.prefixes.includes('a') || !(nouns.has(noun.key) || nouns.has(noun.stem))) continue;
    tags[i] = O;
    tags[i + 1] = tagOf('B', 'ORG');
  }
}

/** A dual or sound plural ending as written: `ين`, `ان`, `ون`. */
const DUAL_OR_PLURAL = /\p{L}{2,}(ين|ان|ون)$/u;

/** Rule 26. */
function cutCountedNounsAfterPeople(
  words: readonly string[],
  forms: readonly WordForms[],
  tags: Int32Array,
  common: ReadonlySet<string>,
  gazetteer: Gazetteer,
): void {
  for (let i = 1; i < forms.length; i++) {
    if (tags[i] !== tagOf('I', 'PER') || tagPart(tags[i + 1] ?? O) === 'I') continue;
    const word = forms[i] as WordForms;
    if (word.prefixes !== '' || !DUAL_OR_PLURAL.test(words[i] as string)) continue;
    if (!isCorpusCommon(word, common, gazetteer)) continue;
    tags[i] = O;
  }
}

/** Rule 24. */
function nameClubsInMatches(forms: readonly WordForms[], tags: Int32Array, sports: SportsClubs): void {
  if (!forms.some((w) => sports.cues.has(w.key) || sports.cues.has(w.stem))) return;
  for (let i = 0; i < forms.length; i++) {
    const word = forms[i] as WordForms;
    if (!word.prefixes.endsWith('a') || !sports.clubs.has(word.bare)) continue;
    // untagged, or a one-word name the tagger gave another type
    if (tagPart(tags[i] as number) === 'I' || tagPart(tags[i + 1] ?? O) === 'I') continue;
    // not the adjective of a definite noun before it (`الدوري الأهلي`، `الهلال الأحمر` stays whole)
    const before = forms[i - 1];
    if (before && tags[i - 1] === O && before.prefixes.endsWith('a') && !word.prefixes.startsWith('w'))
      continue;
    tags[i] = tagOf('B', 'ORG');
  }
}

/** Rule 23. */
function nameMinistriesByPortfolio(
  forms: readonly WordForms[],
  tags: Int32Array,
  portfolios: ReadonlySet<string>,
  gazetteer: Gazetteer,
  banks: ReadonlySet<string> = new Set(),
): void {
  for (let i = 0; i + 1 < forms.length; i++) {
    const word = forms[i] as WordForms;
    const bank = banks.has(word.bare);
    if (tags[i] !== O || !word.prefixes.endsWith('a') || !(bank || portfolios.has(word.bare))) continue;
    const adjective = forms[i + 1] as WordForms;
    const tag = tags[i + 1] as number;
    const free = tag === O || (tag === tagOf('B', 'LOC') && tagPart(tags[i + 2] ?? O) !== 'I');
    // feminine with a ministry (`وزارة`), masculine with a bank (`البنك`)
    if (!free || adjective.prefixes !== 'a' || adjective.bare.endsWith('يه') === bank) continue;
    if (!isNationality(gazetteer, adjective.bare)) continue;
    // not the portfolio of a minister (`وزيرة الخارجية الألمانية`) or a ministry already named
    // nor an adjective of a definite noun (`الشؤون الداخلية الأمريكية`)
    const before = forms[i - 1];
    if (
      before &&
      (tags[i - 1] !== O || titleLength(forms, i - 1, gazetteer) > 0 || before.prefixes.endsWith('a'))
    )
      continue;
    retag(tags, i, i + 1, 'ORG');
    i++;
  }
}

/** Words of an unknown foreign name after a title (rule 27). */
const MAX_UNKNOWN_NAME = 3;

/** Rule 27. */
function nameUnknownPeopleAfterTitles(
  words: readonly string[],
  forms: readonly WordForms[],
  tags: Int32Array,
  data: NameCompletionData,
): void {
  const { gazetteer, lexicon, commonWords } = data;
  // the first word unknown to the lexicon; the others may spell a word (`سلوت`) but no common one
  const unknown = (k: number, first: boolean) => {
    const form = forms[k] as WordForms;
    const plain = lexiconSpelling(words[k] as string);
    // a first letter read as a clitic (`بوكيتينو`) only when no word remains without it either
    const whole = form.prefixes === '' || (!form.prefixes.includes('a') && !lexicon?.has(plain.slice(1)));
    return (
      tags[k] === O &&
      whole &&
      /^\p{Script=Arabic}{3,}$/u.test(plain) &&
      !(first && lexicon?.has(plain)) &&
      !commonWords?.has(form.key) &&
      !startsPhrase(gazetteer, form.key, GAZ_BIT.title | GAZ_BIT.orgHead | PLACE | ORG | GAZ_BIT.misc) &&
      !isNationality(gazetteer, form.bare)
    );
  };
  for (let i = 1; i + 1 < forms.length; i++) {
    if (tags[i - 1] !== O || !(forms[i - 1] as WordForms).prefixes.includes('a')) continue;
    if (!(phraseKinds(gazetteer, [(forms[i - 1] as WordForms).key]) & GAZ_BIT.title)) continue;
    let k = i;
    while (k < forms.length && k - i < MAX_UNKNOWN_NAME && unknown(k, k === i)) k++;
    if (k - i < 2 || tagPart(tags[k] ?? O) === 'I') continue;
    retag(tags, i, k - 1, 'PER');
    i = k - 1;
  }
}

/** Rule 22: `أوبك+`, the alliance of OPEC and its partners, is named with its sign. */
function joinPlusSigns(words: readonly string[], tags: Int32Array): void {
  for (let i = 1; i < words.length; i++)
    if (words[i] === '+' && tagType(tags[i - 1] as number) === 'ORG' && tags[i] === O)
      tags[i] = tagOf('I', 'ORG');
}

/** Rule 21. */
function nameBodiesWithPlaces(
  forms: readonly WordForms[],
  tags: Int32Array,
  heads: ReadonlySet<string>,
): void {
  for (let i = 0; i + 1 < forms.length; i++) {
    const head = forms[i] as WordForms;
    if (tags[i] !== O || head.prefixes.includes('a') || !(heads.has(head.stem) || heads.has(head.key)))
      continue;
    const next = forms[i + 1] as WordForms;
    if (tags[i + 1] !== tagOf('B', 'LOC') || /[wp]/u.test(next.prefixes)) continue;
    const last = mentionEnd(tags, i + 1);
    retag(tags, i, last, 'ORG');
    i = last;
  }
}

/** Words of a facility's name between its noun and a trailing adjective (rule 20). */
const MAX_FACILITY_NAME = 3;
const FACILITY_WORD = /^\p{Script=Arabic}{2,}$/u;

/** Rule 20. */
function nameFacilities(
  forms: readonly WordForms[],
  tags: Int32Array,
  facilities: FacilityNouns,
  gazetteer: Gazetteer,
  placeNouns: ReadonlySet<string> | undefined,
): void {
  const { nouns, needTrailing, trailing, generic } = facilities;
  for (let i = 0; i + 1 < forms.length; i++) {
    const noun = forms[i] as WordForms;
    if (tags[i] !== O || noun.prefixes.includes('a')) continue;
    const strong = nouns.has(noun.stem) || nouns.has(noun.key);
    if (!strong && !needTrailing.has(noun.stem) && !needTrailing.has(noun.key)) continue;
    // the name's words, then one or more adjectives that close a facility's name
    let last = -1;
    for (let k = i + 1; k < forms.length && k - i <= MAX_FACILITY_NAME + 1; k++) {
      const word = forms[k] as WordForms;
      if ((word.prefixes !== '' && word.prefixes !== 'a') || !FACILITY_WORD.test(word.key)) break;
      if (!trailing.has(word.key)) continue;
      if (k === i + 1) break;
      last = k;
      while (
        last + 1 < forms.length &&
        tags[last + 1] === O &&
        trailing.has((forms[last + 1] as WordForms).key)
      )
        last++;
      break;
    }
    if (last < 0 && strong) {
      // one definite word that names it (`مستشفى الشفاء`), untagged or a one-word name not a place
      const next = forms[i + 1] as WordForms;
      const tag = tags[i + 1] as number;
      const named =
        next.prefixes === 'a' &&
        next.bare.length >= 3 &&
        (tag === O ||
          (tagPart(tag) === 'B' && tagType(tag) !== 'LOC' && mentionEnd(tags, i + 1) === i + 1)) &&
        !generic.has(next.key) &&
        !trailing.has(next.key) &&
        !isNationality(gazetteer, next.bare) &&
        !nouns.has(next.bare) &&
        !(placeNouns?.has(next.bare) ?? false);
      const after = tags[i + 2] ?? O;
      // a title opens the person the place is named after (`جسر الملك حسين`)
      if (
        named &&
        tag === O &&
        tagPart(after) === 'B' &&
        tagType(after) === 'PER' &&
        titleLength(forms, i + 1, gazetteer)
      )
        last = mentionEnd(tags, i + 2);
      // a name right after may be the rest of this one; one after a preposition is not (`بحلب`)
      else if (named && (tagPart(after) !== 'B' || /[wp]/u.test(forms[i + 2]?.prefixes ?? ''))) last = i + 1;
    }
    if (last < 0 || tagPart(tags[last + 1] ?? O) === 'I') continue;
    retag(tags, i, last, 'LOC');
    i = last;
  }
}

/** Words of an indefinite construct chain between its head and the place (rule 18). */
const MAX_CHAIN = 3;
const CHAIN_WORD = /^\p{Script=Arabic}{3,}$/u;

/** Rule 18. */
function joinConstructChains(
  words: readonly string[],
  forms: readonly WordForms[],
  tags: Int32Array,
  chains: ConstructChains,
  ordinals: ReadonlySet<string> | undefined,
  gazetteer: Gazetteer,
): void {
  const { heads, stops } = chains;
  for (let i = 0; i + 2 < forms.length; i++) {
    const head = forms[i] as WordForms;
    if (tags[i] !== O || head.prefixes.includes('a') || !(heads.has(head.key) || heads.has(head.stem)))
      continue;
    let k = i + 1;
    while (k < forms.length && k - i <= MAX_CHAIN && tags[k] === O) {
      const word = forms[k] as WordForms;
      if (word.prefixes !== '' || !CHAIN_WORD.test(word.key) || stops.has(word.key)) break;
      // a noun with a pronoun is definite and ends a chain; what follows is no genitive of it
      if (PRONOUN_SUFFIX.test(words[k] as string)) break;
      k++;
    }
    if (k === i + 1 || k >= forms.length || (forms[k] as WordForms).prefixes.replace('a', '') !== '')
      continue;
    // the place the tagger found, or a listed one it left untagged (`العقبة` is also a noun)
    const listed = tags[k] === O ? listedPlaceLength(forms, k, gazetteer) : 0;
    if (tags[k] !== tagOf('B', 'LOC') && !listed) continue;
    const last = listed ? k + listed - 1 : mentionEnd(tags, k);
    if (listed && Array.from(tags.subarray(k, last + 1)).some((t) => t !== O)) continue;
    if (tagPart(tags[last + 1] ?? O) === 'I') continue;
    retag(tags, i, last, 'ORG');
    i = last;
  }
  if (!ordinals) return;
  for (let i = 1; i < forms.length; i++) {
    const word = forms[i] as WordForms;
    if (tags[i] !== O || !ordinals.has(word.key) || tagType(tags[i - 1] as number) !== 'ORG') continue;
    const start = mentionStart(tags, i - 1);
    if (start === i - 1 || (forms[i - 1] as WordForms).prefixes !== 'a') continue;
    tags[i] = tagOf('I', 'ORG');
  }
}

/** Words of the listed place that starts at word `at` (the gazetteer), or 0. */
function listedPlaceLength(forms: readonly WordForms[], at: number, gazetteer: Gazetteer): number {
  const phrase = longestPhraseAt(forms, at, gazetteer, PLACE);
  if (phrase) return phrase.length;
  return phraseKinds(gazetteer, [(forms[at] as WordForms).key]) & PLACE ? 1 : 0;
}

/** Rule 17. */
function nameMilitaryUnits(forms: readonly WordForms[], tags: Int32Array, units: MilitaryUnits): void {
  for (let i = 0; i + 1 < forms.length; i++) {
    const found = tags[i] === tagOf('B', 'ORG') ? mentionEnd(tags, i) : i - 1;
    if ((tags[i] !== O && found < i) || (forms[i] as WordForms).prefixes.replace(/[wp]/gu, '') !== 'a')
      continue;
    // untagged, or inside the organisation a list found here (`الفرقة الرابعة`)
    const free = (at: number) => tags[at] === O || at <= found;
    const head = units.heads.find((words) =>
      words.every((key, k) => (k === 0 ? forms[i]?.stem : forms[i + k]?.key) === key),
    );
    if (!head) continue;
    let k = i + head.length;
    const region = units.regionHeads.has(head.join(' '));
    const first = forms[k];
    if (!first || !free(k)) continue;
    if (units.ordinals.has(first.key) || /^\d{1,4}$/u.test(first.key)) k++;
    else if (region && units.directions.has(first.key)) k++;
    else continue;
    while (k < forms.length && free(k) && units.trailing.has((forms[k] as WordForms).key)) k++;
    if (k <= found) continue;
    if (tagPart(tags[k] ?? O) === 'I') continue;
    retag(tags, i, k - 1, 'ORG');
    i = k - 1;
  }
}

/** Rule 16. */
function joinHeadsToOrganisations(
  words: readonly string[],
  forms: readonly WordForms[],
  tags: Int32Array,
  heads: ReadonlySet<string>,
  headRule?: HeadRuleData,
): void {
  for (let i = 0; i + 1 < forms.length; i++) {
    const head = forms[i] as WordForms;
    const next = forms[i + 1] as WordForms;
    if (tags[i] !== O || tags[i + 1] !== tagOf('B', 'ORG')) continue;
    if (next.prefixes !== '' && next.prefixes !== 'a') continue;
    const isHead = heads.has(head.key) || (!head.prefixes.includes('a') && heads.has(head.stem));
    if (!isHead) continue;
    tags[i] = tagOf('B', 'ORG');
    tags[i + 1] = tagOf('I', 'ORG');
    // the body's purpose after the name in its head's construct (`مفوضية الأمم المتحدة` +
    // `لحقوق الإنسان`), as the head rule reads one after an adjective
    if (!headRule) continue;
    const end = mentionEnd(tags, i);
    const complement = complementLength(words, tags, end + 1, headRule);
    if (complement === 0 || tagPart(tags[end + 1 + complement] ?? O) === 'I') continue;
    retag(tags, i, end + complement, 'ORG');
    i = end + complement;
  }
}

/** Words of the person title that starts at word `at`, or 0. */
function titleLength(forms: readonly WordForms[], at: number, gazetteer: Gazetteer): number {
  const phrase = longestPhraseAt(forms, at, gazetteer, GAZ_BIT.title);
  if (phrase) return phrase.length;
  const word = forms[at];
  return word && phraseKinds(gazetteer, [word.key]) & GAZ_BIT.title ? 1 : 0;
}

/** Rule 15. */
function cutLeadingTitles(forms: readonly WordForms[], tags: Int32Array, gazetteer: Gazetteer): void {
  for (let i = 0; i < forms.length; i++) {
    if (tags[i] !== tagOf('B', 'PER')) continue;
    const last = mentionEnd(tags, i);
    let name = i;
    for (
      let title = titleLength(forms, name, gazetteer);
      title > 0;
      title = titleLength(forms, name, gazetteer)
    )
      name += title;
    if (name > last) for (let k = i; k <= last; k++) tags[k] = O;
    else if (name > i) retag(tags, name, last, 'PER');
    for (let k = i; k < name && k <= last; k++) tags[k] = O;
    i = last;
  }
}

const TANWEEN_FATH = '\u064B';
const NUMBER = /^[\d\u0660-\u0669]+([.,][\d\u0660-\u0669]+)?$/u;

/** Rule 14. */
function dropCountedNationalities(
  words: readonly string[],
  forms: readonly WordForms[],
  tags: Int32Array,
  gazetteer: Gazetteer,
): void {
  for (let i = 0; i < words.length; i++) {
    if (tags[i] !== tagOf('B', 'LOC') || tagPart(tags[i + 1] ?? O) === 'I') continue;
    const { key, stem } = forms[i] as WordForms;
    // the whole word first: a first letter may read as a clitic (`كولومبيا`)
    const adjective = [key, stem].some((w) => w.endsWith('يا') && isNationality(gazetteer, w.slice(0, -1)));
    if (!adjective) continue;
    const counted =
      (words[i] as string).includes(TANWEEN_FATH) ||
      NUMBER.test(words[i - 1] ?? '') ||
      (NUMBER.test(words[i - 2] ?? '') && tags[i - 1] === O && (forms[i - 1] as WordForms).key.endsWith('ا'));
    if (counted) tags[i] = O;
  }
}

const QUOTE_MARKS = new Set(['"', '«', '»', '“', '”', '„']);
/** Words of a quoted name after its kind noun (rule 13). */
const MAX_QUOTED_NAME = 3;

/** Rule 13. */
function typeQuotedNames(
  words: readonly string[],
  forms: readonly WordForms[],
  tags: Int32Array,
  data: NameCompletionData,
): void {
  for (let i = 0; i + 3 < words.length; i++) {
    if (tags[i] !== O || !QUOTE_MARKS.has(words[i + 1] as string)) continue;
    const noun = forms[i] as WordForms;
    const type = data.placeNouns?.has(noun.stem)
      ? 'LOC'
      : phraseKinds(data.gazetteer, [noun.stem]) & GAZ_BIT.orgHead
        ? 'ORG'
        : null;
    if (type === null) continue;
    let close = i + 2;
    while (
      close < words.length &&
      close - (i + 2) <= MAX_QUOTED_NAME &&
      !QUOTE_MARKS.has(words[close] as string)
    )
      close++;
    const length = close - (i + 2);
    if (close >= words.length || length === 0 || length > MAX_QUOTED_NAME) continue;
    const inside = words.slice(i + 2, close);
    if (!inside.every((w) => /^[\p{L}\p{M}]+$/u.test(w))) continue;
    if (length === 1 && isCommonAdjective(inside[0] as string, data)) continue;
    retag(tags, i + 2, close - 1, type);
    i = close;
  }
}

/**
 * Whether a word after a place noun is its adjective (`مدينة منكوبة`, a stricken city): feminine
 * like the nouns of places or their broken plurals (a town's name ends anyhow: `جلفا` is a common
 * word too), known to the lexicon as written, and no name the gazetteer lists.
 */
function isCommonAdjective(word: string, data: NameCompletionData): boolean {
  const forms = wordFormsOf(word);
  if (!word.endsWith('ة') || !data.lexicon?.has(lexiconSpelling(word))) return false;
  return ![forms.key, forms.stem].some((key) => startsPhrase(data.gazetteer, key, NAME_KINDS));
}

/** Rule 12. */
function namePlacesAfterPlaceNouns(
  words: readonly string[],
  forms: readonly WordForms[],
  tags: Int32Array,
  data: NameCompletionData,
): void {
  const nouns = data.placeNouns as ReadonlySet<string>;
  for (let i = 0; i + 1 < forms.length; i++) {
    const noun = forms[i] as WordForms;
    if (tags[i] !== O || !(nouns.has(noun.key) || nouns.has(noun.stem))) continue;
    let first = i + 1;
    const between = forms[first] as WordForms;
    // one untagged word of the name before the person: no clitic, not a common word or a title
    if (
      tags[first] === O &&
      between.prefixes === '' &&
      /^\p{Script=Arabic}{3,}$/u.test(between.key) &&
      !data.commonWords?.has(between.key) &&
      !startsPhrase(data.gazetteer, between.key, GAZ_BIT.title | GAZ_BIT.orgHead)
    )
      first++;
    const name = tags[first] ?? O;
    if (tagPart(name) !== 'B' || tagPart(tags[first + 1] ?? O) === 'I') continue;
    if (tagType(name) === 'PER') {
      retag(tags, i + 1, first, 'LOC');
      i = first;
    } else if (tagType(name) === 'LOC' && first === i + 1 && isCommonAdjective(words[first] as string, data))
      tags[first] = O;
  }
}

/** Rule 19. */
function nameBodiesAfterPlaces(
  forms: readonly WordForms[],
  tags: Int32Array,
  bodies: ReadonlySet<string>,
  placeNouns: ReadonlySet<string> | undefined,
): void {
  const isIn = (set: ReadonlySet<string> | undefined, w: WordForms | undefined) =>
    w !== undefined && set !== undefined && (set.has(w.key) || set.has(w.stem));
  for (let i = 0; i + 1 < forms.length; i++) {
    if (tags[i] !== O || !isIn(bodies, forms[i])) continue;
    let first = i + 1;
    if (tags[first] === O && isIn(placeNouns, forms[first])) first++;
    const name = tags[first] ?? O;
    if (tagPart(name) !== 'B' || tagType(name) !== 'LOC') continue;
    let last = first;
    while (last + 1 < tags.length && tagPart(tags[last + 1] as number) === 'I') last++;
    retag(tags, i + 1, last, 'ORG');
    i = last;
  }
}

/** Rule 19, for outlets: a one-word person right after the noun of an outlet is its name (`موقع أكسيوس`). */
function nameOutletsAfterNouns(
  forms: readonly WordForms[],
  tags: Int32Array,
  nouns: ReadonlySet<string>,
): void {
  for (let i = 0; i + 1 < forms.length; i++) {
    const noun = forms[i] as WordForms;
    if (tags[i] !== O || noun.prefixes.includes('a') || !(nouns.has(noun.stem) || nouns.has(noun.key)))
      continue;
    if (tags[i + 1] !== tagOf('B', 'PER') || tagPart(tags[i + 2] ?? O) === 'I') continue;
    if ((forms[i + 1] as WordForms).prefixes !== '') continue;
    tags[i + 1] = tagOf('B', 'ORG');
  }
}

/** Rule 8; a known place after the noun is what the storm struck (`ضربت العاصفة الثلجية لبنان`). */
function typeStormNames(
  forms: readonly WordForms[],
  tags: Int32Array,
  heads: ReadonlySet<string>,
  gazetteer: Gazetteer,
): void {
  for (let i = 0; i < forms.length; i++) {
    if (!heads.has((forms[i] as WordForms).key.replace(/^[وف]/u, ''))) continue;
    let k = i + 1;
    while (k < forms.length && tags[k] === O && (forms[k] as WordForms).prefixes === 'a') k++;
    if (k >= forms.length || tagPart(tags[k] as number) !== 'B') continue;
    const name = forms[k] as WordForms;
    if ([name.key, name.bare].some((key) => startsPhrase(gazetteer, key, PLACE))) continue;
    retag(tags, k, mentionEnd(tags, k), 'MISC');
  }
}

function completeKnownPhrases(
  forms: readonly WordForms[],
  tags: Int32Array,
  gazetteer: Gazetteer,
  eventHeads: ReadonlySet<string>,
  classNouns: ReadonlySet<string> = new Set(),
): void {
  for (let i = 0; i < forms.length; i++) {
    const phrase = longestPhraseAt(forms, i, gazetteer, PLACE | ORG);
    if (!phrase) continue;
    const last = i + phrase.length - 1;
    // The tagger ran a class noun into part of a listed body (`منظمة أطباء بلا` of `منظمة أطباء بلا
    // حدود`, `شبكة سي` of `شبكة سي إن إن`): the body is the listed name, the noun stays outside.
    if (
      phrase.length >= 2 &&
      (phrase.kinds & PLACE) === 0 &&
      tags[i - 1] === tagOf('B', 'ORG') &&
      tagPart(tags[i] as number) === 'I' &&
      tagPart(tags[last + 1] ?? O) !== 'I' &&
      Array.from(tags.subarray(i, last + 1)).some((t) => t === O) &&
      isClassNoun(forms[i - 1] as WordForms, classNouns)
    ) {
      tags[i - 1] = O;
      retag(tags, i, last, 'ORG');
      i = last;
      continue;
    }
    const span = Array.from(tags.subarray(i, last + 1));
    const isPlace = (phrase.kinds & PLACE) !== 0;
    const isOrg = (phrase.kinds & ORG) !== 0;
    const untaggedOrg =
      !isPlace &&
      isOrg &&
      phrase.length >= 2 &&
      span.every((t) => t === O) &&
      !eventHeads.has((forms[i] as WordForms).key);
    const tagged = span.find((t) => t !== O) ?? (untaggedOrg ? TAG_INDEX.get('B-ORG') : undefined);
    const intruded = tagPart(tags[i] as number) === 'I' || tagPart(tags[last + 1] ?? O) === 'I';
    if (tagged === undefined || intruded || isCountryTail(forms, tags, i, last, gazetteer)) continue;
    const type = isPlace && isOrg ? (tagType(tagged) as string) : isPlace ? 'LOC' : 'ORG';
    retag(tags, i, last, type);
    i = last;
  }
}

function isClassNoun(word: WordForms, nouns: ReadonlySet<string>): boolean {
  return !word.prefixes.includes('a') && (nouns.has(word.key) || nouns.has(word.stem));
}

/** Is the only mention in the phrase a country at its end, after untagged words? */
function isCountryTail(
  forms: readonly WordForms[],
  tags: Int32Array,
  first: number,
  last: number,
  gazetteer: Gazetteer,
): boolean {
  if (tags[first] !== O) return false;
  let start = first;
  while (start <= last && tags[start] === O) start++;
  if (start > last || mentionEnd(tags, start) !== last) return false;
  const name = forms.slice(start, last + 1);
  const words = start === last ? [(name[0] as WordForms).stem] : name.map((f) => f.key);
  return (phraseKinds(gazetteer, words) & GAZ_BIT.country) !== 0;
}

/** Rule 7. */
function completeFirstNames(forms: readonly WordForms[], tags: Int32Array, gazetteer: Gazetteer): void {
  for (let i = 0; i + 1 < forms.length; i++) {
    if (tagType(tags[i] as number) !== 'PER' || tagPart(tags[i + 1] as number) === 'I') continue;
    const phrase = longestPhraseAt(forms, i, gazetteer, GAZ_BIT.firstName);
    if (!phrase || phrase.length < 2) continue;
    let last = i + phrase.length - 1;
    if (Array.from(tags.subarray(i + 1, last + 1)).some((t) => t !== O)) continue;
    const next = forms[last + 1];
    if (next && tags[last + 1] === O && startsPhrase(gazetteer, next.key, GAZ_BIT.surname)) last++;
    retag(tags, mentionStart(tags, i), last, 'PER');
    i = last;
  }
}

function joinNameParticles(
  forms: readonly WordForms[],
  tags: Int32Array,
  particles: ReadonlySet<string>,
): void {
  for (let i = 1; i + 1 < forms.length; i++) {
    if (!particles.has((forms[i] as WordForms).key) || !/\p{L}{2}/u.test((forms[i + 1] as WordForms).key))
      continue;
    // a person that the tagger ended on the particle runs over the word after it
    if (tagType(tags[i] as number) === 'PER' && tagPart(tags[i + 1] as number) !== 'I' && tags[i + 1] === O) {
      tags[i + 1] = tagOf('I', 'PER');
      continue;
    }
    // a particle right before a person opens the family name (`آل` + `هاشم`)
    if (tags[i] === O && tags[i + 1] === tagOf('B', 'PER') && tagType(tags[i - 1] as number) !== 'PER') {
      tags[i] = tagOf('B', 'PER');
      tags[i + 1] = tagOf('I', 'PER');
      continue;
    }
    if (tags[i] !== O || tagType(tags[i - 1] as number) !== 'PER') continue;
    const first = mentionStart(tags, i - 1);
    const last = tags[i + 1] === O ? i + 1 : mentionEnd(tags, i + 1);
    retag(tags, first, last, 'PER');
    i = last;
  }
}

function joinSplitOrganisations(forms: readonly WordForms[], tags: Int32Array): void {
  for (let i = 1; i < forms.length; i++) {
    if (tags[i] !== tagOf('B', 'ORG') || tagType(tags[i - 1] as number) !== 'ORG') continue;
    const single = tagPart(tags[i + 1] ?? O) !== 'I';
    if (single && (forms[i] as WordForms).prefixes === 'a') tags[i] = tagOf('I', 'ORG');
  }
}

const NAME_KINDS =
  GAZ_BIT.country | GAZ_BIT.place | GAZ_BIT.org | GAZ_BIT.firstName | GAZ_BIT.surname | GAZ_BIT.misc;

function dropCommonWords(
  words: readonly string[],
  forms: readonly WordForms[],
  tags: Int32Array,
  data: NameCompletionData,
): void {
  const { gazetteer, lexicon, spelledNames } = data;
  if (!lexicon) return;
  for (let i = 0; i < forms.length; i++) {
    if (tagPart(tags[i] as number) !== 'B' || tagPart(tags[i + 1] ?? O) === 'I') continue;
    if (tagType(tags[i] as number) === 'LOC') continue;
    const word = forms[i] as WordForms;
    const plain = lexiconSpelling(words[i] as string);
    const written = [plain, /^[وف]/u.test(plain) ? plain.slice(1) : plain];
    const common = written.some((w) => lexicon.has(w));
    if (!common) continue;
    const keys = [word.key, word.key.replace(/^[وف]/u, ''), word.stem, word.bare];
    const known = keys.some((k) => startsPhrase(gazetteer, k, NAME_KINDS));
    // A common word the gazetteer knows only through folding its letters is the common word.
    const spelledAsName = spelledNames === undefined || written.some((w) => spelledNames.has(w));
    if (!known || !spelledAsName) tags[i] = O;
  }
}

/** Rule 9: is the word one the annotators left out of names, and no name the gazetteer lists? */
function isCorpusCommon(word: WordForms, common: ReadonlySet<string>, gazetteer: Gazetteer): boolean {
  const key = word.key.replace(/^[وف]/u, '');
  if (!common.has(word.key) && !common.has(key)) return false;
  return [word.key, key, word.stem].every((k) => (phraseKinds(gazetteer, [k]) & NAME_KINDS) === 0);
}

/** Rule 9: a name of one common word is none. */
function dropCorpusCommonWords(
  forms: readonly WordForms[],
  tags: Int32Array,
  common: ReadonlySet<string>,
  gazetteer: Gazetteer,
): void {
  for (let i = 0; i < forms.length; i++) {
    if (tagPart(tags[i] as number) !== 'B') continue;
    const last = mentionEnd(tags, i);
    if (last === i && isCorpusCommon(forms[i] as WordForms, common, gazetteer)) tags[i] = O;
    i = last;
  }
}

/**
 * Rule 10: a place that is a listed country and then a common word with the article
 * (`المغرب` + `الحداد` in `أعلن في المغرب الحداد`) ends at the country: the word is what was declared.
 */
function cutCountryTails(
  words: readonly string[],
  forms: readonly WordForms[],
  tags: Int32Array,
  data: NameCompletionData,
): void {
  const { gazetteer, lexicon } = data;
  for (let i = 0; i < forms.length; i++) {
    if (tags[i] !== tagOf('B', 'LOC')) continue;
    const last = mentionEnd(tags, i);
    const keys = forms.slice(i, last + 1).map((f) => f.key);
    if (last === i || phraseKinds(gazetteer, keys) & NAME_KINDS) {
      i = last;
      continue;
    }
    for (let k = i; k < last; k++) {
      const next = forms[k + 1] as WordForms;
      const country = (phraseKinds(gazetteer, keys.slice(0, k - i + 1)) & GAZ_BIT.country) !== 0;
      const common = next.prefixes === 'a' && lexicon?.has(lexiconSpelling(words[k + 1] as string));
      if (!country || !common || startsPhrase(gazetteer, next.key, NAME_KINDS)) continue;
      if (isNationality(gazetteer, next.bare)) continue;
      for (let j = k + 1; j <= last; j++) tags[j] = O;
      break;
    }
    i = last;
  }
}

/**
 * Rule 11: after a title and a place (`وزيرة خارجية جنوب أفريقيا`), an untagged word that no word
 * list knows and a one-word person or place right after it are one person (`ناليدي` + `باندور`):
 * a foreign first name the tagger has never seen. Without the title and place, such a join took
 * people into places and places into people on ANERcorp (`فيرهوف` + `هولندا`).
 */
function joinUnknownFirstWords(
  words: readonly string[],
  forms: readonly WordForms[],
  tags: Int32Array,
  data: NameCompletionData,
): void {
  const { gazetteer, lexicon, commonWords } = data;
  for (let i = 1; i < forms.length; i++) {
    const type = tagType(tags[i] as number);
    if ((type !== 'PER' && type !== 'LOC') || tagPart(tags[i] as number) !== 'B') continue;
    if (tagPart(tags[i + 1] ?? O) === 'I' || tags[i - 1] !== O) continue;
    const before = forms[i - 1] as WordForms;
    const plain = lexiconSpelling(words[i - 1] as string);
    if (!/^\p{Script=Arabic}{3,}$/u.test(plain) || lexicon?.has(plain) || commonWords?.has(before.key))
      continue;
    if (startsPhrase(gazetteer, before.key, GAZ_BIT.title | GAZ_BIT.orgHead | NAME_KINDS)) continue;
    if (!afterTitleAndPlace(forms, tags, i - 1, gazetteer)) continue;
    tags[i - 1] = tagOf('B', 'PER');
    tags[i] = tagOf('I', 'PER');
  }
}

/** Does a place end right before word `i`, with a title one or two words before the place? */
function afterTitleAndPlace(forms: readonly WordForms[], tags: Int32Array, i: number, gazetteer: Gazetteer) {
  if (i === 0 || tagType(tags[i - 1] as number) !== 'LOC') return false;
  const place = mentionStart(tags, i - 1);
  for (let k = Math.max(0, place - 2); k < place; k++) {
    if (startsPhrase(gazetteer, (forms[k] as WordForms).key, GAZ_BIT.title)) return true;
  }
  return false;
}

function extendOverNationality(
  words: readonly string[],
  forms: readonly WordForms[],
  tags: Int32Array,
  data: NameCompletionData,
): void {
  for (let i = 0; i + 1 < forms.length; i++) {
    if (tagType(tags[i] as number) !== 'ORG' || tags[i + 1] !== O) continue;
    const next = forms[i + 1] as WordForms;
    if (next.prefixes !== 'a') continue;
    if (!isOnlyKind(data.gazetteer, next.bare, GAZ_BIT.nationality)) continue;
    // A one-word proper name (no common word) is whole without it: `فاجنر` + `الروسية` describes it.
    if (tagPart(tags[i] as number) === 'B' && data.lexicon && !isCommonWord(words[i] as string, data.lexicon))
      continue;
    tags[i + 1] = tagOf('I', 'ORG');
  }
}

/** Whether the lexicon knows the word as written, with or without a conjunction before it. */
function isCommonWord(word: string, lexicon: WordLexicon): boolean {
  const plain = lexiconSpelling(word);
  return lexicon.has(plain) || (/^[وف]/u.test(plain) && lexicon.has(plain.slice(1)));
}

function joinOutletSuffixes(
  forms: readonly WordForms[],
  tags: Int32Array,
  suffixes: ReadonlySet<string>,
): void {
  for (let i = 1; i < forms.length; i++) {
    if (!suffixes.has((forms[i] as WordForms).key)) continue;
    const previous = tags[i - 1] as number;
    const first = previous === O ? i - 1 : mentionStart(tags, i - 1);
    if (previous === O && !/\p{L}/u.test((forms[i - 1] as WordForms).key)) continue;
    retag(tags, first, mentionEnd(tags, i), 'ORG');
  }
}
