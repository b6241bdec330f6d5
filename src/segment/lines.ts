/**
 * A text cut into its non-blank lines, each with what the line rules look at. Spans are the line
 * without its surrounding whitespace, in UTF-16 offsets into the text.
 */
import { fold } from './vocabulary.js';

export interface Line {
  readonly start: number;
  readonly end: number;
  /** The line as written. */
  readonly text: string;
  /** `foldArabic` of the line, whitespace collapsed. */
  readonly folded: string;
  /** The folded words (letters and digits). */
  readonly words: readonly string[];
  /** The last visible character of the folded line, closing quotes and brackets skipped. */
  readonly final: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const line = makeLine(text, lineStart, lineEnd);
    if (line) lines.push(line);
    lineStart = lineEnd + 1;
  }
  return lines;
}

export function makeLine(text: string, from: number, to: number): Line | null {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  if (start === end) return null;
  const raw = text.slice(start, end);
  const folded = fold(raw);
  return { start, end, text: raw, folded, words: folded.match(WORD) ?? [], final: finalMark(folded) };
}

function finalMark(folded: string): string {
  const trimmed = folded.replace(/["'»«)\]”’]+$/u, '');
  return trimmed.at(-1) ?? '';
}

/** The line ends a sentence or a clause: prose, not a headline. */
export function endsLikeProse(line: Line): boolean {
  return ['.', ',', ';', ':', '…'].includes(line.final);
}

/** Words of `phrase` start `line` (whole words); returns the remaining folded text, or null. */
export function afterPhrase(folded: string, phrase: string): string | null {
  if (!folded.startsWith(phrase)) return null;
  const next = folded[phrase.length];
  if (next !== undefined && /[\p{L}\p{N}]/u.test(next)) return null;
  return folded.slice(phrase.length).trim();
}

/** The line with every listed phrase (whole words) removed leaves no letters. */
export function coveredBy(
  folded: string,
  phrases: Iterable<string>,
  alsoAllowed: ReadonlySet<string> = new Set(),
): boolean {
  const words = folded.match(WORD) ?? [];
  if (words.length === 0) return false;
  let rest = ` ${folded.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    rest = rest.split(` ${phrase} `).join('  ');
  }
  // A list joined by the conjunction و (فيسبوك وتويتر) is covered too: وتويتر is و + a phrase.
  const single = new Set([...phrases, ...alsoAllowed].filter((phrase) => !phrase.includes(' ')));
  return (rest.match(WORD) ?? []).every(
    (word) =>
      alsoAllowed.has(word) || /^\d+$/.test(word) || (word.startsWith('و') && single.has(word.slice(1))),
  );
}
