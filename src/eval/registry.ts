/** Every evaluation `npm run eval` runs, in order. Add one line per evaluation. */
import type { Evaluation } from './types.js';

export const EVALUATIONS: readonly Evaluation[] = [];
