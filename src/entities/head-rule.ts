/**
 * A rule the tagger's training data teaches poorly: in news, an organisation head noun followed by
 * definite words names an organisation (`وزارة الخارجية المصرية`، `هيئة الأركان العامة`,
 * `إدارة الكوارث والطوارئ التركية`، `المعهد الأمريكي للمسح الجيولوجي`).
 *
 * The name's grammar: head, genitive nouns and adjectives with the article, a nationality adjective
 * that closes them, and a complement of purpose with `ل` after an adjective:
 *  1. a head is a word of data/ar/entities/organisation-heads.json `ruleHeads` (a conjunction or
 *     preposition before it is cut when the mention is made), or of `ruleWeakHeads` (nouns that are
 *     as often common words: `مركز الزلزال`, `إدارة الأزمة`), or either with the article
 *     (`المعهد`): weak and definite heads need more evidence, below;
 *  2. the head is untagged; after it come words with the article and no other clitic, also tagged
 *     O, up to MAX_BODY of them; a word with `و` and the article joins them only between two of
 *     them (`الكوارث والطوارئ التركية`); the body stops before a time word or a relative pronoun
 *     (`ruleStops`), a verb, a preposition, punctuation or any other word;
 *  3. a nationality adjective with the article (the gazetteer) closes the body, even where the
 *     tagger read it as the country (`وزارة الصحة السعودية`); after it only an official adjective
 *     (`ruleTrailing`: `الرسمية`) or the complement may follow — so a noun after it is not taken in
 *     (`وحثت وزارة الصحة السعودية الحجاج`);
 *  4. after an adjective the body may end in a complement: a word with `ل` (`للزلازل`، `لحقوق`)
 *     and at most two words after it, the last with the article (`لأبحاث علوم الأرض`). After a
 *     plain genitive it may not: `قالت وزارة الصحة للصحفيين` is the ministry speaking to someone.
 *     An adjective is a nationality, the second of two body words, or one body word that names a
 *     body's rank or reach (`ruleComplementAdjectives`: `المجلس الأعلى للقضاء`) or is relational
 *     by its form, -ي/-ية with the article (`المجلس الوطني للإعلام`);
 *  5. evidence: a strong head needs one body word; a weak or definite head needs two body words,
 *     a nationality adjective, or a complement (`المركز الألماني`, `الهيئة العامة للرياضة`;
 *     not `مركز الزلزال`, `المركز الثاني`);
 *  6. an organisation the tagger found that ends in a nationality adjective and is followed by a
 *     complement runs over it (`تسنيم الدولية الإيرانية` + `للأنباء`); otherwise what the tagger
 *     found is left as it is.
 */

import { foldKey } from '../text/words.js';
import { tagPart } from './tagger/tags.js';
import { wordFormsOf } from './word-forms.js';

export interface HeadRuleData {
  /** Keys of heads that open a name before one article word. */
  readonly heads: ReadonlySet<string>;
  /** Keys of heads that need more evidence (rule 5). */
  readonly weakHeads: ReadonlySet<string>;
  readonly stops: ReadonlySet<string>;
  /** Bare keys of words that open no complement: those one speaks to (`للصحفيين`). */
  readonly complementStops: ReadonlySet<string>;
  /** Keys of adjectives that may follow a nationality adjective inside a name. */
  readonly trailing: ReadonlySet<string>;
  /** Keys of adjectives after which one body word may take a complement (rule 4). */
  readonly complementAdjectives: ReadonlySet<string>;
  /** Whether a bare word (article off) is a nationality adjective; absent, rule 3 is off. */
  readonly isNationality?: (bare: string) => boolean;
}

const B_ORG = 5;
const I_ORG = 6;
const B_LOC = 3;
const I_LOC = 4;
/** Body words after the head (rule 2). */
const MAX_BODY = 4;
/** Words of a complement after its `ل` word (rule 4). */
const MAX_COMPLEMENT_TAIL = 2;
/**
 * A pronoun suffix as written (`مقرها`، `لنظيرتهم`), after two letters or more; not a lone `ه`,
 * which ends as many nouns (`مياه`، `وجه`). Only for words without the article, which takes none.
 */
export const PRONOUN_SUFFIX = /\p{L}{2,}(ها|هما|هم|هن|كم|كما)$/u;
/** The letters that open an imperfect verb or a verbal noun of forms II and V after `ل`. */
const VERB_PREFIX = /^[يتن]/u;
/** A preposition with a pronoun suffix (`لهم`، `عليها`، `معه`), keys as `foldKey` writes them. */
const PREPOSITION_PRONOUN = /^(ل|ب|علي|الي|من|مع|عن|في)(ه|ها|هم|هما|هن|كم|كما|نا|ي)$/u;

export function buildHeadRuleData(
  heads: readonly string[],
  stops: readonly string[],
  more: {
    weakHeads?: readonly string[];
    trailing?: readonly string[];
    complementStops?: readonly string[];
    complementAdjectives?: readonly string[];
    isNationality?: (bare: string) => boolean;
  } = {},
): HeadRuleData {
  const keys = (list: readonly string[] | undefined) => new Set((list ?? []).map(foldKey));
  return {
    heads: keys(heads),
    weakHeads: keys(more.weakHeads),
    stops: keys(stops),
    trailing: keys(more.trailing),
    complementStops: keys(more.complementStops),
    complementAdjectives: keys(more.complementAdjectives),
    ...(more.isNationality ? { isNationality: more.isNationality } : {}),
  };
}

/** Tags with rules 1–6 applied (a new array; `tags` is left as it was). */
export function tagHeadedOrganisations(
  words: readonly string[],
  tags: Int32Array,
  data: HeadRuleData,
): Int32Array {
  const out = Int32Array.from(tags);
  for (let i = 0; i + 1 < words.length; i++) {
    if (out[i] === B_ORG) {
      i = extendFoundOrganisation(words, out, i, data);
      continue;
    }
    if (out[i] !== 0) continue;
    const strength = headStrength(words[i] as string, data);
    if (strength === null) continue;
    const name = readName(words, out, i + 1, data);
    if (name.body === 0) continue;
    const evidence = strength === 'strong' || name.body >= 2 || name.nationality || name.complement;
    if (!evidence) continue;
    const last = i + name.length;
    if (last + 1 < words.length && tagPart(out[last + 1] as number) === 'I') continue;
    out[i] = B_ORG;
    for (let k = i + 1; k <= last; k++) out[k] = I_ORG;
    i = last;
  }
  return out;
}

function headStrength(word: string, data: HeadRuleData): 'strong' | 'weak' | null {
  const { key, stem, bare, prefixes } = wordFormsOf(word);
  // The whole word first: a head's first letter may read as a clitic (`وزارة`، `لجنة`).
  for (const form of [key, stem]) {
    if (data.heads.has(form)) return 'strong';
    if (data.weakHeads.has(form)) return 'weak';
  }
  if (prefixes.endsWith('a') && isHead(bare, data)) return 'weak';
  return null;
}

function isHead(key: string, data: HeadRuleData): boolean {
  return data.heads.has(key) || data.weakHeads.has(key);
}

interface NameExtent {
  /** Words after the head that the name takes. */
  readonly length: number;
  /** Body words (rule 2), the nationality adjective among them. */
  readonly body: number;
  readonly nationality: boolean;
  readonly complement: boolean;
}

/** The name's words from `from` on (rules 2–4), all untagged or a nationality read as a place. */
function readName(words: readonly string[], tags: Int32Array, from: number, data: HeadRuleData): NameExtent {
  let at = from;
  let nationality = false;
  while (at < words.length && at - from < MAX_BODY) {
    const kind = bodyWord(words, tags, at, data);
    if (kind === null) break;
    if (kind === 'and') {
      // a coordinated word only between two body words
      if (at === from || at + 1 >= words.length || bodyWord(words, tags, at + 1, data) === null) break;
      at++;
      continue;
    }
    at++;
    if (kind === 'nationality') {
      nationality = true;
      break;
    }
  }
  const body = at - from;
  if (body === 0) return { length: 0, body: 0, nationality: false, complement: false };
  if (nationality)
    while (at < words.length && tags[at] === 0 && data.trailing.has(wordFormsOf(words[at] as string).key))
      at++;
  // A complement only after an adjective: a nationality, a body of two words or more, or one word
  // of rank or reach or relational by its form.
  const afterAdjective = nationality || body >= 2 || isComplementAdjective(words[from] as string, data);
  const complement = afterAdjective ? complementLength(words, tags, at, data) : 0;
  return { length: at - from + complement, body, nationality, complement: complement > 0 };
}

/** A relational adjective with the article: -ي/-ية after three letters or more of the stem. */
const RELATIONAL = /^\p{L}{3,}(ي|يه)$/u;

/** Rule 4: is the one body word an adjective after which a complement may follow? */
function isComplementAdjective(word: string, data: HeadRuleData): boolean {
  const forms = wordFormsOf(word);
  if (forms.prefixes !== 'a') return false;
  return data.complementAdjectives.has(forms.key) || RELATIONAL.test(forms.bare);
}

/**
 * What word `at` is to a name's body: an article word, a nationality adjective (tagged O, or a
 * one-word place), a word with `و` and the article, or none.
 */
function bodyWord(
  words: readonly string[],
  tags: Int32Array,
  at: number,
  data: HeadRuleData,
): 'word' | 'nationality' | 'and' | null {
  const word = words[at] as string;
  const forms = wordFormsOf(word);
  const tag = tags[at] as number;
  const oneWordPlace = tag === B_LOC && tags[at + 1] !== I_LOC;
  if (tag !== 0 && !oneWordPlace) return null;
  if (forms.prefixes !== 'a' && forms.prefixes !== 'wa') return null;
  if (data.stops.has(forms.stem) || forms.bare.length < 2) return null;
  const national = data.isNationality?.(forms.bare) ?? false;
  if (oneWordPlace && !national) return null;
  // `و` before another head opens a second organisation (`مركز المعلومات والمركز القومي`)
  if (forms.prefixes === 'wa') return national || isHead(forms.bare, data) ? null : 'and';
  return national ? 'nationality' : 'word';
}

/** Words of a complement at `at` (rule 4): a `ل` word and up to two after it, the last with the article. */
export function complementLength(
  words: readonly string[],
  tags: Int32Array,
  at: number,
  data: HeadRuleData,
): number {
  const first = words[at];
  if (first === undefined || tags[at] !== 0) return 0;
  const forms = wordFormsOf(first);
  if (forms.prefixes !== 'p' && forms.prefixes !== 'pa') return 0;
  if (!forms.key.startsWith('ل') || data.stops.has(forms.stem) || data.complementStops.has(forms.bare))
    return 0;
  // another organisation (`لوكالة`), or a verb or verbal noun of purpose (`ليصل`، `لتقديم`), or
  // a noun with a pronoun, someone's (`لنظيرتها`): no purpose of a body
  if (isHead(forms.bare, data) || (forms.prefixes === 'p' && VERB_PREFIX.test(forms.stem))) return 0;
  if (forms.prefixes === 'p' && PRONOUN_SUFFIX.test(first)) return 0;
  let length = 1;
  let endsDefinite = forms.prefixes === 'pa';
  for (let k = at + 1; k < words.length && k - at <= MAX_COMPLEMENT_TAIL; k++) {
    const next = wordFormsOf(words[k] as string);
    if (tags[k] !== 0 || data.stops.has(next.stem)) break;
    if (next.prefixes === 'a') {
      length = k - at + 1;
      endsDefinite = true;
    } else if (next.prefixes !== '' || endsDefinite) break;
  }
  if (!endsDefinite) return 0;
  // A verbal noun takes its object with a preposition and a pronoun (`للتصدي لهم`): no name.
  const after = words[at + length];
  if (after !== undefined && PREPOSITION_PRONOUN.test(foldKey(after))) return 0;
  return length;
}

/**
 * Rule 6: an organisation the tagger found at `at`, ending in a nationality adjective (or followed
 * by one) and then a complement, runs over them. Returns the index of the organisation's last word.
 */
function extendFoundOrganisation(
  words: readonly string[],
  tags: Int32Array,
  at: number,
  data: HeadRuleData,
): number {
  let end = at;
  while (end + 1 < words.length && tags[end + 1] === I_ORG) end++;
  let next = end + 1;
  const lastForms = wordFormsOf(words[end] as string);
  let national = lastForms.prefixes === 'a' && (data.isNationality?.(lastForms.bare) ?? false);
  if (next < words.length && bodyWord(words, tags, next, data) === 'nationality') {
    national = true;
    next++;
  }
  if (!national) return end;
  const complement = complementLength(words, tags, next, data);
  if (complement === 0 || tagPart(tags[next + complement] ?? 0) === 'I') return end;
  const last = next + complement - 1;
  for (let k = end + 1; k <= last; k++) tags[k] = I_ORG;
  return last;
}
