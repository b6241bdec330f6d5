/**
 * Matching keys for mentions of one document, so spelling variants of one name meet.
 *
 * Rules, in order:
 *  1. each word is normalised (src/entities/word-forms.ts: alef forms, yeh, teh marbuta);
 *  2. letters that transliteration writes two ways are folded (data/ar/entities/letter-variants.json:
 *     غ/ج for g, ث/ت, ذ/د…);
 *  3. long vowels (ا و ي) after a word's first letter are dropped, so `كابل`/`كابول` and
 *     `سيرغي`/`سيرجي` give one key; a word never shrinks below two letters this way.
 */
import { foldKey } from '../../text/words.js';

export interface VariantFolding {
  readonly letterFolds: Readonly<Record<string, string>>;
  readonly dropInnerLetters: readonly string[];
}

export function variantKey(word: string, folding: VariantFolding): string {
  let folded = '';
  for (const ch of foldKey(word)) folded += folding.letterFolds[ch] ?? ch;
  const drop = new Set(folding.dropInnerLetters);
  let skeleton = folded[0] ?? '';
  for (const ch of folded.slice(1)) if (!drop.has(ch)) skeleton += ch;
  return skeleton.length >= 2 ? skeleton : folded;
}

export function phraseKey(words: readonly string[], folding: VariantFolding): string {
  return words.map((w) => variantKey(w, folding)).join(' ');
}
