/**
 * The quotes stage: direct and indirect quotes with their speakers. Speakers are entities, so the
 * stage runs after the entity tagger; sentence bounds come from the sentences layer when present, and
 * the time expressions tell a date between a verb and its subject from the subject.
 */
import type { Stage } from '../core/pipeline.js';
import { loadLanguageData } from '../data/language-data.js';
import { extractQuotes } from './extract.js';
import { buildSpeechLexicon, SpeechDataSchema, type SpeechLexicon } from './lexicon.js';

let lexicon: SpeechLexicon | undefined;

export function speechLexicon(): SpeechLexicon {
  lexicon ??= buildSpeechLexicon(loadLanguageData('ar/speech-cues', SpeechDataSchema));
  return lexicon;
}

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['segments', 'sentences', 'words', 'entities', 'timeExpressions'],
  provides: ['quotes'],
  run(doc) {
    const quotes = extractQuotes(
      {
        text: doc.text,
        entities: doc.get('entities'),
        sentences: doc.get('sentences'),
        words: doc.get('words'),
        segments: doc.get('segments'),
        times: doc.get('timeExpressions'),
      },
      speechLexicon(),
    );
    return { quotes };
  },
};
