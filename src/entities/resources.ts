/**
 * Everything the entity stage reads from disk, loaded once and lazily: the language data in
 * `data/ar/entities/`, the countries ICU names, the common-word lexicon of @cspell/dict-ar (read
 * through the package) and the shipped model `models/ner/tagger.bin`. Algorithms receive these as
 * parameters; only this module touches the file system.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { loadLanguageData } from '../data/language-data.js';
import { shippedNameVariants } from '../text/name-key.js';
import { foldKey } from '../text/words.js';
import type { ConstructChains, FacilityNouns, MilitaryUnits, SportsClubs } from './complete-names.js';
import { buildGazetteer, type Gazetteer, type GazetteerLists, isNationality } from './gazetteer/gazetteer.js';
import { icuCountryNames, icuRegionNames } from './gazetteer/icu-regions.js';
import { buildHeadRuleData, type HeadRuleData } from './head-rule.js';
import { lexiconSpelling, parseCspellTrie, type WordLexicon } from './lexicon/cspell-trie.js';
import type { LinkerData } from './linker/link.js';
import { loadOrganisationHeads } from './organisation-heads.js';
import { parseWordClusters } from './tagger/clusters.js';
import { decodeModel } from './tagger/codec.js';
import { parseCommonWords } from './tagger/common-words.js';
import type { FeatureResources } from './tagger/features.js';
import type { TaggerModel } from './tagger/model.js';
import { wordFormsOf } from './word-forms.js';

export const MODEL_URL = new URL('../../models/ner/tagger.bin', import.meta.url);
export const COMMON_WORDS_URL = new URL('../../models/ner/common-words.tsv', import.meta.url);
/** Distributional word clusters (tagger/clusters.ts), rebuilt by `npm run train:clusters`. */
export const CLUSTERS_URL = new URL('../../models/ner/clusters.tsv', import.meta.url);
/**
 * A word is common when the training corpora show it at least this often and inside a name at
 * most this share of the time (tagger/common-words.ts; chosen on the real pages' tune part and
 * ANERcorp dev, docs/entities.md).
 */
const COMMON_WORD_THRESHOLDS = {
  minOccurrences: 3,
  maxNameShare: 0.1,
};

const strings = z.array(z.string());

const CountriesSchema = z.object({ countries: strings, namedByAdjective: strings });

let gazetteerLists: GazetteerLists | undefined;

/** The gazetteer's word lists, read once (ICU's region names take a walk over every region code). */
export function loadGazetteerLists(): GazetteerLists {
  gazetteerLists ??= readGazetteerLists();
  return gazetteerLists;
}

function readGazetteerLists(): GazetteerLists {
  const places = loadLanguageData('ar/entities/places', z.object({ places: strings })).places;
  const organisations = loadLanguageData('ar/entities/organisations', z.object({ organisations: strings }));
  const names = loadLanguageData('ar/entities/first-names', z.object({ names: strings }));
  const surnames = loadLanguageData('ar/entities/surnames', z.object({ surnames: strings }));
  const misc = loadLanguageData('ar/entities/misc-names', z.object({ names: strings }));
  const nationalities = loadLanguageData('ar/entities/nationalities', z.object({ adjectives: strings }));
  const titles = loadLanguageData('ar/entities/person-titles', z.object({ titles: strings }));
  const heads = loadOrganisationHeads();
  const countries = loadLanguageData('ar/entities/countries', CountriesSchema).countries;
  return {
    country: [...new Set([...icuCountryNames('ar'), ...countries])],
    place: [...places, ...icuRegionNames('ar')],
    org: organisations.organisations,
    firstName: names.names,
    surname: surnames.surnames,
    misc: misc.names,
    nationality: nationalities.adjectives,
    title: titles.titles,
    orgHead: heads.heads,
  };
}

let spelledNames: ReadonlySet<string> | undefined;

/** Every word of the gazetteer's names as its lists spell them, diacritics aside. */
export function loadSpelledNames(): ReadonlySet<string> {
  if (spelledNames) return spelledNames;
  const lists = loadGazetteerLists();
  const words = new Set<string>();
  for (const list of Object.values(lists))
    for (const entry of list) for (const word of entry.split(/\s+/u)) words.add(lexiconSpelling(word));
  spelledNames = words;
  return spelledNames;
}

let gazetteer: Gazetteer | undefined;
let lexicon: WordLexicon | undefined;
let linkerData: LinkerData | undefined;

export function loadGazetteer(): Gazetteer {
  gazetteer ??= buildGazetteer(loadGazetteerLists());
  return gazetteer;
}

/** The Arabic word list of @cspell/dict-ar, read from the installed package. */
export function loadLexicon(): WordLexicon {
  if (!lexicon) {
    const require = createRequire(import.meta.url);
    const ext = require.resolve('@cspell/dict-ar/cspell-ext.json');
    const trie = gunzipSync(readFileSync(new URL('ar.trie.gz', `file://${ext}`))).toString('utf8');
    lexicon = parseCspellTrie(trie);
  }
  return lexicon;
}

export function loadFeatureResources(): FeatureResources {
  return { gazetteer: loadGazetteer(), lexicon: loadLexicon() };
}

/**
 * The feature resources of the shipped model: `loadFeatureResources`, with the word clusters when
 * its model.json names a clusters file (a model trained with `RASD_NER_CLUSTERS=1`).
 */
export function loadTaggerResources(): FeatureResources {
  const meta = z
    .object({ clusters: z.string().optional() })
    .parse(JSON.parse(readFileSync(new URL('model.json', MODEL_URL), 'utf8')));
  const resources = loadFeatureResources();
  return meta.clusters
    ? { ...resources, clusters: loadWordClusters(new URL(meta.clusters, MODEL_URL)) }
    : resources;
}

/** The word clusters of `models/ner/clusters.tsv` (or `url`), for a tagger trained with them. */
export function loadWordClusters(url: URL = CLUSTERS_URL): Map<string, number[]> {
  return parseWordClusters(readFileSync(url, 'utf8'));
}

/**
 * The shipped tagger model, decoded at each call: its dense table is 38 MB and the tagger keeps a
 * packed copy (`SequenceTagger`), so the dense one is left to the collector rather than kept here.
 */
export function loadTaggerModel(): TaggerModel {
  return decodeModel(gunzipSync(readFileSync(MODEL_URL)));
}

export function loadLinkerData(): LinkerData {
  if (!linkerData) {
    const aliases = loadLanguageData(
      'ar/entities/aliases',
      z.object({
        aliases: z.record(z.string(), z.string()),
        orgHeadsToDrop: strings,
        orgHeadsToDropBefore: z.record(z.string(), strings).optional(),
      }),
    );
    linkerData = {
      aliases: aliases.aliases,
      orgHeadsToDrop: aliases.orgHeadsToDrop,
      ...(aliases.orgHeadsToDropBefore ? { orgHeadsToDropBefore: aliases.orgHeadsToDropBefore } : {}),
      variants: shippedNameVariants(),
      nationalities: loadGazetteerLists().nationality,
    };
  }
  return linkerData;
}

let headRule: HeadRuleData | undefined;

export function loadHeadRuleData(): HeadRuleData {
  if (!headRule) {
    const data = loadOrganisationHeads();
    const gazetteer = loadGazetteer();
    headRule = buildHeadRuleData(data.ruleHeads, data.ruleStops, {
      weakHeads: data.ruleWeakHeads,
      trailing: data.ruleTrailing,
      complementStops: data.ruleComplementStops,
      complementAdjectives: data.ruleComplementAdjectives,
      isNationality: (bare) => isNationality(gazetteer, bare),
    });
  }
  return headRule;
}

/** Folded heads of names of gatherings and contests (data/ar/entities/organisation-heads.json). */
export function loadEventHeads(): ReadonlySet<string> {
  const data = loadOrganisationHeads();
  return new Set(data.eventHeads.map(foldKey));
}

/** Military units and commands (data/ar/entities/military-units.json), as keys. */
export function loadMilitaryUnits(): MilitaryUnits {
  const data = loadLanguageData(
    'ar/entities/military-units',
    z.object({
      heads: strings,
      regionHeads: strings,
      ordinals: strings,
      directions: strings,
      trailing: strings,
    }),
  );
  const phrase = (words: string) => words.split(' ').map(foldKey);
  const keys = (list: readonly string[]) => new Set(list.map(foldKey));
  return {
    heads: data.heads.map(phrase),
    regionHeads: new Set(data.regionHeads.map((h) => phrase(h).join(' '))),
    ordinals: keys(data.ordinals),
    directions: keys(data.directions),
    trailing: keys(data.trailing),
  };
}

/** Heads and stops of construct chains ending in a place (organisation-heads.json), as keys. */
export function loadConstructChains(): ConstructChains {
  const data = loadOrganisationHeads();
  return {
    heads: new Set([...data.ruleHeads, ...data.chainHeads].map(foldKey)),
    stops: new Set(data.chainStops.map(foldKey)),
  };
}

/** Folded heads that are part of the name of the body after them (organisation-heads.json). */
export function loadConstructHeads(): ReadonlySet<string> {
  const data = loadOrganisationHeads();
  return new Set(data.constructHeads.map(foldKey));
}

/** Folded nouns of bodies a place's name may name (data/ar/entities/organisation-heads.json, rule 19). */
export function loadNamedBodies(): ReadonlySet<string> {
  const data = loadOrganisationHeads();
  return new Set(data.namedBodies.map(foldKey));
}

/** Folded nouns of outlets whose one-word name after them is an organisation (organisation-heads.json). */
export function loadOutletNouns(): ReadonlySet<string> {
  const data = loadOrganisationHeads();
  return new Set(data.outletNouns.map(foldKey));
}

/** Folded nouns of outlets that stay outside the outlet's name (organisation-heads.json, rule 25). */
export function loadOutletNounsOutside(): ReadonlySet<string> {
  return new Set(loadOrganisationHeads().outletNounsOutside.map(foldKey));
}

/**
 * Folded nouns of a class of body (`منظمة`، `شركة`، `شبكة`: organisation-heads.json `heads` and
 * `outletNouns`), which stay outside a listed body's name after them (complete-names.ts rule 1).
 */
export function loadClassNouns(): ReadonlySet<string> {
  const data = loadOrganisationHeads();
  return new Set([...data.heads, ...data.outletNouns].map(foldKey));
}

/** Folded heads that name a body with the place after them (organisation-heads.json, rule 21). */
export function loadPlaceBodies(): ReadonlySet<string> {
  const data = loadOrganisationHeads();
  return new Set(data.placeBodies.map(foldKey));
}

/** Bare keys of ministries' portfolios that stand for the ministry (organisation-heads.json, rule 23). */
export function loadMinistryEllipses(): ReadonlySet<string> {
  const data = loadOrganisationHeads();
  return new Set(data.ministryEllipses.map((w) => wordFormsOf(w).bare));
}

/** Bare keys of a bank's adjectives that stand for the bank (organisation-heads.json, rule 23). */
export function loadBankEllipses(): ReadonlySet<string> {
  return new Set(loadOrganisationHeads().bankEllipses.map((w) => wordFormsOf(w).bare));
}

/** Folded nouns that introduce a named storm (data/ar/entities/organisation-heads.json). */
export function loadStormHeads(): ReadonlySet<string> {
  const data = loadOrganisationHeads();
  return new Set(data.stormHeads.map(foldKey));
}

let commonWords: ReadonlySet<string> | undefined;

/** Keys of the words the training corpora use as common words (models/ner/common-words.tsv). */
export function loadCommonWords(): ReadonlySet<string> {
  commonWords ??= parseCommonWords(readFileSync(COMMON_WORDS_URL, 'utf8'), COMMON_WORD_THRESHOLDS);
  return commonWords;
}

/** Keys of the countries named by a relational adjective (`السعودية`, data/ar/entities/countries.json). */
export function loadCountriesNamedByAdjective(): ReadonlySet<string> {
  return new Set(loadLanguageData('ar/entities/countries', CountriesSchema).namedByAdjective.map(foldKey));
}

/** Keys of data/ar/entities/name-particles.json. */
export function loadNameParticles(): ReadonlySet<string> {
  const data = loadLanguageData('ar/entities/name-particles', z.object({ words: strings }));
  return new Set(data.words.map(foldKey));
}

/** Keys of nouns of buildings and landmarks (data/ar/entities/facility-nouns.json, rule 20). */
export function loadFacilityNouns(): FacilityNouns {
  const data = loadLanguageData(
    'ar/entities/facility-nouns',
    z.object({ nouns: strings, needTrailing: strings, trailing: strings, generic: strings }),
  );
  const keys = (list: readonly string[]) => new Set(list.map(foldKey));
  return {
    nouns: keys(data.nouns),
    needTrailing: keys(data.needTrailing),
    trailing: keys(data.trailing),
    generic: keys(data.generic),
  };
}

/** Clubs named by everyday words and the words of a match (data/ar/entities/sports-clubs.json, rule 24). */
export function loadSportsClubs(): SportsClubs {
  const data = loadLanguageData('ar/entities/sports-clubs', z.object({ clubs: strings, cues: strings }));
  return {
    clubs: new Set(data.clubs.map((w) => wordFormsOf(w).bare)),
    cues: new Set(data.cues.map(foldKey)),
  };
}

/** Keys of nouns of kinds of places (data/ar/entities/place-nouns.json). */
export function loadPlaceNouns(): ReadonlySet<string> {
  const data = loadLanguageData('ar/entities/place-nouns', z.object({ nouns: strings }));
  return new Set(data.nouns.map(foldKey));
}

export function loadOutletSuffixes(): ReadonlySet<string> {
  const data = loadLanguageData('ar/entities/outlet-suffixes', z.object({ words: strings }));
  return new Set(data.words.map(foldKey));
}

const notNameData = () =>
  loadLanguageData('ar/entities/not-names', z.object({ words: strings, edges: strings }));

export function loadNotNames(): ReadonlySet<string> {
  return new Set(notNameData().words.map(foldKey));
}

/**
 * Stems of the verbs that open news clauses: the reporting verbs (speech-cues.json) and the event
 * triggers (event-triggers.json), read through schemas of their own so each stage keeps its parse.
 */
export function loadOpeningVerbs(): ReadonlySet<string> {
  const forms = z.array(z.object({ forms: strings }));
  const cues = loadLanguageData('ar/speech-cues', z.object({ cues: forms })).cues;
  const triggers = loadLanguageData('ar/event-triggers', z.object({ triggers: forms })).triggers;
  return new Set([...cues, ...triggers].flatMap((v) => v.forms).map((f) => wordFormsOf(f).stem));
}

/** Keys of particles that never begin or end a name. */
export function loadNameEdges(): ReadonlySet<string> {
  return new Set(notNameData().edges.map(foldKey));
}
