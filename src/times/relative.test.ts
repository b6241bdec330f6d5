import { describe, expect, it } from 'vitest';
import { timeNamed, timesIn } from './test-support.js';

// 2024-03-14 is a Thursday.
const REF = '2024-03-14';

describe('day words', () => {
  it.each([
    ['أعلن الجيش اليوم انتهاء العملية.', 'اليوم', '2024-03-14'],
    ['قالت الشرطة أمس إن المشتبه به فر.', 'أمس', '2024-03-13'],
    ['وصلت القافلة أول أمس إلى الحدود.', 'أول أمس', '2024-03-12'],
    ['تنطلق المحادثات غداً في مسقط.', 'غداً', '2024-03-15'],
    ['يصل الوزير بعد غد إلى الجزائر.', 'بعد غد', '2024-03-16'],
    ['هطلت أمطار غزيرة مساء أمس على الساحل.', 'مساء أمس', '2024-03-13'],
    ['تواصل البحث عن المفقودين طوال نهار أمس.', 'نهار أمس', '2024-03-13'],
  ])('%s', (sentence, text, value) => {
    const t = timeNamed(sentence, REF, text);
    expect(t.value).toBe(value);
    expect(t.anchor).toBe('publication');
  });

  it('does not read اليوم التالي or اليوم العالمي as today', () => {
    expect(timesIn('وفي اليوم التالي انسحبت القوات.', REF)).toEqual([]);
    expect(timesIn('احتفلت المنظمة باليوم العالمي للمياه.', REF)).toEqual([]);
  });
});

describe('periods placed by a relation', () => {
  it.each([
    ['ارتفعت الأسعار الأسبوع الماضي.', 'الأسبوع الماضي', '2024-W10'],
    ['تُعلن النتائج الأسبوع المقبل.', 'الأسبوع المقبل', '2024-W12'],
    ['تراجعت الصادرات الشهر الماضي.', 'الشهر الماضي', '2024-02'],
    ['ينتهي العقد الشهر الجاري.', 'الشهر الجاري', '2024-03'],
    ['تضاعف العجز العام الماضي.', 'العام الماضي', '2023'],
    ['تُجرى الانتخابات السنة المقبلة.', 'السنة المقبلة', '2025'],
    ['تحسن الأداء هذا العام.', 'هذا العام', '2024'],
  ])('%s', (sentence, text, value) => {
    expect(timeNamed(sentence, REF, text).value).toBe(value);
  });
});

describe('offsets with قبل and بعد', () => {
  it.each([
    ['أُعلنت الهدنة قبل ثلاثة أيام.', 'قبل ثلاثة أيام', '2024-03-11'],
    ['اختفى الصحفي قبل يومين.', 'قبل يومين', '2024-03-12'],
    ['تنتهي الولاية بعد ستة أشهر.', 'بعد ستة أشهر', '2024-09'],
    ['تأسس الحزب قبل عشرين عاما.', 'قبل عشرين عاما', '2004'],
    ['أُغلق المصنع قبل عقدين.', 'قبل عقدين', '2004'],
  ])('%s', (sentence, text, value) => {
    expect(timeNamed(sentence, REF, text).value).toBe(value);
  });

  it('counts from an event, not publication, when من follows: a duration', () => {
    const t = timeNamed('انسحب الجيش بعد ثلاثة أيام من الهجوم.', REF, 'ثلاثة أيام');
    expect(t.kind).toBe('duration');
    expect(t.value).toBe('P3D');
  });
});

describe('months without a year', () => {
  it.each([
    ['زار الوفد القاهرة في فبراير الماضي.', 'فبراير الماضي', '2024-02'],
    ['وقعت الحادثة في أبريل الماضي.', 'أبريل الماضي', '2023-04'],
    ['وقعت الحادثة في آذار الماضي.', 'آذار الماضي', '2023-03'],
    ['تُفتتح القمة في يونيو المقبل.', 'يونيو المقبل', '2024-06'],
    ['تُستأنف المفاوضات في يناير المقبل.', 'يناير المقبل', '2025-01'],
    ['تم الاتفاق في 2 مارس الجاري.', '2 مارس الجاري', '2024-03-02'],
    ['وصل الرئيس في 20 ديسمبر الماضي.', '20 ديسمبر الماضي', '2023-12-20'],
    ['انعقد المؤتمر في يونيو من العام الماضي.', 'يونيو من العام الماضي', '2023-06'],
    ['تنطلق الحملة في 5 مايو.', '5 مايو', '2024-05-05'],
  ])('%s', (sentence, text, value) => {
    const t = timeNamed(sentence, REF, text);
    expect(t.value).toBe(value);
    expect(t.anchor).toBe('publication');
    expect(t.conflict).toBeUndefined();
  });
});

describe('modifiers', () => {
  it.each([
    ['انخفضت الأسعار مطلع الشهر الجاري.', 'مطلع الشهر الجاري', '2024-03', 'EARLY'],
    ['توقف القتال أوائل العام الماضي.', 'أوائل العام الماضي', '2023', 'EARLY'],
    ['تُجرى الانتخابات منتصف العام المقبل.', 'منتصف العام المقبل', '2025', 'MID'],
    ['أُغلق المعبر أواخر فبراير الماضي.', 'أواخر فبراير الماضي', '2024-02', 'LATE'],
    ['توقفت الرحلات نهاية 2022.', 'نهاية 2022', '2022', 'LATE'],
    ['تنتهي أشغال الطريق السيار في متم السنة الجارية.', 'متم السنة الجارية', '2024', 'LATE'],
    ['شُيّد القصر حوالي عام 1900.', 'حوالي عام 1900', '1900', 'APPROX'],
  ])('%s', (sentence, text, value, mod) => {
    const t = timeNamed(sentence, REF, text);
    expect(t.value).toBe(value);
    expect(t.mod).toBe(mod);
  });

  it('does not take نحو before a count as an approximate year', () => {
    expect(timesIn('شارك نحو 2000 متطوع في الحملة.', REF)).toEqual([]);
  });
});

describe('no publication date', () => {
  it('leaves relative times unresolved and absolute ones as stated', () => {
    const times = timesIn('قال الوزير أمس إن الاتفاق الموقع في 3 يونيو 2021 ما زال ساريا.', null);
    expect(times.map((t) => [t.text, t.value, t.anchor])).toEqual([
      ['أمس', null, 'unresolved'],
      ['3 يونيو 2021', '2021-06-03', 'absolute'],
    ]);
  });
});

describe('rules added after the fresh dev set', () => {
  it('reads a year after من when a part of a year comes before it', () => {
    expect(timeNamed('تراجعت المبيعات في النصف الأول من 2023.', REF, '2023').value).toBe('2023');
    expect(timesIn('قُتل أكثر من 2023 شخصا.', REF)).toEqual([]);
  });

  it('reads a bare unit after بعد … من as a duration', () => {
    const t = timeNamed('استقال الوزير بعد شهر من تعيينه.', REF, 'شهر');
    expect([t.kind, t.value]).toEqual(['duration', 'P1M']);
  });

  it('reads كل with a count as a set', () => {
    const t = timeNamed('تُجرى الانتخابات كل أربع سنوات.', REF, 'كل أربع سنوات');
    expect([t.kind, t.value]).toEqual(['set', 'P4Y']);
  });

  it('reads اليوم before a definite noun that is not an adjective of the day', () => {
    expect(timeNamed('تحل اليوم الذكرى العاشرة للثورة.', REF, 'اليوم').value).toBe('2024-03-14');
    expect(timesIn('انتهى اليوم الأول من المؤتمر.', REF)).toEqual([]);
  });

  it('reads a day and month without a year only after في or بتاريخ', () => {
    expect(timeNamed('صدر القرار في 3/2 الماضي.', REF, '3/2').value).toBe('2024-02-03');
    expect(timesIn('المتجر مفتوح 24/7 طوال الأسبوع.', REF).map((t) => t.text)).not.toContain('24/7');
  });

  it('pairs two days joined by و after يومي', () => {
    const times = timesIn('تُعقد القمة يومي 20 و21 مارس الجاري.', REF);
    expect(times.map((t) => [t.text, t.value])).toEqual([
      ['20', '2024-03-20'],
      ['21 مارس الجاري', '2024-03-21'],
    ]);
  });

  it('needs a dated context for a month name alone', () => {
    expect(timesIn('أصدرت الفرقة أغنية «نيسان» وألبوم «يناير».', REF)).toEqual([]);
    expect(timeNamed('تراجعت الصادرات خلال شهري يناير وفبراير.', REF, 'فبراير').value).toBe('2024-02');
  });
});

describe('a day of a month placed by a relation', () => {
  it.each([
    ['تنتهي المهلة في الثالث والعشرين من الشهر الجاري.', 'الثالث والعشرين من الشهر الجاري', '2024-03-23'],
    ['يُعقد الاجتماع في 5 من الشهر المقبل.', '5 من الشهر المقبل', '2024-04-05'],
    ['بدأ الإضراب في العاشر من الشهر الماضي.', 'العاشر من الشهر الماضي', '2024-02-10'],
  ])('%s', (sentence, text, value) => {
    const t = timeNamed(sentence, REF, text);
    expect(t.value).toBe(value);
    expect(t.anchor).toBe('publication');
  });
});

describe("the narrative's year", () => {
  it('gives a month without a year the year of an earlier date in its sentence', () => {
    const sentence = 'اندلعت الاحتجاجات أواخر عام 2019، وبلغت ذروتها في الأسبوع الأخير من أكتوبر.';
    const october = timeNamed(sentence, REF, 'أكتوبر');
    expect(october.value).toBe('2019-10');
    expect(october.yearFrom).toBe(timeNamed(sentence, REF, 'أواخر عام 2019').id);
  });

  it('stops at the end of the sentence, and never overrides a relation or a range end', () => {
    expect(timeNamed('تأسس الحزب عام 2005. وفي أكتوبر يعقد مؤتمره.', REF, 'أكتوبر').value).toBe('2024-10');
    expect(timeNamed('بدأت الأزمة عام 2019، ثم هدأت في يناير الماضي.', REF, 'يناير الماضي').value).toBe(
      '2024-01',
    );
    expect(timeNamed('استمر الحصار منذ عام 2011 حتى مارس.', REF, 'مارس').yearFrom).toBeUndefined();
  });
});

describe('اليوم ending the name of an outlet', () => {
  it('is not today after an outlet noun and one or two words of its name', () => {
    expect(timesIn('نقل موقع الشروق اليوم عن مصادر أن الوفد وصل.', REF)).toEqual([]);
    expect(timesIn('ذكرت صحيفة أخبار الخليج اليوم أن الطريق أغلق.', REF)).toEqual([]);
  });

  it('is today when a weekday follows it, or when no outlet noun stands before it', () => {
    expect(timeNamed('قالت قناة الجزيرة اليوم الخميس إن القصف توقف.', REF, 'اليوم الخميس').value).toBe(
      '2024-03-14',
    );
    expect(timeNamed('أعلن وزير الصحة اليوم افتتاح المستشفى.', REF, 'اليوم').value).toBe('2024-03-14');
  });
});
