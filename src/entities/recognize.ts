/**
 * Entity recognition of one document, pure: tokens → sentences → tags (model, the organisation
 * head rule, names recurring in the document: propagate.ts, names cut short made whole:
 * complete-names.ts) → mentions → entities.
 * Sentences come from the 'sentences' layer when the pipeline has one; otherwise tokens are cut
 * after sentence-final punctuation, and very long runs are cut so one bad page cannot make one
 * huge sentence. The words the tagger and the rules read have the Persian yeh and keheh that
 * Iranian outlets write in Arabic (`حسین`، `آیة`) as Arabic yeh and kaf, the letters the model and
 * the word lists know; mentions keep the text as written.
 */
import type { Entity, Span } from '../contract/analysis.js';
import { appendAll } from '../core/append-all.js';
import type { Token } from '../text/tokenize.js';
import { foldKey, type Words, wordsOfTokens } from '../text/words.js';
import { completeNames, type NameCompletionData } from './complete-names.js';
import type { Gazetteer } from './gazetteer/gazetteer.js';
import { type HeadRuleData, tagHeadedOrganisations } from './head-rule.js';
import type { WordLexicon } from './lexicon/cspell-trie.js';
import { type LinkerData, linkMentions } from './linker/link.js';
import { type EntityMention, mentionsFromTags, type WordSet } from './mentions.js';
import { propagateNames } from './propagate.js';
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
  const runs = sentenceRanges(words, sentences);
  const tagged = tagDocument(
    runs.map((run) => textsOf(words, run)),
    recognizer,
  );
  const rules = {
    gazetteer: recognizer.gazetteer,
    notNames: recognizer.notNames,
    edges: recognizer.nameEdges,
    countriesNamedByAdjective: recognizer.countriesNamedByAdjective,
    documentWords: lazyWordSet(words),
  };
  const mentions: EntityMention[] = [];
  runs.forEach((run, i) => {
    // A run's tokens are made for its mentions only: the words layer keeps no object per word.
    const runTokens: Token[] = [];
    for (let k = run.from; k < run.to; k++) runTokens.push(words.at(k) as Token);
    appendAll(mentions, mentionsFromTags(text, runTokens, tagged[i] as Int32Array, rules));
  });
  return linkMentions(mentions, recognizer.linker);
}

function isWords(tokens: readonly Token[] | Words): tokens is Words {
  return !Array.isArray(tokens);
}

/** Persian letters written for Arabic ones, as the tagger and the word lists spell them. */
const PERSIAN_LETTERS = /[\u06CC\u06A9]/gu;
const ARABIC_FOR_PERSIAN: Readonly<Record<string, string>> = { '\u06CC': 'ي', '\u06A9': 'ك' };

function textsOf(words: Words, run: WordRange): string[] {
  const texts: string[] = [];
  for (let k = run.from; k < run.to; k++)
    texts.push(words.text(k).replace(PERSIAN_LETTERS, (letter) => ARABIC_FOR_PERSIAN[letter] ?? letter));
  return texts;
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
  return propagated.map((t, i) => completeNames(sentences[i] as readonly string[], t, completion));
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
