import type { Stage } from '../core/pipeline.js';
import { tokenize } from './tokenize.js';

export const tokenStage: Stage = {
  name: 'tokens',
  requires: [],
  provides: ['tokens'],
  run(doc) {
    return { tokens: tokenize(doc.text) };
  },
};
