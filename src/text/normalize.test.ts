import { describe, expect, it } from 'vitest';
import { foldArabic, foldCodePoint, normalizeArabic, toOriginalSpan } from './normalize.js';

/** The original text behind every normalised unit, for checking the offset map. */
function originalOf(text: string, start: number, end: number): string {
  const normalized = normalizeArabic(text);
  const span = toOriginalSpan(normalized, start, end);
  return text.slice(span.start, span.end);
}

describe('normalizeArabic rules', () => {
  it('drops invisible controls: zero-width joiners, bidi marks and isolates, BOM, soft hyphen', () => {
    expect(foldArabic('\uFEFFال\u200Fرئيس\u2067 قال\u202B\u00AD')).toBe('الرئيس قال');
  });

  it('drops diacritics: harakat, tanwin, shadda, sukun and superscript alef', () => {
    expect(foldArabic('مُحَمَّدٌ قَرَأَ الكِتَابَ')).toBe('محمد قرا الكتاب');
    expect(foldArabic('هٰذا')).toBe('هذا');
  });

  it('drops Quranic annotation marks', () => {
    expect(foldArabic('الرحيمِۖ')).toBe('الرحيم');
  });

  it('drops tatweel used to stretch headlines', () => {
    expect(foldArabic('عـــاجل')).toBe('عاجل');
  });

  it('unfolds presentation-form ligatures into ordinary letters', () => {
    expect(foldArabic('\uFEFB')).toBe('لا');
    expect(foldArabic('\uFDF2')).toBe('الله');
    expect(foldArabic('\uFE8D\uFEDF\uFEE4\uFEAE\uFE8E\uFE97')).toBe('المرات');
  });

  it('drops an isolated haraka presentation form together with the space NFKC gives it', () => {
    expect(foldArabic('ب\uFE76')).toBe('ب');
  });

  it('keeps the spaces of a multi-word ligature', () => {
    expect(foldArabic('\uFDFA')).toContain(' ');
  });

  it('folds alef with hamza above or below, alef madda and alef wasla to bare alef', () => {
    expect(foldArabic('أحمد إبراهيم آمال ٱلقدس')).toBe('احمد ابراهيم امال القدس');
  });

  it('folds alef maqsura into yeh by default, and keeps it when asked', () => {
    expect(foldArabic('مستشفى')).toBe('مستشفي');
    expect(foldArabic('مستشفى', { alefMaqsura: false })).toBe('مستشفى');
  });

  it('keeps teh marbuta by default, and folds it into heh when asked', () => {
    expect(foldArabic('مدينة')).toBe('مدينة');
    expect(foldArabic('مدينة', { tehMarbuta: true })).toBe('مدينه');
  });

  it('turns Arabic-Indic and Persian digits into ASCII digits', () => {
    expect(foldArabic('٢٠٢٤ و۱۴۰۳')).toBe('2024 و1403');
  });

  it('turns Arabic punctuation and typographic quotes into ASCII', () => {
    expect(foldArabic('قال، «نعم»؛ لماذا؟ ٣٫٥٪ “هنا”')).toBe('قال, "نعم"; لماذا? 3.5% "هنا"');
  });

  it('lower-cases Latin and other one-unit cased letters', () => {
    expect(foldArabic('NATO و UN وΑΘΗΝΑ')).toBe('nato و un وαθηνα');
  });

  it('leaves a letter whose lower case is longer alone, so the offset map stays one to one', () => {
    expect(foldArabic('İ')).toBe('İ');
  });
});

describe('the offset map', () => {
  it('maps a match in normalised text back to the original word with its diacritics', () => {
    const text = 'قال الرَّئِيسُ إنّ';
    const start = foldArabic(text).indexOf('الرئيس');
    expect(originalOf(text, start, start + 'الرئيس'.length)).toBe('الرَّئِيسُ');
  });

  it('gives a dropped diacritic or tatweel to the letter before it, not to the next word', () => {
    const text = 'وفداً من';
    const normalized = normalizeArabic(text);
    const end = normalized.text.indexOf(' ');
    expect(originalOf(text, 0, end)).toBe('وفداً');
    expect(normalized.starts[end]).toBe(text.indexOf(' '));
  });

  it('does not give an invisible control to the letter before it', () => {
    const text = 'كابل\u200F';
    expect(originalOf(text, 0, 4)).toBe('كابل');
  });

  it('maps every unit of an unfolded ligature to the whole ligature', () => {
    const text = 'و\uFEFB';
    const normalized = normalizeArabic(text);
    expect(normalized.text).toBe('ولا');
    expect([...normalized.starts]).toEqual([0, 1, 1]);
    expect([...normalized.ends]).toEqual([1, 2, 2]);
  });

  it('keeps a surrogate pair together and a lone surrogate as it is', () => {
    const text = 'a😀b\uD800c';
    const normalized = normalizeArabic(text);
    expect(normalized.text).toBe(text);
    expect([...normalized.starts]).toEqual([0, 1, 1, 3, 4, 5]);
  });

  it('maps empty spans and spans past the end into the original', () => {
    const normalized = normalizeArabic('سلامٌ');
    expect(toOriginalSpan(normalized, 2, 2)).toEqual({ start: 2, end: 2 });
    expect(toOriginalSpan(normalized, 4, 9)).toEqual({ start: 5, end: 5 });
    expect(toOriginalSpan(normalized, 0, 9)).toEqual({ start: 0, end: 5 });
  });

  it('applies the rules identically on the fast path for every BMP code unit', () => {
    const options = { alefMaqsura: true, tehMarbuta: false };
    const mismatches: number[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCharCode(cp);
      if (foldArabic(`x${char}`) !== `x${foldCodePoint(cp, char, options)}`) mismatches.push(cp);
    }
    expect(mismatches).toEqual([]);
  });
});
