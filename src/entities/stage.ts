/**
 * The 'entities' stage: people, organisations, places and other names, one entity per thing
 * within the document. Loads its model and data once, on first use.
 */
import type { Stage } from '../core/pipeline.js';
import { type Recognizer, recognizeEntities } from './recognize.js';
import {
  loadFeatureResources,
  loadGazetteer,
  loadHeadRuleData,
  loadLexicon,
  loadLinkerData,
  loadNotNames,
  loadTaggerModel,
} from './resources.js';
import { SequenceTagger } from './tagger/model.js';

let recognizer: Recognizer | undefined;

export function loadRecognizer(): Recognizer {
  recognizer ??= {
    tagger: new SequenceTagger(loadTaggerModel(), loadFeatureResources()),
    gazetteer: loadGazetteer(),
    linker: loadLinkerData(),
    headRule: loadHeadRuleData(),
    lexicon: loadLexicon(),
    notNames: loadNotNames(),
  };
  return recognizer;
}

export const entityStage: Stage = {
  name: 'entities',
  requires: ['tokens'],
  provides: ['entities'],
  run(doc) {
    const sentences = doc.has('sentences') ? doc.get('sentences') : undefined;
    return { entities: recognizeEntities(doc.text, doc.get('tokens'), loadRecognizer(), sentences) };
  },
};
