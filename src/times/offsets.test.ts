import fc from 'fast-check';
import { expect, it } from 'vitest';
import { timesIn } from './test-support.js';

// Pieces that make and break time expressions, glued at random with spaces, punctuation,
// diacritics, tatweel, line breaks and presentation forms.
const PIECES = [
  'في',
  'وفي',
  'منذ',
  'بين',
  'من',
  'إلى',
  'و',
  'مطلع',
  'نحو',
  'يوم',
  'مساء',
  'قبل',
  'بعد',
  'كل',
  '15',
  '٢٠٢٤',
  '2019',
  '3',
  '12/8',
  '17/04/2025',
  '2019-2021',
  '1446',
  'هـ',
  'م',
  'مارس',
  'آذار',
  'كانون الثاني',
  'جانفي',
  'رمضان',
  'ذي الحجة',
  'الخميس',
  'الاثنين',
  'أمس',
  'أول أمس',
  'اليوم',
  'غداً',
  'العام',
  'الماضي',
  'المقبل',
  'الجاري',
  'الأسبوع',
  'عام',
  'عاماً',
  'أيام',
  'يومين',
  'الخامس عشر',
  'الرابع',
  'ﻣﺎﺭﺱ',
  'مَارِس',
  'ـ',
  '(',
  ')',
  '/',
  '،',
  '.',
  '\n',
  'مقاتل',
];

it('keeps every time inside the text, in order, without overlap, whatever the input', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }),
      fc.array(fc.constantFrom(' ', '', '  ', '\u200f'), { minLength: 25, maxLength: 25 }),
      fc.constantFrom('2025-04-17', '2024-02-29', null),
      (pieces, gaps, reference) => {
        const text = pieces.map((p, i) => p + (gaps[i] ?? ' ')).join('');
        let previousEnd = 0;
        for (const t of timesIn(text, reference)) {
          expect(t.start).toBeGreaterThanOrEqual(previousEnd);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          if (t.anchor === 'unresolved') expect(t.value).toBeNull();
          previousEnd = t.end;
        }
      },
    ),
    { numRuns: 400 },
  );
});
