/**
 * Gazetteer: phrases of known kinds (countries, places, organisations, first names, surnames,
 * other names (currencies, events, prizes…), nationality adjectives, person titles, organisation
 * head words) matched over a sentence's words.
 *
 * Rules:
 *  1. a phrase is matched word by word on keys (src/entities/word-forms.ts); its first word may
 *     carry a conjunction or preposition (`وللأمم المتحدة`), so the first word is also tried by stem;
 *  2. a one-word nationality adjective matches any inflection the article and gender leave
 *     (`الروسي`، `الروسية`، `روسيون`), by its bare form and those endings;
 *  3. every phrase that matches is reported, overlapping or not: the tagger weighs them, the
 *     gazetteer decides nothing alone.
 */
import { tokenize } from '../../text/tokenize.js';
import { foldKey } from '../../text/words.js';
import type { WordForms } from '../word-forms.js';

export const GAZ_KINDS = [
  'country',
  'place',
  'org',
  'firstName',
  'surname',
  'misc',
  'nationality',
  'title',
  'orgHead',
] as const;
export type GazKind = (typeof GAZ_KINDS)[number];
export const GAZ_BIT: Readonly<Record<GazKind, number>> = Object.fromEntries(
  GAZ_KINDS.map((kind, i) => [kind, 1 << i]),
) as Record<GazKind, number>;

export type GazetteerLists = Readonly<Record<GazKind, readonly string[]>>;

export interface Phrase {
  readonly words: readonly string[];
  readonly kinds: number;
}

export interface Gazetteer {
  /** First word key → phrases starting with it (longest first). */
  readonly byFirst: ReadonlyMap<string, readonly Phrase[]>;
}

/** Per word of a sentence: bit masks of kinds whose phrase begins at, continues through, or ends at it. */
export interface GazetteerMatch {
  readonly begin: Uint16Array;
  readonly inside: Uint16Array;
  readonly end: Uint16Array;
}

const NATIONALITY_ENDINGS = ['', 'ه', 'ون', 'ين', 'ان'];

export function buildGazetteer(lists: GazetteerLists): Gazetteer {
  const masks = new Map<string, number>();
  const add = (words: string[], kind: number) => {
    const id = words.join(' ');
    masks.set(id, (masks.get(id) ?? 0) | kind);
  };
  for (const kind of GAZ_KINDS) {
    for (const entry of lists[kind]) {
      const words = tokenize(entry).map((token) => foldKey(token.text));
      if (words.length === 0) continue;
      if (kind === 'nationality' && words.length === 1) {
        const bare = nationalityBare(entry);
        for (const ending of NATIONALITY_ENDINGS) add([bare + ending], GAZ_BIT[kind]);
      } else add(words, GAZ_BIT[kind]);
    }
  }
  const byFirst = new Map<string, Phrase[]>();
  for (const [id, kinds] of masks) {
    const words = id.split(' ');
    const first = words[0] ?? '';
    const list = byFirst.get(first) ?? [];
    list.push({ words, kinds });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/**
 * The key a one-word nationality adjective is listed under: the entry folded, with the article
 * taken off only when the entry is written with it (`الروسي` → `روسي`). Entries are adjectives, so
 * a first letter that could read as a clitic is part of the word (`ليبي`، `فرنسي`، `كندي`), and an
 * alef with hamza begins the word (`ألماني`, folded `الماني`), not an article.
 */
export function nationalityBare(entry: string): string {
  const written = entry.trim();
  const key = foldKey(written);
  return written.startsWith('ال') && key.length - 2 >= 2 ? key.slice(2) : key;
}

export function matchGazetteer(forms: readonly WordForms[], gazetteer: Gazetteer): GazetteerMatch {
  return matchPhraseStarts(
    forms,
    forms.map((word) => phrasesStartingWith(word, gazetteer)),
  );
}

const NO_PHRASES: readonly Phrase[] = [];

/**
 * The phrases that may begin at a word (rule 1: by its key, its stem, or, for one-word phrases,
 * its bare form), the same wherever the word stands: a tagger reads them once per spelling.
 */
export function phrasesStartingWith(word: WordForms, gazetteer: Gazetteer): readonly Phrase[] {
  let found: Phrase[] | undefined;
  for (let f = 0; f < 3; f++) {
    const first = f === 0 ? word.key : f === 1 ? word.stem : word.bare;
    if ((f === 1 && first === word.key) || (f === 2 && (first === word.stem || first === word.key))) continue;
    const phrases = gazetteer.byFirst.get(first);
    if (!phrases) continue;
    for (const phrase of phrases) {
      if (f === 2 && phrase.words.length > 1) continue;
      found ??= [];
      found.push(phrase);
    }
  }
  return found ?? NO_PHRASES;
}

/** `matchGazetteer` with each word's `phrasesStartingWith` given. */
export function matchPhraseStarts(
  forms: readonly WordForms[],
  starts: readonly (readonly Phrase[])[],
): GazetteerMatch {
  const n = forms.length;
  const begin = new Uint16Array(n);
  const inside = new Uint16Array(n);
  const end = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    for (const phrase of starts[i] as readonly Phrase[]) {
      if (!matchesAt(forms, i, phrase.words)) continue;
      const last = i + phrase.words.length - 1;
      begin[i] = (begin[i] as number) | phrase.kinds;
      end[last] = (end[last] as number) | phrase.kinds;
      for (let k = i + 1; k <= last; k++) inside[k] = (inside[k] as number) | phrase.kinds;
    }
  }
  return { begin, inside, end };
}

function matchesAt(forms: readonly WordForms[], at: number, words: readonly string[]): boolean {
  if (at + words.length > forms.length) return false;
  for (let k = 1; k < words.length; k++) if (forms[at + k]?.key !== words[k]) return false;
  return true;
}

/** Whether some phrase of one of `kinds` starts with the word key `key`. */
export function startsPhrase(gazetteer: Gazetteer, key: string, kinds: number): boolean {
  return (gazetteer.byFirst.get(key) ?? []).some((phrase) => (phrase.kinds & kinds) !== 0);
}

/** The kinds of exactly the phrase `words` (word keys), or 0 when the gazetteer does not list it. */
export function phraseKinds(gazetteer: Gazetteer, words: readonly string[]): number {
  const phrase = (gazetteer.byFirst.get(words[0] ?? '') ?? []).find(
    (p) => p.words.length === words.length && p.words.every((w, k) => w === words[k]),
  );
  return phrase?.kinds ?? 0;
}

/**
 * Whether the bare form of a word (article off) is a nationality adjective, whatever other kinds
 * it has (`ليبي` is a surname too).
 */
export function isNationality(gazetteer: Gazetteer, bare: string): boolean {
  const phrases = gazetteer.byFirst.get(bare) ?? [];
  return phrases.some((p) => p.words.length === 1 && (p.kinds & GAZ_BIT.nationality) !== 0);
}

/** Whether `key` is a one-word phrase whose only kinds are within `kinds`. */
export function isOnlyKind(gazetteer: Gazetteer, key: string, kinds: number): boolean {
  const phrase = (gazetteer.byFirst.get(key) ?? []).find((p) => p.words.length === 1);
  return phrase !== undefined && (phrase.kinds & ~kinds) === 0;
}

export interface PhraseMatch {
  /** Number of words. */
  readonly length: number;
  readonly kinds: number;
}

/**
 * The longest phrase of two or more words, of one of `kinds`, that starts at word `at` (its first
 * word by key or by stem, as in `matchGazetteer`).
 */
export function longestPhraseAt(
  forms: readonly WordForms[],
  at: number,
  gazetteer: Gazetteer,
  kinds: number,
): PhraseMatch | null {
  const word = forms[at];
  if (!word) return null;
  return (
    longestFrom(forms, at, gazetteer.byFirst.get(word.key), kinds) ??
    (word.stem === word.key ? null : longestFrom(forms, at, gazetteer.byFirst.get(word.stem), kinds))
  );
}

function longestFrom(
  forms: readonly WordForms[],
  at: number,
  phrases: readonly Phrase[] | undefined,
  kinds: number,
): PhraseMatch | null {
  if (phrases === undefined) return null;
  for (const phrase of phrases) {
    if (phrase.words.length < 2 || (phrase.kinds & kinds) === 0) continue;
    if (matchesAt(forms, at, phrase.words)) return { length: phrase.words.length, kinds: phrase.kinds };
  }
  return null;
}
