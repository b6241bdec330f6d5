/**
 * Entity recognition of one document, pure: tokens → sentences → tags (model, then the
 * organisation head rule) → mentions → entities.
 * Sentences come from the 'sentences' layer when the pipeline has one; otherwise tokens are cut
 * after sentence-final punctuation, and very long runs are cut so one bad page cannot make one
 * huge sentence.
 */
import type { Entity, Span } from '../contract/analysis.js';
import type { Token } from '../text/tokenize.js';
import type { Gazetteer } from './gazetteer/gazetteer.js';
import { type HeadRuleData, tagHeadedOrganisations } from './head-rule.js';
import { type LinkerData, linkMentions } from './linker/link.js';
import { type EntityMention, mentionsFromTags } from './mentions.js';
import type { SequenceTagger } from './tagger/model.js';

export interface Recognizer {
  readonly tagger: SequenceTagger;
  readonly gazetteer: Gazetteer;
  readonly linker: LinkerData;
  readonly headRule: HeadRuleData;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '...']);
const MAX_SENTENCE = 150;

export function recognizeEntities(
  text: string,
  tokens: readonly Token[],
  recognizer: Recognizer,
  sentences?: readonly Span[],
): Entity[] {
  const mentions: EntityMention[] = [];
  for (const run of sentenceRuns(tokens, sentences)) {
    const words = run.map((t) => t.text);
    const tags = tagHeadedOrganisations(words, recognizer.tagger.tag(words), recognizer.headRule);
    mentions.push(...mentionsFromTags(text, run, tags, recognizer.gazetteer));
  }
  return linkMentions(mentions, recognizer.linker);
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
