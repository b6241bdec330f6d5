/**
 * The sentence around a span, for citing evidence when an analysis gives a span but not its
 * sentence. Where sentences end is `splitSentences`' business (`src/text/sentences.ts`: quotes,
 * abbreviations, numbers); this module only finds the one a span sits in.
 *
 * Rules (each has a test named after it):
 *  1. the citation runs from the sentence holding the span's start to the sentence holding its end,
 *     so a span across a boundary is cited whole;
 *  2. only the lines the span touches are split, since a line break always ends a sentence;
 *  3. the citation always covers the span, even one lying in the whitespace between sentences.
 */
import type { Span } from '../contract/analysis.js';
import { splitSentences } from '../text/sentences.js';

/** Line breaks by code unit (`\n`, `\r`, U+0085, U+2028, U+2029): a test per character without making a string of it. */
const LINE_BREAK = new Set([0x0a, 0x0d, 0x85, 0x2028, 0x2029]);

/** The sentence holding `[start, end)`: offsets into `text`. */
export function sentenceAround(text: string, start: number, end: number): Span {
  const last = Math.max(start, end);
  let from = start;
  while (from > 0 && !LINE_BREAK.has(text.charCodeAt(from - 1))) from--;
  let to = last;
  while (to < text.length && !LINE_BREAK.has(text.charCodeAt(to))) to++;
  const sentences = linesSplit(text, from, to);
  const first = sentences.findLast((s) => s.start <= start) ?? sentences[0];
  const final = sentences.findLast((s) => s.start < Math.max(last, start + 1)) ?? first;
  return {
    start: Math.min(first?.start ?? start, start),
    end: Math.max(final?.end ?? last, last),
  };
}

/**
 * The lines split most recently, kept for the next call: a story's claims and events cite several
 * spans of one line in a row, and splitting a long paragraph again for each was a tenth of a
 * whole-corpus rebuild.
 */
const recent: { text: string; from: number; to: number; sentences: Span[] }[] = [];
const RECENT = 8;

function linesSplit(text: string, from: number, to: number): Span[] {
  const kept = recent.find((r) => r.from === from && r.to === to && r.text === text);
  if (kept) return kept.sentences;
  const sentences = splitSentences(text, from, to);
  recent.unshift({ text, from, to, sentences });
  if (recent.length > RECENT) recent.pop();
  return sentences;
}
