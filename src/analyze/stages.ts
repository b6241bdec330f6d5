/**
 * The default analysis pipeline. Each stage plugs in here with one line; `buildPipeline` checks
 * the order, so a stage listed before the layers it needs fails at start-up.
 */
import type { Stage } from '../core/pipeline.js';
import { entityStage } from '../entities/stage.js';
import { eventsStage } from '../events/stage.js';
import { publicationStage } from '../publication/stage.js';
import { quantitiesStage } from '../quantities/stage.js';
import { quotesStage } from '../quotes/stage.js';
import { segmentStage } from '../segment/stage.js';
import { numberStage } from '../text/number-stage.js';
import { sentenceStage } from '../text/sentence-stage.js';
import { wordStage } from '../text/word-stage.js';
import { timeExpressionsStage, timesStage } from '../times/stage.js';

export const DEFAULT_STAGES: readonly Stage[] = [
  segmentStage,
  sentenceStage,
  wordStage,
  numberStage,
  entityStage,
  timeExpressionsStage,
  publicationStage,
  timesStage,
  quantitiesStage,
  quotesStage,
  eventsStage,
];
