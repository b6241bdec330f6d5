/**
 * The words stage: the document's tokens with their folded keys and proclitic stems, made once,
 * so the entity, time, quantity, quote and event stages all read one word list (src/text/words.ts).
 */
import type { Stage } from '../core/pipeline.js';
import { wordsOf } from './words.js';

export const wordStage: Stage = {
  name: 'words',
  requires: [],
  provides: ['words'],
  run(doc) {
    return { words: wordsOf(doc.text) };
  },
};
