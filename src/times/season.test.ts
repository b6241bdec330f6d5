import { describe, expect, it } from 'vitest';
import { timeNamed, timesIn } from './test-support.js';

const REF = '2025-04-17';

describe('seasons', () => {
  it.each([
    ['اندلعت الاحتجاجات في صيف 2024 واستمرت أسابيع.', 'صيف 2024', '2024-SU', 'absolute'],
    ['وقعت الفيضانات في شتاء عام 2023.', 'شتاء عام 2023', '2023-WI', 'absolute'],
    ['بدأت المفاوضات في ربيع العام الماضي.', 'ربيع العام الماضي', '2024-SP', 'publication'],
    ['ستجرى الانتخابات في خريف من العام المقبل.', 'خريف من العام المقبل', '2026-FA', 'publication'],
    ['تضررت المحاصيل خلال الشتاء الماضي.', 'الشتاء الماضي', '2024-WI', 'publication'],
    ['تراجعت الأسعار الصيف الماضي.', 'الصيف الماضي', '2024-SU', 'publication'],
    ['يتوقع أن تكتمل الأعمال الربيع المقبل.', 'الربيع المقبل', '2026-SP', 'publication'],
  ])('%s', (sentence, text, value, anchor) => {
    const t = timeNamed(sentence, REF, text);
    expect(t.value).toBe(value);
    expect(t.anchor).toBe(anchor);
  });

  it('places a winter named as current in the winter the publication date falls in', () => {
    expect(timeNamed('اشتد البرد هذا الشتاء الحالي.', '2025-01-20', 'الشتاء الحالي').value).toBe('2024-WI');
  });

  it('gives no season to a Hijri year, whose seasons drift', () => {
    const times = timesIn('وقعت المعركة في صيف 1445 هـ.', REF);
    expect(times.filter((t) => /-(SP|SU|FA|WI)$/u.test(t.value ?? ''))).toEqual([]);
  });

  it('does not read a season noun alone, the Arab Spring or a Hijri month as a season', () => {
    const sentence = 'تحدث عن الربيع العربي وعن أجواء الصيف في المدينة خلال ربيع الأول.';
    expect(timesIn(sentence, REF).filter((t) => /-(SP|SU|FA|WI)$/u.test(t.value ?? ''))).toEqual([]);
  });
});
