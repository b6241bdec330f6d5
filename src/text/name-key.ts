/**
 * The one matching key of a name: two spellings of one name get the same key, across the
 * transliteration conventions of different outlets. The linker joins the mentions of one document
 * by it (src/entities/linker/link.ts) and the corpus the identities of many (src/corpus/), so a
 * name is one thing or two the same way in an article and across articles.
 *
 * Rules, in order (each has a test named after it):
 *  1. the name is normalised by `foldArabic` (diacritics — so the shadda of `اللّه` —, tatweel,
 *     presentation forms such as the ligature ﷲ, hamza on alef, alef maqsura);
 *  2. letter variants are folded by the table in `data/ar/name-variants.json` (غ/ج as in
 *     `سيرغي/سيرجي`, ة/ه, ى/ي, hamza seats);
 *  3. a leading article `ال` is dropped from each word of four letters or more (`الكرملين` = `كرملين`);
 *  4. long vowels (ا و ي) after a word's first letter are dropped, so `كابل` = `كابول`, unless the
 *     word is a given name listed as distinct (`محمد` ≠ `محمود`);
 *  4b. a word's final teh, teh marbuta and heh are one letter, since transliterations end names
 *     either way (`هرات`/`هراة`, `درنة`/`درنه`);
 *  5. `عبد ال…`, `… الله` compounds are written as one word (`عبد الله` = `عبدالله`, `ذبيح الله`
 *     = `ذبيحالله`), since outlets write them both ways; a `عبد` glued to the word before it by a
 *     lost space opens the compound all the same (`أميرعبد اللهيان` = `أمير عبد اللهيان`); the
 *     family particle `آل` joins the word after it, which then reads as a word with the article
 *     (`محمد علي آل هاشم` = `محمد علي الهاشم`), as outlets write it both ways;
 *  6. words are joined by one space.
 *
 * The algorithm takes the variant table as a parameter; `nameKey` uses the shipped table.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { loadLanguageData } from '../data/language-data.js';
import { foldArabic } from '../text/normalize.js';

export interface NameVariants {
  readonly letterFolds: Readonly<Record<string, string>>;
  readonly longVowels: readonly string[];
  readonly distinctNames: readonly string[];
}

const NameVariantsSchema = z.object({
  letterFolds: z.record(z.string(), z.string()),
  longVowels: z.array(z.string()),
  distinctNames: z.array(z.string()),
});

let shipped: NameVariants | undefined;

export function shippedNameVariants(): NameVariants {
  shipped ??= loadLanguageData('ar/name-variants', NameVariantsSchema);
  return shipped;
}

/** Bump when the rules above change what key a name gets. */
const NAME_KEY_RULES = 3;

/**
 * A fingerprint of the keys `nameKey` gives today: its rules' version and the shipped table. A
 * store keeps the keys of the names it holds; when this changes, it must compute them again.
 */
export function nameKeyFingerprint(variants: NameVariants = shippedNameVariants()): string {
  // Every refresh asks; the table is the same object all along, so hash it once.
  let fingerprint = fingerprints.get(variants);
  if (fingerprint === undefined) {
    fingerprint = createHash('sha256')
      .update(`${NAME_KEY_RULES}\n${JSON.stringify(variants)}`)
      .digest('hex')
      .slice(0, 16);
    fingerprints.set(variants, fingerprint);
  }
  return fingerprint;
}

const fingerprints = new WeakMap<NameVariants, string>();

/** The key of a whole name (rules 1–6). */
export function nameKey(name: string, variants: NameVariants = shippedNameVariants()): string {
  return nameKeyWords(name, variants).join(' ');
}

/** The key as words, for comparing first names and surnames. */
export function nameKeyWords(name: string, variants: NameVariants = shippedNameVariants()): string[] {
  const folded = foldLetters(foldArabic(name), variants.letterFolds);
  const words = joinCompounds(folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== ''));
  const distinct = distinctSet(variants);
  return words.map((word) => foldWord(word, variants, distinct)).filter((w) => w !== '');
}

const distinctSets = new WeakMap<NameVariants, ReadonlySet<string>>();

/** The distinct names, folded like names are; built once per variant table. */
function distinctSet(variants: NameVariants): ReadonlySet<string> {
  let set = distinctSets.get(variants);
  if (!set) {
    set = new Set(variants.distinctNames.map((n) => foldLetters(foldArabic(n), variants.letterFolds)));
    distinctSets.set(variants, set);
  }
  return set;
}

function foldLetters(text: string, folds: Readonly<Record<string, string>>): string {
  let out = '';
  for (const char of text) out += folds[char] ?? char;
  return out;
}

const ABD = 'عبد';
/** `آل` once folded: the family particle, written by some outlets as the article (`آل هاشم`/`الهاشم`). */
const AAL = 'ال';

/** Rule 5: `عبد` + next word, and word + `الله`/`لله`, become one word. */
function joinCompounds(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    if (next !== undefined && word.length > ABD.length + 1 && word.endsWith(ABD)) {
      out.push(word.slice(0, -ABD.length), ABD + next);
      i++;
    } else if (next !== undefined && (word === ABD || word === 'ابو' || word === AAL || next === 'الله')) {
      out.push(word + next);
      i++;
    } else out.push(word);
  }
  return out;
}

function foldWord(word: string, variants: NameVariants, distinct: ReadonlySet<string>): string {
  let w = word;
  if (w.startsWith('ال') && w.length >= 4 && !w.endsWith('الله')) w = w.slice(2);
  if (w.length >= 3 && /[تة]$/u.test(w) && !w.endsWith('الله')) w = `${w.slice(0, -1)}ه`;
  if (distinct.has(w) || distinct.has(word)) return w;
  const first = w.slice(0, 1);
  let rest = '';
  for (const char of w.slice(1)) if (!variants.longVowels.includes(char)) rest += char;
  return first + rest;
}
