/**
 * Normalisation of Arabic text for matching and search — never for display.
 *
 * Rules, applied code point by code point (each has a test named after it):
 *  1. invisible controls (zero-width characters, bidi marks and isolates, BOM, soft hyphen) are dropped;
 *  2. diacritics (harakat, tanwin, shadda, sukun, superscript alef) and Quranic marks are dropped;
 *  3. tatweel is dropped;
 *  4. presentation forms are folded to ordinary letters by NFKC (one glyph may become several letters;
 *     the space NFKC puts before an isolated haraka form is dropped with the haraka);
 *  5. alef with hamza above or below, alef madda and alef wasla become bare alef;
 *  6. alef maqsura becomes yeh (on by default: news spells final yeh both ways);
 *  7. teh marbuta becomes heh (off by default: only where a caller asks for it);
 *  8. Arabic-Indic and Persian digits become ASCII digits;
 *  9. Arabic punctuation becomes its ASCII counterpart, and guillemets and curly quotes become `"`;
 * 10. letters with a one-unit lower case (Latin, Greek, Cyrillic) are lower-cased.
 *
 * The result carries an offset map, so a match found in the normalised text is turned back into
 * offsets into the original with `toOriginalSpan`. Dropped diacritics and tatweel belong to the
 * letter before them, so a word's original span keeps its final tanwin or shadda.
 *
 * Speed: `foldCodePoint` is the definition of the rules; `normalizeArabic` reads a table derived
 * from it for the first 0x3000 code units (everything Arabic news is written in), built once per
 * option set, and calls it directly only for presentation forms, surrogates and rarer scripts.
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
 * `starts[i]`/`ends[i]` bound the original characters that produced normalised unit `i`; `starts`
 * never decreases.
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

type ResolvedOptions = Required<NormalizeOptions>;

const RESOLVED: readonly ResolvedOptions[] = [
  { alefMaqsura: false, tehMarbuta: false },
  { alefMaqsura: false, tehMarbuta: true },
  { alefMaqsura: true, tehMarbuta: false },
  { alefMaqsura: true, tehMarbuta: true },
];

/** One shared object per combination, so folding a word allocates no options. */
function resolveOptions(options: NormalizeOptions): ResolvedOptions {
  const index = ((options.alefMaqsura ?? true) ? 2 : 0) + ((options.tehMarbuta ?? false) ? 1 : 0);
  return RESOLVED[index] as ResolvedOptions;
}

/** Marks that sit on the letter before them: dropping one widens that letter's original span. */
function attachesToPrevious(cp: number): boolean {
  return isHaraka(cp) || isQuranicMark(cp) || cp === TATWEEL;
}

/** What one original code point becomes under the rules above; '' drops it. */
export function foldCodePoint(cp: number, char: string, options: ResolvedOptions): string {
  if (isInvisibleControl(cp) || attachesToPrevious(cp)) return '';
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
function foldPresentationForm(char: string, options: ResolvedOptions): string {
  const unfolded = char.normalize('NFKC');
  if (unfolded === char) return char;
  let out = '';
  for (const part of unfolded) {
    const cp = part.codePointAt(0) ?? 0;
    out += isPresentationForm(cp) ? part : foldCodePoint(cp, part, options);
  }
  // NFKC writes an isolated haraka form (U+FE70…) as space + haraka: with the haraka gone, so is the space.
  return out.trim() === '' ? '' : out;
}

const KEEP = -1;
const DROP_MARK = -2;
const DROP_INVISIBLE = -3;
const SLOW = -4;
const TABLE_SIZE = 0x3000;
const tables = new Map<ResolvedOptions, Int32Array>();

/** Per code unit below TABLE_SIZE: KEEP, a DROP_…, SLOW, or the one code unit it becomes. */
function foldTable(options: ResolvedOptions): Int32Array {
  let table = tables.get(options);
  if (table) return table;
  table = new Int32Array(TABLE_SIZE);
  for (let cp = 0; cp < TABLE_SIZE; cp++) {
    const char = String.fromCharCode(cp);
    const folded = foldCodePoint(cp, char, options);
    if (folded === char) table[cp] = KEEP;
    else if (folded === '') table[cp] = attachesToPrevious(cp) ? DROP_MARK : DROP_INVISIBLE;
    else if (folded.length === 1) table[cp] = folded.charCodeAt(0);
    else table[cp] = SLOW;
  }
  tables.set(options, table);
  return table;
}

/** Output buffers: normalised code units and their original spans, grown on demand. */
class NormalizedBuilder {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  /** First output unit of the last original character emitted, whose span a dropped mark widens. */
  groupStart = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  ensure(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.units.length) return;
    const capacity = Math.max(needed, this.units.length * 2);
    const units = new Uint16Array(capacity);
    units.set(this.units);
    const starts = new Int32Array(capacity);
    starts.set(this.starts);
    const ends = new Int32Array(capacity);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }

  emit(folded: string, start: number, end: number): void {
    this.ensure(folded.length);
    this.groupStart = this.length;
    for (let k = 0; k < folded.length; k++) {
      this.units[this.length] = folded.charCodeAt(k);
      this.starts[this.length] = start;
      this.ends[this.length] = end;
      this.length++;
    }
  }

  /** A dropped mark at `at`: the last emitted character's span grows over it if they touch. */
  widenLast(at: number): void {
    if (this.length === 0 || this.ends[this.length - 1] !== at) return;
    for (let k = this.groupStart; k < this.length; k++) this.ends[k] = at + 1;
  }

  finish(originalLength: number): NormalizedText {
    const bytes = Buffer.from(this.units.buffer, this.units.byteOffset, this.length * 2);
    return {
      // utf16le decoding copies code units as they are, lone surrogates included.
      text: bytes.toString('utf16le'),
      starts: this.starts.subarray(0, this.length),
      ends: this.ends.subarray(0, this.length),
      originalLength,
    };
  }
}

export function normalizeArabic(text: string, options: NormalizeOptions = {}): NormalizedText {
  const resolved = resolveOptions(options);
  const table = foldTable(resolved);
  const out = new NormalizedBuilder(text.length + 16);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    const action = unit < TABLE_SIZE ? (table[unit] as number) : SLOW;
    if (action === KEEP || action >= 0) {
      // The hot path: one unit in, one unit out, no string built.
      if (out.length === out.units.length) out.ensure(1);
      const at = out.length;
      out.units[at] = action === KEEP ? unit : action;
      out.starts[at] = i;
      out.ends[at] = i + 1;
      out.groupStart = at;
      out.length = at + 1;
      i++;
    } else if (action === DROP_MARK) {
      out.widenLast(i);
      i++;
    } else if (action === DROP_INVISIBLE) {
      i++;
    } else {
      const cp = text.codePointAt(i) as number;
      const width = cp > 0xffff ? 2 : 1;
      const folded = foldCodePoint(cp, text.slice(i, i + width), resolved);
      if (folded !== '') out.emit(folded, i, i + width);
      i += width;
    }
  }
  return out.finish(n);
}

/**
 * The original span behind normalised `[start, end)`. An empty span maps to an empty span at the
 * original position of `start`; positions past the end map to the end of the original.
 */
export function toOriginalSpan(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const { starts, ends, originalLength } = normalized;
  if (start >= starts.length) return { start: originalLength, end: originalLength };
  const originalStart = starts[Math.max(0, start)] ?? originalLength;
  if (end <= start) return { start: originalStart, end: originalStart };
  const originalEnd = ends[Math.min(end, ends.length) - 1] ?? originalLength;
  return { start: originalStart, end: originalEnd };
}

/**
 * The folded string alone, as `normalizeArabic(text, options).text` gives it, for callers that need
 * no offsets (keys, lookups). Stages fold every word, so this builds no offset map and returns the
 * input itself when no rule changes it.
 */
export function foldArabic(text: string, options: NormalizeOptions = {}): string {
  const resolved = resolveOptions(options);
  const table = foldTable(resolved);
  let out = '';
  let copiedUpTo = 0;
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    const action = unit < TABLE_SIZE ? (table[unit] as number) : SLOW;
    if (action === KEEP) {
      i++;
      continue;
    }
    out += text.slice(copiedUpTo, i);
    if (action >= 0) {
      out += String.fromCharCode(action);
      i++;
    } else if (action === DROP_MARK || action === DROP_INVISIBLE) {
      i++;
    } else {
      const cp = text.codePointAt(i) as number;
      const width = cp > 0xffff ? 2 : 1;
      out += foldCodePoint(cp, text.slice(i, i + width), resolved);
      i += width;
    }
    copiedUpTo = i;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}
