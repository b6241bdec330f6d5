/**
 * The forms of one word that the tagger, the gazetteer and the mention trimmer compare.
 *
 * Rules:
 *  1. the key of a word is its folded key (`foldKey`, src/text/words.ts), teh marbuta folded to heh,
 *     so `القاهرة` and `القاهره` meet;
 *  2. the stem is the proclitic reading (src/text/proclitics.ts) that takes off the most: a
 *     conjunction (و ف), then a preposition (ب ك ل), `لل` read as ل + ال with the alef given back;
 *     then the article (ال) is taken off for the bare form;
 *  3. a conjunction or preposition is only taken off when three letters of the word remain, the
 *     article when two do, so short words stay whole.
 * Stripping is greedy and ambiguous (`وليد` is a name, not و + ليد): the tagger uses these forms
 * as features beside the whole word, and the gazetteer decides when a mention is trimmed.
 */
import { CONJUNCTIONS, procliticReadings } from '../text/proclitics.js';
import { foldKey } from '../text/words.js';

export interface WordForms {
  /** Normalised whole word. */
  readonly key: string;
  /** Without conjunction and preposition, article kept (`وبالقاهره` → `القاهره`). */
  readonly stem: string;
  /** Without the article too (`القاهره`). */
  readonly bare: string;
  /** Which prefixes were taken off: 'w' conjunction, 'p' preposition, 'a' article, in order. */
  readonly prefixes: string;
}

/** A conjunction or preposition is taken off only when three letters of the word remain. */
const MIN_STEM = 3;
/** The article is taken off when two letters remain. */
const MIN_BARE = 2;

/** Spellings whose forms are kept: a few megabytes, well beyond one article's vocabulary. */
const KEPT_SPELLINGS = 50_000;
const keptForms = new Map<string, WordForms>();

/**
 * `analyzeWordForms`, read once per spelling: the tagger, the propagation and completion rules and
 * the mention trimmer all ask for the forms of the same words, and a document repeats its words.
 */
export function wordFormsOf(word: string): WordForms {
  let forms = keptForms.get(word);
  if (forms === undefined) {
    if (keptForms.size >= KEPT_SPELLINGS) keptForms.clear();
    forms = analyzeWordForms(word);
    keptForms.set(word, forms);
  }
  return forms;
}

export function analyzeWordForms(word: string): WordForms {
  const key = foldKey(word);
  // The reading that takes off the most: readings come fewest clitics first, لل (ل + ال) before ل.
  let deepest = { stem: key, clitics: '' };
  for (const reading of procliticReadings(key, { minStem: MIN_STEM })) {
    if (reading.clitics.length > deepest.clitics.length) deepest = reading;
  }
  const { stem, clitics } = deepest;
  let prefixes = CONJUNCTIONS.has(clitics[0] ?? '') ? 'w' : '';
  if (clitics.length > prefixes.length) prefixes += 'p';
  let bare = stem;
  if (bare.startsWith('ال') && bare.length - 2 >= MIN_BARE) {
    bare = bare.slice(2);
    prefixes += 'a';
  }
  return { key, stem, bare, prefixes };
}
