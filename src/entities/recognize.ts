/**
 * Entity recognition of one document, pure: tokens → sentences → tags (model, the organisation
 * head rule, names recurring in the document: propagate.ts, names cut short made whole:
 * complete-names.ts) → mentions → entities.
 * Sentences come from the 'sentences' layer when the pipeline has one; otherwise tokens are cut
 * after sentence-final punctuation, and very long runs are cut so one bad page cannot make one
 * huge sentence.
 */
import type { Entity, Span } from '../contract/analysis.js';
import { appendAll } from '../core/append-all.js';
import type { Token } from '../text/tokenize.js';
import { foldKey } from '../text/words.js';
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
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '...']);
const MAX_SENTENCE = 150;

export function recognizeEntities(
  text: string,
  tokens: readonly Token[],
  recognizer: Recognizer,
  sentences?: readonly Span[],
): Entity[] {
  const runs = sentenceRuns(tokens, sentences);
  const words = runs.map((run) => run.map((t) => t.text));
  const tagged = tagDocument(words, recognizer);
  const rules = {
    gazetteer: recognizer.gazetteer,
    notNames: recognizer.notNames,
    edges: recognizer.nameEdges,
    documentWords: lazyWordSet(tokens),
  };
  const mentions: EntityMention[] = [];
  runs.forEach((run, i) => {
    appendAll(mentions, mentionsFromTags(text, run, tagged[i] as Int32Array, rules));
  });
  return linkMentions(mentions, recognizer.linker);
}

/** The keys of every token, folded only when a mention first asks (most documents never do). */
function lazyWordSet(tokens: readonly Token[]): WordSet {
  let keys: Set<string> | undefined;
  return {
    has(key) {
      keys ??= new Set(tokens.map((t) => foldKey(t.text)));
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

export function sentenceRuns(tokens: readonly Token[], sentences?: readonly Span[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let s = 0;
  for (const token of tokens) {
    if (sentences) {
      while (s < sentences.length && (sentences[s] as Span).end <= token.start) s++;
      const sentence = sentences[s];
      if (
        run.length > 0 &&
        sentence &&
        token.start >= sentence.start &&
        (run[0] as Token).start < sentence.start
      ) {
        runs.push(run);
        run = [];
      }
    }
    run.push(token);
    if ((!sentences && SENTENCE_END.has(token.text)) || run.length >= MAX_SENTENCE) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
