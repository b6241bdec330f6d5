/**
 * The quantities stage: figures with value, approximation, unit and role. Numbers inside time
 * mentions are dates, not quantities, and role cues are looked for within the figure's sentence,
 * so the stage reads those layers when the pipeline has them.
 */
import type { Stage } from '../core/pipeline.js';
import { loadLanguageData } from '../data/language-data.js';
import { extractQuantities } from './extract.js';
import { buildQuantityLexicon, QuantityDataSchema, type QuantityLexicon } from './lexicon.js';

let lexicon: QuantityLexicon | undefined;

export function quantityLexicon(): QuantityLexicon {
  lexicon ??= buildQuantityLexicon(loadLanguageData('ar/quantities', QuantityDataSchema));
  return lexicon;
}

export const quantitiesStage: Stage = {
  name: 'quantities',
  requires: ['sentences', 'words', 'numbers', 'times'],
  provides: ['quantities'],
  run(doc) {
    const quantities = extractQuantities(
      {
        text: doc.text,
        numbers: doc.get('numbers'),
        excluded: doc.get('times'),
        sentences: doc.get('sentences'),
        words: doc.get('words'),
      },
      quantityLexicon(),
    );
    return { quantities };
  },
};
