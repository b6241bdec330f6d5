/**
 * Entity recognition of one document, pure: tokens → sentences → tags (model, the organisation
 * head rule, names recurring in the document: propagate.ts, names cut short made whole:
 * complete-names.ts, a body's name run into a person's: split-fused.ts) → mentions → entities.
 * Sentences come from the 'sentences' layer when the pipeline has one; otherwise tokens are cut
 * after sentence-final punctuation, and very long runs are cut so one bad page cannot make one
 * huge sentence. The words the tagger and the rules read have the Persian yeh and keheh that
 * Iranian outlets write in Arabic (`حسین`، `آیة`) as Arabic yeh and kaf, the letters the model and
 * the word lists know; mentions keep the text as written. A word that two words run together by a
 * lost space (`جنوبتركيا`، `سورياوتركيا`) is read as two (`splitGlued`), each with its own
 * offsets inside the word as written.
 */
import type { Entity, Span } from '../contract/analysis.js';
import { appendAll } from '../core/append-all.js';
import type { Token } from '../text/tokenize.js';
import { foldKey, type Words, wordsOfTokens } from '../text/words.js';
import { completeNames, type NameCompletionData } from './complete-names.js';
import { GAZ_BIT, type Gazetteer, phraseKinds } from './gazetteer/gazetteer.js';
import { type HeadRuleData, tagHeadedOrganisations } from './head-rule.js';
import { lexiconSpelling, type WordLexicon } from './lexicon/cspell-trie.js';
import { type LinkerData, linkMentions } from './linker/link.js';
import { type EntityMention, mentionsFromTags, type WordSet } from './mentions.js';
import { propagateNames } from './propagate.js';
import { splitFusedNames } from './split-fused.js';
import type { SequenceTagger } from './tagger/model.js';

export interface Recognizer {
  readonly tagger: SequenceTagger;
  readonly gazetteer: Gazetteer;
  /** Data of the rules that make names the tagger cut short whole; absent, the rules are off. */
  readonly completion?: NameCompletionData;
  readonly linker: LinkerData;
  readonly headRule: HeadRuleData;
  readonly lexicon: WordLexicon | undefined;
  /** Keys of words that are never a mention alone (months, weekdays). */
  readonly notNames: ReadonlySet<string>;
  /** Keys of particles that never begin or end a name. */
  readonly nameEdges?: ReadonlySet<string>;
  /** Stems of verbs that open a news clause, never a name's first word. */
  readonly openingVerbs?: ReadonlySet<string>;
  /** Keys of countries named by a relational adjective (`السعودية`). */
  readonly countriesNamedByAdjective?: ReadonlySet<string>;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '...']);
const MAX_SENTENCE = 150;

export function recognizeEntities(
  text: string,
  tokens: readonly Token[] | Words,
  recognizer: Recognizer,
  sentences?: readonly Span[],
): Entity[] {
  const words = isWords(tokens) ? tokens : wordsOfTokens(tokens);
  const runs = sentenceRanges(words, sentences).map((run) => runWords(words, run, recognizer));
  const tagged = tagDocument(
    runs.map((run) => run.texts),
    recognizer,
  );
  const rules = {
    gazetteer: recognizer.gazetteer,
    notNames: recognizer.notNames,
    edges: recognizer.nameEdges,
    openingVerbs: recognizer.openingVerbs,
    countriesNamedByAdjective: recognizer.countriesNamedByAdjective,
    documentWords: lazyWordSet(words),
  };
  const mentions: EntityMention[] = [];
  runs.forEach((run, i) => {
    appendAll(mentions, mentionsFromTags(text, run.tokens, tagged[i] as Int32Array, rules));
  });
  return linkMentions(mentions, recognizer.linker, text);
}

function isWords(tokens: readonly Token[] | Words): tokens is Words {
  return !Array.isArray(tokens);
}

/** Persian letters written for Arabic ones, as the tagger and the word lists spell them. */
const PERSIAN_LETTERS = /[\u06CC\u06A9]/gu;
const ARABIC_FOR_PERSIAN: Readonly<Record<string, string>> = { '\u06CC': 'ي', '\u06A9': 'ك' };

/** A sentence as the tagger reads it, and the tokens its mentions are cut from. */
interface RunWords {
  readonly texts: string[];
  readonly tokens: Token[];
}

function runWords(words: Words, run: WordRange, recognizer: Recognizer): RunWords {
  const texts: string[] = [];
  // A run's tokens are made for its mentions only: the words layer keeps no object per word.
  const tokens: Token[] = [];
  for (let k = run.from; k < run.to; k++) {
    const token = words.at(k) as Token;
    const read = words.text(k).replace(PERSIAN_LETTERS, (letter) => ARABIC_FOR_PERSIAN[letter] ?? letter);
    const at = splitGlued(read, recognizer);
    if (at === 0) {
      texts.push(read);
      tokens.push(token);
      continue;
    }
    texts.push(read.slice(0, at), read.slice(at));
    const middle = token.start + at;
    tokens.push(
      { ...token, end: middle, text: token.text.slice(0, at) },
      { ...token, start: middle, text: token.text.slice(at) },
    );
  }
  return { texts, tokens };
}

/** Letters of each part of a word run together (`جنوب` + `تركيا`). */
const MIN_GLUED_PART = 3;
const PLACE_KINDS = GAZ_BIT.country | GAZ_BIT.place;

/**
 * Where a word unknown to the lexicon and the gazetteer splits into a word the lexicon knows (or a
 * listed place) and a country, `و` allowed before it (`سوريا` + `وتركيا`): two words that lost the
 * space between them. 0 when it does not. Countries only: with any listed place on the right, 12 of
 * ANERcorp's 32,739 word types split, all wrongly (`فورم` + `يولا`); with countries, 2.
 */
export function splitGlued(word: string, recognizer: Recognizer): number {
  const { lexicon, gazetteer } = recognizer;
  if (!lexicon || word.length < 2 * MIN_GLUED_PART || !/^\p{Script=Arabic}+$/u.test(word)) return 0;
  const plain = lexiconSpelling(word);
  // offsets are the word's own: a word with harakat or tatweel is left whole
  if (plain !== word) return 0;
  const isPlace = (part: string) => (phraseKinds(gazetteer, [foldKey(part)]) & PLACE_KINDS) !== 0;
  const isCountry = (part: string) => (phraseKinds(gazetteer, [foldKey(part)]) & GAZ_BIT.country) !== 0;
  if (lexicon.has(plain) || phraseKinds(gazetteer, [foldKey(plain)]) !== 0) return 0;
  for (let at = MIN_GLUED_PART; at + MIN_GLUED_PART <= plain.length; at++) {
    const right = plain.slice(at);
    const place = right.startsWith('و') ? right.slice(1) : right;
    if (place.length < MIN_GLUED_PART || !isCountry(place)) continue;
    const left = plain.slice(0, at);
    if (lexicon.has(left) || isPlace(left)) return at;
  }
  return 0;
}

/** The keys of every token, folded only when a mention first asks (most documents never do). */
function lazyWordSet(words: Words): WordSet {
  let keys: Set<string> | undefined;
  return {
    has(key) {
      if (keys === undefined) {
        keys = new Set();
        for (let k = 0; k < words.length; k++) keys.add(foldKey(words.text(k)));
      }
      return keys.has(key);
    },
  };
}

/** Tags of a document's sentences: the model, the organisation head rule, then document-level names. */
export function tagDocument(sentences: readonly (readonly string[])[], recognizer: Recognizer): Int32Array[] {
  const tags = sentences.map((words) =>
    tagHeadedOrganisations(words, recognizer.tagger.tag(words), recognizer.headRule),
  );
  const propagated = propagateNames(sentences, tags, recognizer.lexicon);
  const completion = recognizer.completion;
  if (!completion) return propagated;
  const completed = propagated.map((t, i) => completeNames(sentences[i] as readonly string[], t, completion));
  return splitFusedNames(sentences, completed, recognizer.gazetteer);
}

/** Word indices `[from, to)` of one sentence. */
export interface WordRange {
  readonly from: number;
  readonly to: number;
}

/** The tokens of each sentence (see `sentenceRanges`). */
export function sentenceRuns(tokens: readonly Token[], sentences?: readonly Span[]): Token[][] {
  return sentenceRanges(wordsOfTokens(tokens), sentences).map((run) => tokens.slice(run.from, run.to));
}

/** The words of each sentence, as index ranges; a run is cut at `MAX_SENTENCE` words. */
export function sentenceRanges(words: Words, sentences?: readonly Span[]): WordRange[] {
  const runs: WordRange[] = [];
  let from = 0;
  let s = 0;
  for (let k = 0; k < words.length; k++) {
    const start = words.start(k);
    if (sentences) {
      while (s < sentences.length && (sentences[s] as Span).end <= start) s++;
      const sentence = sentences[s];
      if (k > from && sentence && start >= sentence.start && words.start(from) < sentence.start) {
        runs.push({ from, to: k });
        from = k;
      }
    }
    if ((!sentences && SENTENCE_END.has(words.text(k))) || k + 1 - from >= MAX_SENTENCE) {
      runs.push({ from, to: k + 1 });
      from = k + 1;
    }
  }
  if (words.length > from) runs.push({ from, to: words.length });
  return runs;
}
