import { describe, expect, it } from 'vitest';
import { timeNamed, timesIn } from './test-support.js';

const REF = '2025-04-17';

describe('decades', () => {
  it.each([
    ['هاجرت العائلة إلى كندا في الثمانينيات هرباً من الحرب.', 'الثمانينيات', '198'],
    ['وكانت العلاقات بين البلدين متوترة منذ تسعينات القرن الماضي.', 'تسعينات القرن الماضي', '199'],
    ['بُني السد في الستينيات من القرن العشرين.', 'الستينيات من القرن العشرين', '196'],
    ['تغيّرت المدينة كثيراً في عشرينيات القرن الحالي.', 'عشرينيات القرن الحالي', '202'],
    ['وشهدت الستينيات والسبعينيات موجة تأميم واسعة.', 'السبعينيات', '197'],
  ])('%s', (sentence, text, value) => {
    const t = timeNamed(sentence, REF, text);
    expect(t.kind).toBe('date');
    expect(t.value).toBe(value);
  });

  it('keeps a clitic outside the span, as for every time expression', () => {
    const sentence = 'ازدهرت الصناعة بالخمسينيات ثم تراجعت.';
    const t = timeNamed(sentence, REF, 'الخمسينيات');
    expect(sentence.slice(t.start, t.end)).toBe('الخمسينيات');
  });

  it('counts a century named relative to publication from the publication date, and leaves it unresolved without one', () => {
    expect(timeNamed('في ثمانينيات القرن الماضي', '2025-04-17', 'ثمانينيات القرن الماضي').anchor).toBe(
      'publication',
    );
    expect(timeNamed('في ثمانينيات القرن الماضي', null, 'ثمانينيات القرن الماضي').value).toBeNull();
    expect(timeNamed('في الثمانينيات', null, 'الثمانينيات').value).toBe('198');
  });

  it('takes a modifier before a decade', () => {
    expect(timeNamed('وُلد في أواخر السبعينيات.', REF, 'أواخر السبعينيات').mod).toBe('LATE');
  });

  it('reads no decade in a plural that is not one', () => {
    expect(
      timesIn('شارك في السباق عشرات المتسابقين من فئة الأربعين عاماً.', REF).map((t) => t.value),
    ).not.toContain('194');
  });
});
