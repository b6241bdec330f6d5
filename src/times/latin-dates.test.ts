import { describe, expect, it } from 'vitest';
import { findLatinDates, withLatinDates } from './latin-dates.js';
import { findTimeExpressions } from './scan.js';
import { arabicTimeLexicon } from './stage.js';

const dates = (text: string) =>
  findLatinDates(text).map((d) => ({ text: text.slice(d.start, d.end), reading: d.reading }));

describe('dates in Latin letters inside Arabic text', () => {
  it('month first, day first with an ordinal, and a French dateline', () => {
    expect(dates('نشرت التغريدة في October 14, 2022 وحذفت لاحقاً')).toEqual([
      {
        text: 'October 14, 2022',
        reading: { type: 'date', calendar: 'gregorian', year: 2022, month: 10, day: 14 },
      },
    ]);
    expect(dates('آخر تحديث 21st, Nov 2019')[0]?.reading).toMatchObject({ year: 2019, month: 11, day: 21 });
    expect(dates('الرباط في 7 juillet 2020')[0]?.reading).toMatchObject({ year: 2020, month: 7, day: 7 });
  });

  it('a name alone, a day the calendar lacks and a word that contains a name are not dates', () => {
    expect(dates('قال إنه may يعود في march المقبل')).toEqual([]);
    expect(dates('February 30, 2021')).toEqual([]);
    expect(dates('Marchetti 12, 2020')).toEqual([]);
  });

  it('Arabic expressions keep their range links when Latin dates are merged in', () => {
    const text = 'من 3 إلى 5 مايو 2024، ثم March 2, 2025.';
    const arabic = findTimeExpressions(text, arabicTimeLexicon());
    const merged = withLatinDates(arabic, findLatinDates(text));
    expect(merged).toHaveLength(arabic.length + 1);
    for (const [k, e] of merged.entries()) {
      if (e.rangeTo !== undefined) expect(merged[e.rangeTo]?.rangeFrom).toBe(k);
    }
  });

  it('a strict month name behind a glued ب is not a month: باب is a door', () => {
    const text = 'عبرت القافلة معبر باب السلامة نحو الشمال.';
    expect(findTimeExpressions(text, arabicTimeLexicon())).toEqual([]);
  });
});
