/**
 * Normalisation of Arabic text for matching and search — never for display.
 *
 * Rules, applied code point by code point (each has a test named after it):
 *  1. invisible controls (zero-width characters, bidi marks and isolates, BOM, soft hyphen) are dropped;
 *  2. diacritics (harakat, tanwin, shadda, sukun, superscript alef) and Quranic marks are dropped;
 *  3. tatweel is dropped;
 *  4. presentation forms are folded to ordinary letters by NFKC (one glyph may become several letters);
 *  5. alef with hamza above or below, alef madda and alef wasla become bare alef;
 *  6. alef maqsura becomes yeh (on by default: news spells final yeh both ways);
 *  7. teh marbuta becomes heh (off by default: only where a caller asks for it);
 *  8. Arabic-Indic and Persian digits become ASCII digits;
 *  9. Arabic punctuation becomes its ASCII counterpart, and guillemets and curly quotes become `"`;
 * 10. Latin letters are lower-cased.
 *
 * The result carries an offset map, so a match found in the normalised text is turned back into
 * offsets into the original with `toOriginalSpan`.
 */
import {
  ALEF,
  ALEF_HAMZA_ABOVE,
  ALEF_HAMZA_BELOW,
  ALEF_MADDA,
  ALEF_MAQSURA,
  ALEF_WASLA,
  digitValue,
  HEH,
  isHaraka,
  isInvisibleControl,
  isPresentationForm,
  isQuranicMark,
  TATWEEL,
  TEH_MARBUTA,
  YEH,
} from './code-points.js';

export interface NormalizeOptions {
  /** Fold alef maqsura into yeh (default true). */
  readonly alefMaqsura?: boolean;
  /** Fold teh marbuta into heh (default false). */
  readonly tehMarbuta?: boolean;
}

/**
 * A normalised string and, for each of its UTF-16 code units, the original span it came from.
 * `starts[i]`/`ends[i]` bound the original characters that produced normalised unit `i`.
 */
export interface NormalizedText {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Length of the original string. */
  readonly originalLength: number;
}

const PUNCTUATION_FOLDS: ReadonlyMap<number, string> = new Map([
  [0x060c, ','], // ARABIC COMMA
  [0x061b, ';'], // ARABIC SEMICOLON
  [0x061f, '?'], // ARABIC QUESTION MARK
  [0x066a, '%'], // ARABIC PERCENT SIGN
  [0x066b, '.'], // ARABIC DECIMAL SEPARATOR
  [0x066c, ','], // ARABIC THOUSANDS SEPARATOR
  [0x06d4, '.'], // ARABIC FULL STOP
  [0x00ab, '"'], // «
  [0x00bb, '"'], // »
  [0x201c, '"'], // “
  [0x201d, '"'], // ”
  [0x201e, '"'], // „
  [0x2018, "'"], // ‘
  [0x2019, "'"], // ’
]);

/** What one original code point becomes; '' drops it. */
function foldCodePoint(cp: number, char: string, options: Required<NormalizeOptions>): string {
  if (isInvisibleControl(cp) || isHaraka(cp) || isQuranicMark(cp) || cp === TATWEEL) return '';
  if (cp === ALEF_HAMZA_ABOVE || cp === ALEF_HAMZA_BELOW || cp === ALEF_MADDA || cp === ALEF_WASLA) {
    return String.fromCharCode(ALEF);
  }
  if (cp === ALEF_MAQSURA) return options.alefMaqsura ? String.fromCharCode(YEH) : char;
  if (cp === TEH_MARBUTA) return options.tehMarbuta ? String.fromCharCode(HEH) : char;
  const digit = digitValue(cp);
  if (digit >= 0) return String(digit);
  const punctuation = PUNCTUATION_FOLDS.get(cp);
  if (punctuation !== undefined) return punctuation;
  if (isPresentationForm(cp)) return foldPresentationForm(char, options);
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : char;
  if (cp >= 0x0600 && cp <= 0x06ff) return char;
  const lower = char.toLowerCase();
  return lower.length === char.length ? lower : char;
}

/** NFKC unfolds a ligature such as ﻻ or ﷲ; its letters then pass through the same rules. */
function foldPresentationForm(char: string, options: Required<NormalizeOptions>): string {
  const unfolded = char.normalize('NFKC');
  if (unfolded === char) return char;
  let out = '';
  for (const part of unfolded) {
    const cp = part.codePointAt(0) ?? 0;
    if (isPresentationForm(cp) || cp === 0x20) continue;
    out += foldCodePoint(cp, part, options);
  }
  return out;
}

export function normalizeArabic(text: string, options: NormalizeOptions = {}): NormalizedText {
  const resolved: Required<NormalizeOptions> = {
    alefMaqsura: options.alefMaqsura ?? true,
    tehMarbuta: options.tehMarbuta ?? false,
  };
  const parts: string[] = [];
  // Upper bound: a presentation-form ligature unfolds to at most a few units per original unit.
  let starts: Int32Array = new Int32Array(text.length + 8);
  let ends: Int32Array = new Int32Array(text.length + 8);
  let length = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const char = text.slice(i, i + width);
    const folded = foldCodePoint(cp, char, resolved);
    if (length + folded.length > starts.length) {
      starts = grow(starts, length + folded.length);
      ends = grow(ends, length + folded.length);
    }
    for (let k = 0; k < folded.length; k++) {
      starts[length] = i;
      ends[length] = i + width;
      length++;
    }
    if (folded) parts.push(folded);
    i += width;
  }
  return {
    text: parts.join(''),
    starts: starts.subarray(0, length),
    ends: ends.subarray(0, length),
    originalLength: text.length,
  };
}

function grow(array: Int32Array, needed: number): Int32Array {
  const bigger = new Int32Array(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** The original span behind normalised `[start, end)`; an empty span maps to an empty span. */
export function toOriginalSpan(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const { starts, ends, originalLength } = normalized;
  if (start >= starts.length) return { start: originalLength, end: originalLength };
  const originalStart = starts[start] ?? originalLength;
  if (end <= start) return { start: originalStart, end: originalStart };
  const originalEnd = ends[Math.min(end, ends.length) - 1] ?? originalLength;
  return { start: originalStart, end: originalEnd };
}

/** Shorthand for callers that only need the folded string (keys, lookups). */
export function foldArabic(text: string, options: NormalizeOptions = {}): string {
  return normalizeArabic(text, options).text;
}
