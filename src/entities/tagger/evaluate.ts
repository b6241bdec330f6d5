/**
 * Scores a tagger on gold sentences, entity by entity (exact span and type), with per-type and
 * overall ('*') counts. `skipFirstWord` drops every chunk, gold or predicted, that touches a
 * sentence's first word: the ANERcorp test file's first words are mostly not the corpus's own
 * (see ../shared/data/anercorp/PROVENANCE.md).
 */
import { type Chunk, type Chunking, type Counts, chunksOf, countMatches } from './chunks.js';
import type { TaggedSentence } from './conll.js';
import { TAGS } from './tags.js';

export interface EvaluateOptions {
  readonly chunking?: Chunking;
  readonly skipFirstWord?: boolean;
}

export function evaluateTagging(
  tag: (words: readonly string[]) => Int32Array,
  gold: readonly TaggedSentence[],
  options: EvaluateOptions = {},
): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  const keep = (c: Chunk) => !options.skipFirstWord || c.start > 0;
  for (const sentence of gold) {
    const predicted = Array.from(tag(sentence.words), (t) => TAGS[t] as string);
    countMatches(
      chunksOf(sentence.tags, options.chunking).filter(keep),
      chunksOf(predicted, options.chunking).filter(keep),
      counts,
    );
  }
  return counts;
}
