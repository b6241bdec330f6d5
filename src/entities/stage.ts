/**
 * The 'entities' stage: people, organisations, places and other names, one entity per thing
 * within the document. Loads its model and data once, on first use.
 */
import type { Stage } from '../core/pipeline.js';
import { type Recognizer, recognizeEntities } from './recognize.js';
import {
  loadBankEllipses,
  loadClassNouns,
  loadCommonWords,
  loadConstructChains,
  loadConstructHeads,
  loadCountriesNamedByAdjective,
  loadEventHeads,
  loadFacilityNouns,
  loadGazetteer,
  loadHeadRuleData,
  loadLexicon,
  loadLinkerData,
  loadMilitaryUnits,
  loadMinistryEllipses,
  loadNamedBodies,
  loadNameEdges,
  loadNameParticles,
  loadNotNames,
  loadOpeningVerbs,
  loadOutletNouns,
  loadOutletNounsOutside,
  loadOutletSuffixes,
  loadPlaceBodies,
  loadPlaceNouns,
  loadSpelledNames,
  loadSportsClubs,
  loadStormHeads,
  loadTaggerModel,
  loadTaggerResources,
} from './resources.js';
import { SequenceTagger } from './tagger/model.js';

let recognizer: Recognizer | undefined;

export function loadRecognizer(): Recognizer {
  if (recognizer) return recognizer;
  const gazetteer = loadGazetteer();
  const lexicon = loadLexicon();
  recognizer = {
    tagger: new SequenceTagger(loadTaggerModel(), loadTaggerResources()),
    gazetteer,
    completion: {
      gazetteer,
      outletSuffixes: loadOutletSuffixes(),
      nameParticles: loadNameParticles(),
      lexicon,
      spelledNames: loadSpelledNames(),
      eventHeads: loadEventHeads(),
      stormHeads: loadStormHeads(),
      commonWords: loadCommonWords(),
      placeNouns: loadPlaceNouns(),
      organisationHeads: loadConstructHeads(),
      namedBodies: loadNamedBodies(),
      outletNouns: loadOutletNouns(),
      militaryUnits: loadMilitaryUnits(),
      constructChains: loadConstructChains(),
      facilities: loadFacilityNouns(),
      sportsClubs: loadSportsClubs(),
      placeBodies: loadPlaceBodies(),
      ministryEllipses: loadMinistryEllipses(),
      headRule: loadHeadRuleData(),
      bankEllipses: loadBankEllipses(),
      outletNounsOutside: loadOutletNounsOutside(),
      classNouns: loadClassNouns(),
    },
    linker: loadLinkerData(),
    headRule: loadHeadRuleData(),
    lexicon,
    notNames: loadNotNames(),
    nameEdges: loadNameEdges(),
    openingVerbs: loadOpeningVerbs(),
    countriesNamedByAdjective: loadCountriesNamedByAdjective(),
  };
  return recognizer;
}

export const entityStage: Stage = {
  name: 'entities',
  requires: ['sentences', 'words'],
  provides: ['entities'],
  run(doc) {
    return {
      entities: recognizeEntities(doc.text, doc.get('words'), loadRecognizer(), doc.get('sentences')),
    };
  },
};
