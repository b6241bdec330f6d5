/** Every evaluation `npm run eval` runs, in order. Add one line per evaluation. */

import { corpusEvaluation } from './corpus-eval.js';
import { entityClassesEvaluation, entityClassesFreshEvaluation } from './entity-classes-eval.js';
import { extractionEvaluation } from './extraction-eval.js';
import { extractionFactsEvaluation } from './extraction-facts-eval.js';
import { figuresFresh2Evaluation, figuresFreshEvaluation } from './figures-fresh-eval.js';
import { nerEvaluation } from './ner-eval.js';
import { realPagesEvaluation } from './real-pages/evaluation.js';
import { speakerClassesEvaluation } from './speaker-classes-eval.js';
import { timesEvaluation } from './times-eval.js';
import type { Evaluation } from './types.js';

export const EVALUATIONS: readonly Evaluation[] = [
  extractionEvaluation,
  nerEvaluation,
  corpusEvaluation,
  extractionFactsEvaluation,
  speakerClassesEvaluation,
  entityClassesEvaluation,
  entityClassesFreshEvaluation,
  figuresFreshEvaluation,
  figuresFresh2Evaluation,
  timesEvaluation,
  realPagesEvaluation,
];
