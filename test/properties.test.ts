/**
 * Offset invariants on arbitrary input, Lucene's `testRandomStrings` in spirit: whatever the text —
 * lone surrogates, bidi controls, stray marks, presentation forms, long runs of one character —
 * nothing throws and every span stays inside the text it points into.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../src/analyze/analyze.js';
import { cliticAnalyses } from '../src/text/clitics.js';
import { foldArabic, normalizeArabic } from '../src/text/normalize.js';
import { findNumbers } from '../src/text/numbers.js';
import { splitSentences } from '../src/text/sentences.js';
import { tokenize } from '../src/text/tokenize.js';

const range = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((cp) => String.fromCodePoint(cp));

const character = fc.oneof(
  range(0x0621, 0x064a), // Arabic letters
  range(0x064b, 0x065f), // harakat, tanwin, shadda, sukun
  fc.constantFrom('\u0640', '\u0670', '\u06D6', '\u06E1'), // tatweel, superscript alef, Quranic marks
  range(0xfb50, 0xfdff), // presentation forms A
  range(0xfe70, 0xfeff), // presentation forms B and the BOM
  fc.constantFrom(
    ...'\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200F\u200E\u200B\u200C\u200D\u00AD',
  ),
  range(0x0300, 0x036f), // combining marks
  fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', '𝟘'), // lone surrogates and pairs
  range(0x0660, 0x0669), // Arabic-Indic digits
  range(0x06f0, 0x06f9), // Persian digits
  range(0x30, 0x39),
  fc.constantFrom(...'.!?؟…«»“”"\'()،؛٫٬,:-/%#@'),
  fc.constantFrom(' ', ' ', '\n', '\r\n', '\t', '\u00A0', '\u2029'),
  range(0x41, 0x7a),
  fc.constantFrom('ثلاثة', 'عشر', 'آلاف', ' و', 'الحادي', 'مليون', 'د.', 'أ.ف.ب', 'https://x.org/a.b', '3.5'),
);

const runOfOne = fc.tuple(character, fc.integer({ min: 2, max: 300 })).map(([ch, times]) => ch.repeat(times));

const arbitraryText = fc
  .array(fc.oneof({ weight: 12, arbitrary: character }, { weight: 1, arbitrary: runOfOne }), {
    maxLength: 120,
  })
  .map((parts) => parts.join(''));

const RUNS = { numRuns: 300 };

function expectSpan(span: { start: number; end: number }, length: number): void {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
  expect(0 <= span.start && span.start <= span.end && span.end <= length).toBe(true);
}

/** Every object anywhere in `value` with numeric start and end, wherever a stage put it. */
function* spansIn(value: unknown): Generator<{ start: number; end: number }> {
  if (Array.isArray(value)) {
    for (const item of value) yield* spansIn(item);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number') {
      yield { start: record.start, end: record.end };
    }
    for (const child of Object.values(record)) yield* spansIn(child);
  }
}

describe('offset invariants on arbitrary text', () => {
  it('normalizeArabic maps every unit into the original, in order, and each span refolds to its units', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const n = normalizeArabic(text);
        expect(n.starts.length).toBe(n.text.length);
        expect(n.ends.length).toBe(n.text.length);
        // Plain checks in the per-unit loop: expect() per unit would dominate the run time.
        let i = 0;
        while (i < n.text.length) {
          const start = n.starts[i] as number;
          const end = n.ends[i] as number;
          if (!(0 <= start && start < end && end <= text.length))
            throw new Error(`unit ${i}: [${start}, ${end})`);
          if (i > 0 && start < (n.starts[i - 1] as number)) throw new Error(`unit ${i}: start goes back`);
          let j = i;
          while (j < n.text.length && n.starts[j] === start) j++;
          expect(foldArabic(text.slice(start, end))).toBe(n.text.slice(i, j));
          i = j;
        }
      }),
      RUNS,
    );
  });

  it('foldArabic is exactly the text normalizeArabic gives, with every option', () => {
    fc.assert(
      fc.property(arbitraryText, fc.boolean(), fc.boolean(), (text, alefMaqsura, tehMarbuta) => {
        const options = { alefMaqsura, tehMarbuta };
        expect(foldArabic(text, options)).toBe(normalizeArabic(text, options).text);
      }),
      RUNS,
    );
  });

  it('tokenize returns ordered, non-overlapping tokens whose text is their slice', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        let previousEnd = 0;
        for (const token of tokenize(text)) {
          expectSpan(token, text.length);
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.text).toBe(text.slice(token.start, token.end));
          previousEnd = token.end;
          for (const analysis of cliticAnalyses(token.text)) {
            expect(0 <= analysis.stemStart && analysis.stemStart <= analysis.stemEnd).toBe(true);
            expect(analysis.stemEnd).toBeLessThanOrEqual(token.text.length);
            expect(analysis.stem).toBe(token.text.slice(analysis.stemStart, analysis.stemEnd));
          }
        }
      }),
      RUNS,
    );
  });

  it('splitSentences returns ordered, non-empty sentences that never cross a line break', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        let previousEnd = 0;
        for (const sentence of splitSentences(text)) {
          expectSpan(sentence, text.length);
          expect(sentence.end).toBeGreaterThan(sentence.start);
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(text.slice(sentence.start, sentence.end)).not.toMatch(/[\n\r\u2029]/);
          previousEnd = sentence.end;
        }
      }),
      RUNS,
    );
  });

  it('findNumbers returns ordered, non-overlapping numbers with finite values', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        let previousEnd = 0;
        for (const number of findNumbers(text)) {
          expectSpan(number, text.length);
          expect(number.start).toBeGreaterThanOrEqual(previousEnd);
          expect(Number.isFinite(number.value)).toBe(true);
          previousEnd = number.end;
        }
      }),
      RUNS,
    );
  });

  it('analyzeDocument never throws and keeps every span of every stage inside the text', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const analysis = analyzeDocument({ text }, { publishedOverride: '2024-04-20' });
        expect(analysis.text).toBe(text);
        for (const span of spansIn(JSON.parse(JSON.stringify(analysis)))) expectSpan(span, text.length);
      }),
      { numRuns: 150 },
    );
  });
});
