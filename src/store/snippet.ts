/**
 * The passage shown for a search hit, and the matched words in it.
 *
 * Rules: a document word is a match when its search forms meet a query term (`termMatches`); the
 * passage starts at the sentence holding the first match in the densest stretch of matches and runs
 * about `width` characters, ending at a word boundary; highlights are offsets into the document's
 * text, so any client can mark them in the original.
 */
import { queryTerms } from '../corpus/search-forms.js';
import { sentenceAround } from '../corpus/sentences.js';
import type { Token } from '../text/tokenize.js';
import { wordMatcher } from './snippet-matches.js';
import type { Snippet } from './store.js';

/** The snippet of each hit of one query: the query is read once, not once per hit. */
export function snippetsOf(query: string, width = 220): (text: string) => Snippet {
  const matcher = wordMatcher(queryTerms(query));
  return (text) => snippetOf(text, matcher(text), width);
}

function snippetOf(text: string, matches: readonly Token[], width: number): Snippet {
  const anchor = densestMatch(matches, width) ?? { start: 0, end: 0 };
  let start = sentenceAround(text, anchor.start, anchor.end).start;
  if (anchor.start - start > width / 2) start = wordStart(text, anchor.start - Math.floor(width / 4));
  let end = Math.min(text.length, start + width);
  while (end < text.length && !/\s/u.test(text[end] as string)) end++;
  const highlights = matches
    .filter((m) => m.start >= start && m.end <= end)
    .map((m) => ({ start: m.start, end: m.end }));
  return { start, end, text: text.slice(start, end), highlights };
}

function densestMatch<T extends { start: number; end: number }>(
  matches: readonly T[],
  width: number,
): T | undefined {
  let best: T | undefined;
  let bestCount = 0;
  for (let i = 0; i < matches.length; i++) {
    const first = matches[i] as T;
    let count = 0;
    for (let j = i; j < matches.length && (matches[j] as T).end - first.start <= width; j++) count++;
    if (count > bestCount) {
      best = first;
      bestCount = count;
    }
  }
  return best;
}

function wordStart(text: string, at: number): number {
  let i = Math.max(0, at);
  while (i > 0 && !/\s/u.test(text[i - 1] as string)) i--;
  return i;
}
