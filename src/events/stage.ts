/**
 * The events stage: PLOVER-typed events with their parties, time, place and figures. It reads the
 * entities (parties), sentences (evidence), quantities (magnitudes), segments (to skip related
 * links and captions), and the times and quotes when the pipeline has them.
 */
import type { Stage } from '../core/pipeline.js';
import { loadLanguageData } from '../data/language-data.js';
import { SpeechDataSchema } from '../quotes/lexicon.js';
import { extractEvents } from './extract.js';
import { buildEventLexicon, EventDataSchema, type EventLexicon } from './lexicon.js';

let lexicon: EventLexicon | undefined;

export function eventLexicon(): EventLexicon {
  lexicon ??= buildEventLexicon(
    loadLanguageData('ar/event-triggers', EventDataSchema),
    loadLanguageData('ar/speech-cues', SpeechDataSchema).roleHeads,
  );
  return lexicon;
}

export const eventsStage: Stage = {
  name: 'events',
  requires: ['segments', 'words', 'entities', 'sentences', 'times', 'quantities', 'quotes'],
  provides: ['events'],
  run(doc) {
    const quotes = doc.get('quotes');
    const events = extractEvents(
      {
        text: doc.text,
        entities: doc.get('entities'),
        sentences: doc.get('sentences'),
        words: doc.get('words'),
        quantities: doc.get('quantities'),
        segments: doc.get('segments'),
        times: doc.get('times'),
        quoted: quotes.filter((q) => (q as { kind?: string }).kind !== 'indirect'),
      },
      eventLexicon(),
    );
    return { events };
  },
};
