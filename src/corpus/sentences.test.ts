import { describe, expect, it } from 'vitest';
import { sentenceAround } from './sentences.js';

const cited = (text: string, word: string, to = word) => {
  const start = text.indexOf(word);
  const span = sentenceAround(text, start, text.indexOf(to) + to.length);
  return text.slice(span.start, span.end);
};

describe('sentenceAround', () => {
  it('cites the sentence holding the span', () => {
    const text = 'وصل الوفد إلى الدوحة. وبدأت المحادثات مساء الأحد.';
    expect(cited(text, 'المحادثات')).toBe('وبدأت المحادثات مساء الأحد.');
  });

  it('a span across a boundary is cited whole', () => {
    const text = 'وصل الوفد إلى الدوحة. وبدأت المحادثات مساء الأحد. ثم انتهت.';
    expect(cited(text, 'الدوحة', 'المحادثات')).toBe('وصل الوفد إلى الدوحة. وبدأت المحادثات مساء الأحد.');
  });

  it('an abbreviation does not end the sentence', () => {
    const text = 'قال د. خالد المنصوري إن الحصيلة سترتفع.';
    expect(cited(text, 'الحصيلة')).toBe(text);
  });

  it('a quotation holding several sentences is one sentence', () => {
    const text = 'قال الوزير: «الوضع صعب. نحتاج إلى مساعدات» ثم غادر القاعة. وانتهى اللقاء.';
    expect(cited(text, 'غادر')).toBe('قال الوزير: «الوضع صعب. نحتاج إلى مساعدات» ثم غادر القاعة.');
  });

  it('a decimal number does not end the sentence', () => {
    const text = 'بلغت قوة الزلزال 6.8 درجات على مقياس ريختر.';
    expect(cited(text, 'ريختر')).toBe(text);
  });

  it('only the lines the span touches are split: a line break ends a sentence', () => {
    const text = 'عنوان الخبر\nوصل الوفد إلى الدوحة';
    expect(cited(text, 'الدوحة')).toBe('وصل الوفد إلى الدوحة');
  });

  it('the citation covers a span lying in whitespace', () => {
    const text = 'جملة أولى.   جملة ثانية.';
    const span = sentenceAround(text, 11, 12);
    expect(span.start).toBeLessThanOrEqual(11);
    expect(span.end).toBeGreaterThanOrEqual(12);
  });
});
