/**
 * Bytes of an input into a string, finding the encoding Arabic news is actually published in.
 *
 * Rules, in this order (each has a test named after it):
 *  1. an empty input (or only whitespace once decoded) is refused;
 *  2. `--encoding NAME` is obeyed as given (a BOM of that encoding is dropped);
 *  3. a byte-order mark decides: UTF-8, UTF-16 LE or UTF-16 BE; the mark is dropped;
 *  4. bytes that are valid UTF-8 are UTF-8 (legacy Arabic code pages almost never are), unless they
 *     have the shape of UTF-16, whose ASCII and Arabic code units are valid UTF-8 control bytes;
 *  5. otherwise the candidates — UTF-16 LE/BE when the bytes have the shape of UTF-16 (NUL or 0x06
 *     high bytes at every other position), the declared charset of a page or response, windows-1256,
 *     ISO-8859-6 and chardet's first guesses — are each decoded and scored by how much Arabic they
 *     yield (letters, words starting with the article ال) minus implausible characters (controls,
 *     replacement characters, Latin letters glued to Arabic ones). chardet alone is unreliable on
 *     short Arabic texts, so it only proposes candidates;
 *  6. when no candidate yields Arabic, a declared charset that decodes cleanly is used; otherwise the
 *     input is refused, naming chardet's guess, so the user can name the encoding;
 *  7. NUL bytes that no UTF-16 reading explains mean a binary file, which is refused;
 *  8. text that is UTF-8 Arabic once misread as Windows-1252 or Latin-1 (mojibake, `Ø§Ù„`) is refused
 *     with one line saying so, since analysing it would find nothing;
 *  9. bytes that are UTF-8 Arabic but for a few damaged sequences are read as UTF-8, the damage shown
 *     as U+FFFD: read as a legacy code page, every letter would be wrong;
 * 10. a reading that is doubtful still goes on, with one warning line: a fallback to a legacy
 *     encoding, replacement characters in the text, or an `--encoding` that reads worse than the
 *     encoding detection would have chosen.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from './errors.js';
import { describeMojibake } from './mojibake.js';

export interface DecodeOptions {
  /** The user's `--encoding`: used as given. */
  readonly encoding?: string;
  /** A charset the container declared (HTTP Content-Type, `<meta charset>`, `<?xml encoding?>`): a hint. */
  readonly declared?: string | null;
}

export interface DecodedText {
  readonly text: string;
  /** The encoding used, as iconv-lite names it. */
  readonly encoding: string;
  /** One line (without the source) when the reading is doubtful; see rule 10. */
  readonly warning?: string;
}

const SNIFF_BYTES = 64 * 1024;
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/gu;
const ARTICLE_AL = /(?:^|[^\u0621-\u064A])\u0627\u0644[\u0621-\u064A]/gu;
// C0 controls other than tab, newlines and form feed; C1 controls; replacement char; unpaired surrogates.
const IMPLAUSIBLE =
  /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const LATIN_GLUED_TO_ARABIC = /[\u0621-\u064A][A-Za-z\u00C0-\u00FF]|[A-Za-z\u00C0-\u00FF][\u0621-\u064A]/gu;
const LETTER = /\p{L}/gu;

export function isKnownEncoding(name: string): boolean {
  return iconv.encodingExists(name);
}

export function decodeTextBytes(source: string, bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  if (bytes.length === 0) throw new InputError(source, 'empty input, nothing to analyse');
  const decoded = chooseDecoding(source, bytes, options);
  if (decoded.text.trim().length === 0)
    throw new InputError(source, 'empty input (whitespace only), nothing to analyse');
  const mojibake = describeMojibake(decoded.text);
  if (mojibake) throw new InputError(source, mojibake);
  const warning = decoded.warning ?? doubtfulReading(source, bytes, decoded, options);
  return warning ? { ...decoded, warning: `${source}: ${warning}` } : decoded;
}

/** The warning of rule 10 for a reading that did not already explain itself, or null. */
function doubtfulReading(
  source: string,
  bytes: Uint8Array,
  decoded: DecodedText,
  options: DecodeOptions,
): string | null {
  const replaced = countMatches(decoded.text, /\uFFFD/gu);
  if (options.encoding) {
    const detected = detectedInstead(source, bytes, decoded, options);
    if (replaced > 0 || detected) {
      const what =
        replaced > 0
          ? `${plural(replaced, 'byte sequence')} not valid ${options.encoding} (shown as U+FFFD)`
          : 'text that does not read as Arabic';
      const hint = detected
        ? `; the bytes read as ${detected}, try --encoding ${detected} or leave --encoding out`
        : '';
      return `--encoding ${options.encoding} gives ${what}${hint}`;
    }
    return null;
  }
  if (replaced > 0)
    return `${plural(replaced, 'replacement character')} (U+FFFD) in the text read as ${decoded.encoding}`;
  return null;
}

/** The encoding detection would choose when it reads `bytes` clearly better than the forced one. */
function detectedInstead(
  source: string,
  bytes: Uint8Array,
  decoded: DecodedText,
  options: DecodeOptions,
): string | null {
  let detected: DecodedText;
  try {
    detected = chooseDecoding(source, bytes, { declared: options.declared ?? null });
  } catch {
    return null;
  }
  if (iconv.encodingExists(detected.encoding) && sameEncoding(detected.encoding, decoded.encoding))
    return null;
  if (detected.text === decoded.text) return null;
  // Bytes that are valid UTF-8 throughout are UTF-8 (rule 4): a legacy code page read over them
  // still yields Arabic letters (ط§ظ„ for ال), so only a score would not notice.
  if (detected.encoding === 'utf-8' && !detected.warning) return detected.encoding;
  const forced = scoreDecoding(decoded.text.slice(0, SNIFF_BYTES));
  const better = scoreDecoding(detected.text.slice(0, SNIFF_BYTES));
  const clearlyBetter = better.arabic > 0 && better.value > 2 * Math.max(forced.value, 0) + 10;
  return clearlyBetter ? detected.encoding : null;
}

function sameEncoding(a: string, b: string): boolean {
  const canonical = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .replace(/^utf8$/, 'utf8');
  return (
    canonical(a) === canonical(b) ||
    (/^(cp|windows)1256$/.test(canonical(a)) && /^(cp|windows)1256$/.test(canonical(b)))
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function chooseDecoding(source: string, bytes: Uint8Array, options: DecodeOptions): DecodedText {
  if (options.encoding) return { text: decodeAs(bytes, options.encoding), encoding: options.encoding };
  const bom = byteOrderMark(bytes);
  if (bom) return { text: decodeAs(bytes, bom), encoding: bom };
  const head = bytes.subarray(0, SNIFF_BYTES);
  const shapedLikeUtf16 = utf16Shape(head);
  if (head.includes(0) && !shapedLikeUtf16) throw new InputError(source, 'binary data (NUL bytes), not text');
  const utf8 = shapedLikeUtf16 ? null : strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const damage = shapedLikeUtf16 ? null : utf8Damage(bytes);
  if (damage && damage.valid >= 20 && damage.valid >= 10 * damage.invalid) {
    return {
      text: decodeAs(bytes, 'utf-8'),
      encoding: 'utf-8',
      warning: `damaged UTF-8: ${plural(damage.invalid, 'invalid byte sequence')} among ${damage.valid} valid ones, shown as U+FFFD`,
    };
  }
  const guesses = chardetGuesses(head);
  const candidates = unique([
    ...(shapedLikeUtf16 ? [shapedLikeUtf16] : []),
    ...(options.declared && isKnownEncoding(options.declared) ? [options.declared.toLowerCase()] : []),
    'windows-1256',
    'iso-8859-6',
    ...guesses,
  ]);
  let best: { encoding: string; score: number } | null = null;
  for (const encoding of candidates) {
    const score = scoreDecoding(decodeAs(head, encoding));
    if (score.arabic > 0 && score.plausible && (!best || score.value > best.score))
      best = { encoding, score: score.value };
  }
  if (best) {
    // A reading the container declared, or UTF-16 by its shape, is not a guess worth a warning.
    const declared = options.declared?.toLowerCase() === best.encoding || shapedLikeUtf16 === best.encoding;
    const fallback = declared
      ? undefined
      : `not UTF-8; read as ${best.encoding}, the encoding that gives the most Arabic`;
    return {
      text: decodeAs(bytes, best.encoding),
      encoding: best.encoding,
      ...(fallback ? { warning: fallback } : {}),
    };
  }
  const declared = options.declared?.toLowerCase();
  if (declared && isKnownEncoding(declared) && scoreDecoding(decodeAs(head, declared)).plausible) {
    return { text: decodeAs(bytes, declared), encoding: declared };
  }
  if (shapedLikeUtf16) return { text: decodeAs(bytes, shapedLikeUtf16), encoding: shapedLikeUtf16 };
  if (countMatches(decodeAs(head, 'latin1'), /[\u0000-\u0008\u000E-\u001F]/gu) > head.length / 100) {
    throw new InputError(source, 'binary data (control bytes), not text');
  }
  const guess = guesses[0] ? `; chardet guesses ${guesses[0]}` : '';
  throw new InputError(
    source,
    `not UTF-8, and neither windows-1256 nor ISO-8859-6 gives Arabic text${guess}; name the encoding with --encoding`,
  );
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, {
    stripBOM: true,
  });
}

/**
 * Multi-byte UTF-8 sequences that are well formed, and lead or continuation bytes that are not
 * part of one: damaged UTF-8 has many of the first and few of the second, while a legacy code page
 * read as UTF-8 has hardly any well-formed sequence.
 */
function utf8Damage(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 1) {
      i++;
      continue;
    }
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM: Arabic and ASCII text has a high byte of 0x06 or 0x00 in nearly every code
 * unit, all at even offsets (BE) or all at odd ones (LE). Returns the byte order, or null.
 */
function utf16Shape(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const units = Math.floor(head.length / 2);
  if (units < 2) return null;
  let highEven = 0;
  let highOdd = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0x00 || head[i] === 0x06) highEven++;
    if (head[i + 1] === 0x00 || head[i + 1] === 0x06) highOdd++;
  }
  if (highOdd >= units * 0.9 && highEven < units * 0.5) return 'utf-16le';
  if (highEven >= units * 0.9 && highOdd < units * 0.5) return 'utf-16be';
  return null;
}

function chardetGuesses(head: Uint8Array): string[] {
  return chardet
    .analyse(head)
    .slice(0, 3)
    .map((match) => match.name.toLowerCase())
    .filter((name) => isKnownEncoding(name));
}

interface DecodingScore {
  readonly value: number;
  readonly arabic: number;
  readonly plausible: boolean;
}

/** How much a decoding looks like Arabic text; see rule 5. */
export function scoreDecoding(text: string): DecodingScore {
  const arabic = countMatches(text, ARABIC_LETTER);
  const implausible = countMatches(text, IMPLAUSIBLE);
  const glued = countMatches(text, LATIN_GLUED_TO_ARABIC);
  const value = arabic + 5 * countMatches(text, ARTICLE_AL) - 10 * implausible - 5 * glued;
  // Most letters of an Arabic news text are Arabic; a stray ى among Latin words is a misreading.
  const mostlyArabic = arabic >= countMatches(text, LETTER) / 2;
  return { value, arabic: mostlyArabic ? arabic : 0, plausible: implausible <= text.length / 200 };
}

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
