/**
 * Sentence bounds for citing evidence, when an analysis gives a span but not its sentence.
 *
 * Rules: a sentence ends after `.`, `!`, `?`, `؟`, `…` or at a line break; a dot between two digits
 * (`3.5`) does not end one; leading and trailing whitespace is not part of a sentence.
 */
import type { Span } from '../contract/analysis.js';

const ENDERS = new Set(['.', '!', '?', '؟', '…', '\n']);

function isBoundary(text: string, i: number): boolean {
  const char = text[i] as string;
  if (!ENDERS.has(char)) return false;
  if (char === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return false;
  return true;
}

/** The sentence holding `[start, end)`: offsets into `text`. */
export function sentenceAround(text: string, start: number, end: number): Span {
  let from = start;
  while (from > 0 && !isBoundary(text, from - 1)) from--;
  let to = Math.max(end, start);
  while (to < text.length && !isBoundary(text, to)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return trimSpan(text, from, to);
}

/** Every sentence of `text`, in order. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isBoundary(text, i)) continue;
    const span = trimSpan(text, from, text[i] === '\n' ? i : i + 1);
    if (span.end > span.start) out.push(span);
    from = i + 1;
  }
  const last = trimSpan(text, from, text.length);
  if (last.end > last.start) out.push(last);
  return out;
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] as string)) s++;
  while (e > s && /\s/u.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}
