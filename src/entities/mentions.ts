/**
 * From tags on tokens to mentions in the original text.
 *
 * Rules:
 *  1. a mention runs from its B- token to its last I- token; its offsets are the tokens' own;
 *  2. a clitic that is not part of the name stays outside the mention: a conjunction (و ف) is
 *     cut unless the whole word is a known name, head word or title (`وطالبان` → `طالبان`, but
 *     `وليد`, `واشنطن`, `وزارة` stay);
 *     a preposition (ب ك ل) is cut before the article (`بالقاهرة` → `القاهرة`, `للأمم` → `لأمم`,
 *     whose name gets its alef back; ك only before a name known or used alone, and no preposition
 *     of a known name: `كاليفورنيا`، `كالفينو`) and before a known name that the whole word is not
 *     (`لروسيا` → `روسيا`, but `لبنان`, `بغداد` stay); the article itself stays (`الكرملين`);
 *     a conjunction is also kept when what would remain is neither a known name nor a word the
 *     document uses on its own: `فاجنر` is a name, not ف + `اجنر`;
 *  3. a lone nationality adjective (`الروسي`) is not a mention, even one a surname list also
 *     has when it carries the article (`النائب العام الليبي`) — but a place the tagger found that
 *     is a country named by such an adjective stays (`في السعودية`; countries.json
 *     `namedByAdjective`) unless a noun with the article stands before it (`السلطات السعودية`) —,
 *     nor a lone month or weekday name,
 *     scale or unit (data/ar/entities/not-names.json: `نيسان` in `أبريل (نيسان)`, `ريختر`);
 *  4. a mention does not end on a month or weekday name (`جمال الأحد 25-06-2023` → `جمال`), nor
 *     begin or end on a particle (`فإن بريغوجين` → `بريغوجين`: not-names.json `edges`), unless
 *     that word closes a listed name (`ذبيح الله`, `عبد الله`: `الله` alone is not a name), or
 *     the whole mention is one (`سي إن إن`, letters spelt out, the last `إن`);
 *  5. nor begin on a verb that opens a news clause (a verb of saying or an event trigger first in
 *     its clause: `ثم زار أردوغان القاهرة` → `أردوغان`), unless the gazetteer lists that word as a
 *     name; after another word such a verb may be a name (`وقال طالب الرفاعي`).
 */
import type { EntityType } from '../contract/analysis.js';
import { CONJUNCTIONS, PREPOSITIONS } from '../text/proclitics.js';
import type { Token } from '../text/tokenize.js';
import { foldKey } from '../text/words.js';
import {
  GAZ_BIT,
  type Gazetteer,
  isNationality,
  isOnlyKind,
  phraseKinds,
  startsPhrase,
} from './gazetteer/gazetteer.js';
import { tagPart, tagType } from './tagger/tags.js';
import { wordFormsOf } from './word-forms.js';

export interface EntityMention {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** The mention as written, `text.slice(start, end)`. */
  readonly text: string;
  /** The mention as a name: the text, with an article's unwritten alef restored after `لل`. */
  readonly name: string;
}

const NAME_KINDS =
  GAZ_BIT.country | GAZ_BIT.place | GAZ_BIT.org | GAZ_BIT.firstName | GAZ_BIT.surname | GAZ_BIT.misc;

/** Keys of a document's words; only asked about a name's first word that may carry a conjunction. */
export interface WordSet {
  has(key: string): boolean;
}

export interface MentionRules {
  readonly gazetteer: Gazetteer;
  /** Keys of words that are never a mention alone, nor its last word (rules 3, 4). */
  readonly notNames?: ReadonlySet<string>;
  /** Keys of particles that never begin or end a name (rule 4). */
  readonly edges?: ReadonlySet<string>;
  /** Stems of verbs that open a news clause (`زار`, `قال`): never a name's first word (rule 5). */
  readonly openingVerbs?: ReadonlySet<string>;
  /** Keys of every word of the document, to tell a name from a conjunction + word (rule 2). */
  readonly documentWords?: WordSet;
  /** Keys of countries named by a relational adjective with the article (`السعودية`, rule 3). */
  readonly countriesNamedByAdjective?: ReadonlySet<string>;
}

export function mentionsFromTags(
  text: string,
  tokens: readonly Token[],
  tags: Int32Array,
  rules: MentionRules,
): EntityMention[] {
  const notNames = rules.notNames ?? new Set<string>();
  const edges = rules.edges ?? new Set<string>();
  const verbs = rules.openingVerbs ?? new Set<string>();
  // A verb opens its clause: first in the sentence, after punctuation or a particle (`ثم`، `حيث`),
  // or with a conjunction of its own (`وزار`). After another word it may be a name (`وقال طالب
  // الرفاعي`), and a name the gazetteer lists (`رفعت`) stays whatever stands before it.
  const opensClause = (k: number) => {
    const token = tokens[k] as Token;
    const forms = wordFormsOf(token.text);
    if (!verbs.has(forms.stem) || (phraseKinds(rules.gazetteer, [forms.stem]) & NAME_KINDS) !== 0)
      return false;
    const before = tokens[k - 1];
    return (
      before === undefined ||
      !/\p{L}/u.test(before.text) ||
      edges.has(foldKey(before.text)) ||
      forms.stem !== foldKey(token.text)
    );
  };
  const keyAt = (k: number) => foldKey((tokens[k] as Token).text);
  const mentions: EntityMention[] = [];
  let next = 0;
  while (next < tokens.length) {
    const i = next;
    const type = tagType(tags[i] as number);
    if (!type || tagPart(tags[i] as number) !== 'B') {
      next++;
      continue;
    }
    let last = i;
    while (last + 1 < tokens.length && tagPart(tags[last + 1] as number) === 'I') last++;
    next = last + 1;
    let first = i;
    while (first < last && (edges.has(wordFormsOf((tokens[first] as Token).text).stem) || opensClause(first)))
      first++;
    while (
      last > first &&
      (edges.has(keyAt(last)) || notNames.has(keyAt(last))) &&
      !endsKnownName(rules.gazetteer, keyAt(last - 1), keyAt(last)) &&
      !isKnownName(rules.gazetteer, tokens, first, last)
    )
      last--;
    const mention = makeMention(text, tokens, first, last, type, rules);
    if (mention && !(first === last && notNames.has(foldKey(mention.text)))) mentions.push(mention);
  }
  return mentions;
}

/** Do the two words close a name the gazetteer lists (`ذبيح الله`, `عبد الله`)? Then the last stays. */
function endsKnownName(gazetteer: Gazetteer, before: string, last: string): boolean {
  return (phraseKinds(gazetteer, [before, last]) & NAME_KINDS) !== 0;
}

/** Are the words `first`–`last` a whole listed name (`سي إن إن`, which ends on the particle `إن`)? */
function isKnownName(gazetteer: Gazetteer, tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first < 2) return false;
  const words = tokens.slice(first, last + 1).map((t) => foldKey(t.text));
  return (phraseKinds(gazetteer, words) & NAME_KINDS) !== 0;
}

function makeMention(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  type: EntityType,
  rules: MentionRules,
): EntityMention | null {
  const { gazetteer } = rules;
  const head = tokens[first] as Token;
  const { cut, restoreAlef } = cliticLength(head.text, gazetteer, rules.documentWords);
  const start = head.start + cut;
  const end = (tokens[last] as Token).end;
  if (end <= start) return null;
  const written = text.slice(start, end);
  const forms = wordFormsOf(written);
  // A country named by an adjective, which the tagger read as a place, is the country, unless a
  // noun with the article stands before it for it to qualify (`السلطات السعودية`).
  if (first === last && type === 'LOC' && rules.countriesNamedByAdjective?.has(forms.stem)) {
    const before = first > 0 ? wordFormsOf((tokens[first - 1] as Token).text) : undefined;
    const qualifies = before?.prefixes.endsWith('a') && !isNationality(gazetteer, before.bare);
    return qualifies ? null : { start, end, type, text: written, name: written };
  }
  if (first === last && isOnlyKind(gazetteer, forms.bare, GAZ_BIT.nationality)) return null;
  // With the article a nationality is an adjective even when a surname list has it (`الليبي`).
  if (first === last && forms.prefixes.endsWith('a') && isNationality(gazetteer, forms.bare)) return null;
  if (first === last && isOnlyKind(gazetteer, foldKey(written), GAZ_BIT.nationality)) return null;
  return { start, end, type, text: written, name: restoreAlef ? `ا${written}` : written };
}

/** How many leading characters of a name's first word are clitics (rule 2). */
export function cliticLength(
  word: string,
  gazetteer: Gazetteer,
  documentWords?: WordSet,
): { cut: number; restoreAlef: boolean } {
  const known = (w: string) => startsPhrase(gazetteer, foldKey(w), NAME_KINDS);
  const whole = startsPhrase(gazetteer, foldKey(word), NAME_KINDS | GAZ_BIT.orgHead | GAZ_BIT.title);
  const stem = word.slice(1);
  const aWord = (w: string) =>
    documentWords === undefined ||
    /^([بلك])?[اأإآ]ل|^لل/u.test(w) ||
    known(w) ||
    documentWords.has(foldKey(w));
  let cut = 0;
  if (CONJUNCTIONS.has(word[0] ?? '') && word.length >= 4 && !whole && aWord(stem)) cut = 1;
  const rest = word.slice(cut);
  if (rest.length >= 4 && rest.startsWith('لل')) return { cut: cut + 1, restoreAlef: true };
  if (PREPOSITIONS.has(rest[0] ?? '') && rest.length >= 4) {
    const after = rest.slice(1);
    // `كالفينو`، `كاليفورنيا`: ك before the article is rare in a name, a name opening with كال is
    // not (a transliteration), so ك is cut only before a name known or used alone.
    const article =
      /^[اأإآ]ل/u.test(after) && (rest[0] !== 'ك' || known(after) || documentWords?.has(foldKey(after)));
    if (!known(rest) && (article || known(after))) cut += 1;
  }
  return { cut, restoreAlef: false };
}
