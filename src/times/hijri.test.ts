import { describe, expect, it } from 'vitest';
import { fromHijri, isoWeek, toHijri } from './calendar.js';
import { timeNamed, timesIn } from './test-support.js';

const REF = '2025-04-17';

describe('Umm al-Qura conversion', () => {
  it('round-trips every day of a span of years', () => {
    for (let day = 0; day < 800; day += 7) {
      const g = { year: 2023, month: 1, day: 1 + day };
      const normal = new Date(Date.UTC(g.year, g.month - 1, g.day));
      const date = {
        year: normal.getUTCFullYear(),
        month: normal.getUTCMonth() + 1,
        day: normal.getUTCDate(),
      };
      expect(fromHijri(toHijri(date))).toEqual(date);
    }
  });

  it('has no 30th day in a 29-day month', () => {
    const first = fromHijri({ year: 1446, month: 9, day: 1 });
    const shawwal = fromHijri({ year: 1446, month: 10, day: 1 });
    expect(first && shawwal).toBeTruthy();
    const length =
      (Date.UTC(shawwal?.year ?? 0, (shawwal?.month ?? 1) - 1, shawwal?.day) -
        Date.UTC(first?.year ?? 0, (first?.month ?? 1) - 1, first?.day)) /
      86_400_000;
    expect(fromHijri({ year: 1446, month: 9, day: 30 }) === null).toBe(length === 29);
  });

  it('writes ISO weeks across the year boundary', () => {
    expect(isoWeek({ year: 2024, month: 12, day: 30 })).toBe('2025-W01');
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toBe('2020-W53');
  });
});

describe('Hijri dates in text', () => {
  it('converts a full Hijri date and keeps the Hijri reading', () => {
    const t = timeNamed('أُقيمت الصلاة في الأول من شوال 1446 هـ في الحرم.', REF, 'الأول من شوال 1446 هـ');
    expect(t.hijri).toBe('1446-10-01');
    const back = toHijri({
      year: Number(t.value?.slice(0, 4)),
      month: Number(t.value?.slice(5, 7)),
      day: Number(t.value?.slice(8, 10)),
    });
    expect(back).toEqual({ year: 1446, month: 10, day: 1 });
    expect(t.anchor).toBe('absolute');
  });

  it('reads a Hijri month with its year as the Gregorian month of its middle', () => {
    const t = timeNamed('تضاعف عدد الزوار في شعبان 1445 مقارنة بالعام السابق.', REF, 'شعبان 1445');
    expect(t.hijri).toBe('1445-08');
    const middle = fromHijri({ year: 1445, month: 8, day: 15 });
    expect(t.value).toBe(`${middle?.year}-${String(middle?.month).padStart(2, '0')}`);
  });

  it('reads two-word month names and the genitive ذي', () => {
    expect(timeNamed('صدر النظام في 5 ذي الحجة 1444 هـ.', REF, '5 ذي الحجة 1444 هـ').hijri).toBe(
      '1444-12-05',
    );
    expect(timeNamed('افتُتح المسجد في ربيع الآخر 1440.', REF, 'ربيع الآخر 1440').hijri).toBe('1440-04');
  });

  it('reads a numeric Hijri date with its marker', () => {
    expect(timeNamed('صدر القرار بتاريخ 3/9/1446هـ.', REF, '3/9/1446هـ').hijri).toBe('1446-09-03');
  });

  it('does not read a name as a Hijri month', () => {
    expect(timesIn('التقى رجب طيب أردوغان بالشيخ رمضان عبد الله.', REF)).toEqual([]);
  });
});

describe('Hijri months without a year', () => {
  // 2025-04-17 is 19 Shawwal 1446.
  it('takes the Hijri year of publication, or the one a relation points to', () => {
    const past = timeNamed('ارتفعت المبيعات خلال رمضان الماضي.', REF, 'رمضان الماضي');
    expect(past.hijri).toBe('1446-09');
    expect(past.anchor).toBe('publication');
    expect(timeNamed('يبدأ موسم الحج في ذي الحجة المقبل.', REF, 'ذي الحجة المقبل').hijri).toBe('1446-12');
    const day = timeNamed('أُعلنت النتائج في 5 شوال.', REF, '5 شوال');
    expect(day.hijri).toBe('1446-10-05');
    expect(
      toHijri({
        year: Number(day.value?.slice(0, 4)),
        month: Number(day.value?.slice(5, 7)),
        day: Number(day.value?.slice(8)),
      }),
    ).toEqual({ year: 1446, month: 10, day: 5 });
  });

  it('still needs a day or a relation before a bare name', () => {
    expect(timesIn('قال رمضان إن شعبان سيحضر.', REF)).toEqual([]);
  });
});
