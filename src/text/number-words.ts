/**
 * The number-word lexicon: `data/ar/number-words.json` turned into one map from a normalised word
 * (no clitics, no article) to what it contributes to a number. Pure: the caller supplies the data.
 */
import { z } from 'zod';
import { foldArabic } from './normalize.js';

export const NumberWordsSchema = z.object({
  units: z.record(z.string(), z.number()),
  /** Forms of 1 and 2 that count only before عشر/عشرة (أحد عشر، اثنا عشر). */
  teenUnits: z.record(z.string(), z.number()),
  ten: z.array(z.string()),
  tens: z.record(z.string(), z.number()),
  hundreds: z.record(z.string(), z.number()),
  scales: z.array(
    z.object({
      value: z.number(),
      one: z.array(z.string()),
      two: z.array(z.string()),
      many: z.array(z.string()),
    }),
  ),
  /** Plurals that state an order of magnitude but no count (عشرات: tens of). */
  indefinite: z.record(z.string(), z.number()),
  ordinals: z.record(z.string(), z.number()),
  /** Ordinal forms of 1 used only in compounds (الحادي عشر، الحادي والعشرون). */
  teenOrdinals: z.record(z.string(), z.number()),
});

export type NumberWords = z.infer<typeof NumberWordsSchema>;

export type NumberWord =
  | { readonly type: 'unit'; readonly value: number; readonly teenOnly: boolean }
  | { readonly type: 'ten' }
  | { readonly type: 'tens'; readonly value: number }
  | { readonly type: 'hundreds'; readonly value: number }
  | {
      readonly type: 'scale';
      readonly value: number;
      readonly count: 1 | 2 | 'many';
      /** A dual construct spelled like the accusative singular (ألفا): after a count it is one. */
      readonly accusativeOne?: boolean;
    }
  | { readonly type: 'indefinite'; readonly value: number }
  | { readonly type: 'ordinal'; readonly value: number; readonly teenOnly: boolean };

export type NumberLexicon = ReadonlyMap<string, NumberWord>;

/** Keys are folded as the parser folds the text: teh marbuta as heh, alef maqsura as yeh. */
export const NUMBER_FOLD = { alefMaqsura: true, tehMarbuta: true } as const;

export function buildNumberLexicon(words: NumberWords): NumberLexicon {
  const lexicon = new Map<string, NumberWord>();
  const add = (word: string, entry: NumberWord) => lexicon.set(foldArabic(word, NUMBER_FOLD), entry);
  for (const [w, value] of Object.entries(words.units)) add(w, { type: 'unit', value, teenOnly: false });
  for (const [w, value] of Object.entries(words.teenUnits)) add(w, { type: 'unit', value, teenOnly: true });
  for (const w of words.ten) add(w, { type: 'ten' });
  for (const [w, value] of Object.entries(words.tens)) add(w, { type: 'tens', value });
  for (const [w, value] of Object.entries(words.hundreds)) add(w, { type: 'hundreds', value });
  for (const scale of words.scales) {
    for (const w of scale.one) add(w, { type: 'scale', value: scale.value, count: 1 });
    for (const w of scale.two) {
      const accusativeOne = foldArabic(w).endsWith('ا');
      add(w, { type: 'scale', value: scale.value, count: 2, accusativeOne });
    }
    for (const w of scale.many) add(w, { type: 'scale', value: scale.value, count: 'many' });
  }
  for (const [w, value] of Object.entries(words.indefinite)) add(w, { type: 'indefinite', value });
  for (const [w, value] of Object.entries(words.ordinals))
    add(w, { type: 'ordinal', value, teenOnly: false });
  for (const [w, value] of Object.entries(words.teenOrdinals))
    add(w, { type: 'ordinal', value, teenOnly: true });
  return lexicon;
}
