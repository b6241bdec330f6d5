import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

function sentences(text: string, from?: number, to?: number): string[] {
  return splitSentences(text, from, to).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('ends a sentence at every line break, since a news line is a headline or a paragraph', () => {
    expect(sentences('عاجل: انفجار في بيروت\nقال مسؤولون إن الانفجار وقع ظهراً\r\nوأضافوا تفاصيل')).toEqual([
      'عاجل: انفجار في بيروت',
      'قال مسؤولون إن الانفجار وقع ظهراً',
      'وأضافوا تفاصيل',
    ]);
  });

  it('ends a sentence after . ! ? ؟ and … followed by whitespace', () => {
    expect(sentences('وصل الوفد. هل يتفقون؟ ربما! لننتظر… ثم نرى')).toEqual([
      'وصل الوفد.',
      'هل يتفقون؟',
      'ربما!',
      'لننتظر…',
      'ثم نرى',
    ]);
  });

  it('counts a run of terminators once', () => {
    expect(sentences('حقاً؟! نعم... انتهى')).toEqual(['حقاً؟!', 'نعم...', 'انتهى']);
  });

  it('keeps the dots of decimal numbers and URLs inside the sentence', () => {
    expect(sentences('نما الاقتصاد 3.5 بالمئة وفق موقع www.example.org/a.html اليوم. ثم تراجع')).toEqual([
      'نما الاقتصاد 3.5 بالمئة وفق موقع www.example.org/a.html اليوم.',
      'ثم تراجع',
    ]);
  });

  it('does not end a sentence inside a quotation that holds several sentences', () => {
    expect(sentences('وقال الوزير: «لن نتراجع. سنواصل العمل» ثم غادر. وانتهى اللقاء')).toEqual([
      'وقال الوزير: «لن نتراجع. سنواصل العمل» ثم غادر.',
      'وانتهى اللقاء',
    ]);
    expect(sentences('قال: “الوضع صعب. لكننا صامدون” وأضاف')).toHaveLength(1);
    expect(sentences('قال: "الوضع صعب. لكننا صامدون" وأضاف')).toHaveLength(1);
  });

  it('ends the sentence with a quotation that closes after a terminator', () => {
    expect(sentences('قال: «لن نتراجع.» وأضاف أن الحوار مستمر')).toEqual([
      'قال: «لن نتراجع.»',
      'وأضاف أن الحوار مستمر',
    ]);
  });

  it('does not let an unclosed quotation swallow the rest of its paragraph', () => {
    expect(sentences('قال: «لن نتراجع. ثم غادر القاعة. وانتهى')).toEqual([
      'قال: «لن نتراجع.',
      'ثم غادر القاعة.',
      'وانتهى',
    ]);
  });

  it('does not let a quotation cross a line break', () => {
    expect(sentences('قال: «أولاً\nثانياً» نعم')).toHaveLength(2);
  });

  it('does not end a sentence after an abbreviation', () => {
    expect(sentences('التقى د. أحمد بالمهندس م. خالد عام 300 ق.م. في المدينة')).toHaveLength(1);
    expect(sentences('Mr. Smith met officials')).toHaveLength(1);
  });

  it('does not end a sentence after initials, Arabic or Latin', () => {
    expect(sentences('نقلت أ.ف.ب عن مصدر و أ. ب. تؤكد')).toHaveLength(1);
    expect(sentences('وأكدت وكالة إ.ب.أ ذلك')).toHaveLength(1);
    expect(sentences('said U.S. officials today')).toHaveLength(1);
  });

  it('does not end a sentence after a list number that opens its line', () => {
    expect(sentences('1. وقف إطلاق النار\n٢. تبادل الأسرى')).toEqual([
      '1. وقف إطلاق النار',
      '٢. تبادل الأسرى',
    ]);
  });

  it('trims whitespace and invisible controls and drops empty sentences', () => {
    expect(sentences('  \u200Fانتهى الاجتماع.   \n\n  ')).toEqual(['انتهى الاجتماع.']);
  });

  it('splits only inside the range asked for, with offsets into the whole text', () => {
    const text = 'عنوان الخبر. نص الخبر. ذيل';
    const from = text.indexOf('نص');
    const spans = splitSentences(text, from, text.indexOf('ذيل'));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['نص الخبر.']);
  });
});
