/**
 * Sentence boundaries in Arabic news text, as spans into the original.
 *
 * Rules (each has a test named after it):
 *  1. a line break always ends a sentence: a news line is a paragraph or a headline;
 *  2. a sentence ends after . ! ? ؟ … ۔ (a run of them counts once) with the closing quotes and
 *     brackets that follow, when whitespace or the end of the line comes next — so the dots of
 *     numbers (3.5) and URLs never end one;
 *  3. never inside a quotation in «…», “…” or "…", however many sentences it holds; a quotation that
 *     closes after a terminator ends the sentence with it;
 *  4. an opening mark that never closes in its paragraph is not a quotation, so it cannot swallow
 *     the rest of the paragraph;
 *  5. never after an abbreviation (د. م. ق.م, Mr.) or an initial: a single Arabic or Latin letter
 *     before the dot (أ. ف. ب., U.S.);
 *  6. never after a list number that opens its line (1. ٢.);
 *  7. sentences are trimmed of surrounding whitespace and invisible controls; empty ones are dropped.
 */
import { z } from 'zod';
import type { Span } from '../contract/analysis.js';
import { loadLanguageData } from '../data/language-data.js';
import { foldArabic } from './normalize.js';

export interface Abbreviations {
  /** Normalised, lower-cased abbreviations without their final dot (`ق.م`, `mr`). */
  readonly forms: ReadonlySet<string>;
}

const TERMINATOR_MARKS = '.!?؟…۔‼⁉';
const TERMINATOR = new RegExp(`[${TERMINATOR_MARKS}]`);
/** The same marks by code unit, for the per-character scan (no one-character string per letter). */
const TERMINATOR_CODES = new Set([...TERMINATOR_MARKS].map((mark) => mark.charCodeAt(0)));
const CLOSING = /[.!?؟…۔‼⁉»”’")\]']/;
const SPACE = /[\s\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;
const QUOTE_CLOSERS: Readonly<Record<string, string>> = { '«': '»', '“': '”', '"': '"' };
/**
 * The code units of every quotation mark above, opening or closing: `pairQuotes` looks at these
 * only. Reading every other character as a string (`text[i]`) made a new one-character string for
 * each Arabic letter (V8 keeps ready ones for Latin-1 only): the search route's snippets spent a
 * tenth of the server's main-thread allocation there (issue 18's load run).
 */
const QUOTE_CODES = new Set(
  Object.entries(QUOTE_CLOSERS)
    .flat()
    .map((mark) => mark.charCodeAt(0)),
);
const LETTER = /[\p{L}\p{M}]/u;
const LIST_NUMBER = /^[0-9\u0660-\u0669\u06F0-\u06F9]+$/;

const AbbreviationsSchema = z.object({ arabic: z.array(z.string()), latin: z.array(z.string()) });
let arabic: Abbreviations | undefined;

/** The abbreviations of `data/ar/abbreviations.json`, loaded once. */
export function arabicAbbreviations(): Abbreviations {
  if (!arabic) {
    const data = loadLanguageData('ar/abbreviations', AbbreviationsSchema);
    arabic = buildAbbreviations([...data.arabic, ...data.latin]);
  }
  return arabic;
}

export function buildAbbreviations(words: readonly string[]): Abbreviations {
  return { forms: new Set(words.map((w) => foldArabic(w.replace(/\.$/, '')))) };
}

/** Sentences of `text[from, to)`, in order. */
export function splitSentences(
  text: string,
  from = 0,
  to = text.length,
  abbreviations: Abbreviations = arabicAbbreviations(),
): Span[] {
  const spans: Span[] = [];
  let lineStart = from;
  LINE_BREAK.lastIndex = from;
  for (let m = LINE_BREAK.exec(text); ; m = LINE_BREAK.exec(text)) {
    const lineEnd = m === null || m.index >= to ? to : m.index;
    splitLine(text, lineStart, lineEnd, abbreviations, spans);
    if (m === null || m.index >= to) break;
    lineStart = m.index + m[0].length;
  }
  return spans;
}

function splitLine(
  text: string,
  start: number,
  end: number,
  abbreviations: Abbreviations,
  out: Span[],
): void {
  const closes = pairQuotes(text, start, end);
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    const close = closes.get(i);
    if (close !== undefined) {
      // Nothing inside a quotation ends the sentence; a terminator just before its close does.
      i = close + 1;
      if (!TERMINATOR.test(lastVisible(text, start, close))) continue;
    } else if (TERMINATOR_CODES.has(text.charCodeAt(i))) {
      if (text[i] === '.' && !endsSentenceAtDot(text, sentenceStart, i, abbreviations)) {
        i++;
        continue;
      }
      i++;
    } else {
      i++;
      continue;
    }
    while (i < end && CLOSING.test(text[i] as string) && !closes.has(i)) i++;
    if (i < end && !SPACE.test(text[i] as string)) continue;
    pushTrimmed(text, sentenceStart, i, out);
    sentenceStart = i;
  }
  pushTrimmed(text, sentenceStart, end, out);
}

/** Opening offset → closing offset of every quotation that closes within the line. */
function pairQuotes(text: string, start: number, end: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: { at: number; closer: string }[] = [];
  for (let i = start; i < end; i++) {
    if (!QUOTE_CODES.has(text.charCodeAt(i))) continue;
    const ch = text[i] as string;
    const top = open.at(-1);
    if (top && ch === top.closer) {
      open.pop();
      pairs.set(top.at, i);
      continue;
    }
    // A closer that matches an outer quotation closes it and the unclosed ones inside it.
    const outer = open.findLastIndex((q) => q.closer === ch);
    if (outer >= 0 && ch !== '"') {
      const q = open[outer] as { at: number; closer: string };
      open.length = outer;
      pairs.set(q.at, i);
      continue;
    }
    const closer = QUOTE_CLOSERS[ch];
    if (closer !== undefined) open.push({ at: i, closer });
  }
  // Only outermost quotations matter for splitting; drop pairs nested inside another.
  let reach = -1;
  for (const at of [...pairs.keys()].sort((a, b) => a - b)) {
    if (at < reach) pairs.delete(at);
    else reach = pairs.get(at) as number;
  }
  return pairs;
}

function lastVisible(text: string, start: number, before: number): string {
  for (let i = before - 1; i >= start; i--) if (!SPACE.test(text[i] as string)) return text[i] as string;
  return '';
}

/** A dot ends a sentence unless it closes an abbreviation, an initial or an opening list number. */
function endsSentenceAtDot(
  text: string,
  sentenceStart: number,
  dot: number,
  abbreviations: Abbreviations,
): boolean {
  let j = dot;
  while (j > sentenceStart && (LETTER.test(text[j - 1] as string) || text[j - 1] === '.')) j--;
  const word = text.slice(j, dot);
  if (word !== '') {
    const folded = foldArabic(word);
    const last = folded.slice(folded.lastIndexOf('.') + 1);
    if (last.length === 1 || abbreviations.forms.has(folded) || abbreviations.forms.has(last)) return false;
  }
  return !LIST_NUMBER.test(text.slice(sentenceStart, dot).trim());
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s] as string)) s++;
  while (e > s && SPACE.test(text[e - 1] as string)) e--;
  if (e > s) out.push({ start: s, end: e });
}
