/**
 * From tags on tokens to mentions in the original text.
 *
 * Rules:
 *  1. a mention runs from its B- token to its last I- token; its offsets are the tokens' own;
 *  2. a clitic that is not part of the name stays outside the mention: a conjunction (و ف) is
 *     cut unless the whole word is a known name, head word or title (`وطالبان` → `طالبان`, but
 *     `وليد`, `واشنطن`, `وزارة` stay);
 *     a preposition (ب ك ل) is cut before the article (`بالقاهرة` → `القاهرة`, `للأمم` → `لأمم`,
 *     whose name gets its alef back) and before a known name that the whole word is not
 *     (`لروسيا` → `روسيا`, but `لبنان`, `بغداد` stay); the article itself stays (`الكرملين`);
 *  3. a lone nationality adjective (`الروسي`) is not a mention, nor a lone month or weekday name
 *     (data/ar/entities/not-names.json: `نيسان` in `أبريل (نيسان)`).
 */
import type { EntityType } from '../contract/analysis.js';
import { CONJUNCTIONS, PREPOSITIONS } from '../text/proclitics.js';
import type { Token } from '../text/tokenize.js';
import { GAZ_BIT, type Gazetteer, isOnlyKind, startsPhrase } from './gazetteer/gazetteer.js';
import { tagPart, tagType } from './tagger/tags.js';
import { analyzeWordForms, wordKey } from './word-forms.js';

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

export function mentionsFromTags(
  text: string,
  tokens: readonly Token[],
  tags: Int32Array,
  gazetteer: Gazetteer,
  notNames: ReadonlySet<string> = new Set(),
): EntityMention[] {
  const mentions: EntityMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const type = tagType(tags[i] as number);
    if (!type || tagPart(tags[i] as number) !== 'B') {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < tokens.length && tagPart(tags[last + 1] as number) === 'I') last++;
    const mention = makeMention(text, tokens, i, last, type, gazetteer);
    if (mention && !(i === last && notNames.has(wordKey(mention.text)))) mentions.push(mention);
    i = last + 1;
  }
  return mentions;
}

function makeMention(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  type: EntityType,
  gazetteer: Gazetteer,
): EntityMention | null {
  const head = tokens[first] as Token;
  const { cut, restoreAlef } = cliticLength(head.text, gazetteer);
  const start = head.start + cut;
  const end = (tokens[last] as Token).end;
  if (end <= start) return null;
  const written = text.slice(start, end);
  if (first === last && isOnlyKind(gazetteer, analyzeWordForms(written).bare, GAZ_BIT.nationality))
    return null;
  if (first === last && isOnlyKind(gazetteer, wordKey(written), GAZ_BIT.nationality)) return null;
  return { start, end, type, text: written, name: restoreAlef ? `ا${written}` : written };
}

/** How many leading characters of a name's first word are clitics (rule 2). */
export function cliticLength(word: string, gazetteer: Gazetteer): { cut: number; restoreAlef: boolean } {
  const known = (w: string) => startsPhrase(gazetteer, wordKey(w), NAME_KINDS);
  const whole = startsPhrase(gazetteer, wordKey(word), NAME_KINDS | GAZ_BIT.orgHead | GAZ_BIT.title);
  let cut = 0;
  if (CONJUNCTIONS.has(word[0] ?? '') && word.length >= 4 && !whole) cut = 1;
  const rest = word.slice(cut);
  if (rest.length >= 4 && rest.startsWith('لل')) return { cut: cut + 1, restoreAlef: true };
  if (PREPOSITIONS.has(rest[0] ?? '') && rest.length >= 4) {
    const after = rest.slice(1);
    if (/^[اأإآ]ل/u.test(after) || (known(after) && !known(rest))) cut += 1;
  }
  return { cut, restoreAlef: false };
}
