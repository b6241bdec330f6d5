/**
 * The numbers stage: every number of the text, in digits or in words (src/text/numbers.ts), read
 * once for the time and quantity stages, which both need them.
 */
import type { Stage } from '../core/pipeline.js';
import { findNumbers } from './numbers.js';

export const numberStage: Stage = {
  name: 'numbers',
  requires: [],
  provides: ['numbers'],
  run(doc) {
    return { numbers: findNumbers(doc.text) };
  },
};
