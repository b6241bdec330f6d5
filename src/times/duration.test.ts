import { describe, expect, it } from 'vitest';
import { timeNamed, timesIn } from './test-support.js';

const REF = '2025-04-17';

describe('durations', () => {
  it.each([
    ['حكم البلاد 30 عاماً.', '30 عاماً', 'P30Y'],
    ['استمر الإضراب عشرة أيام.', 'عشرة أيام', 'P10D'],
    ['مُنح المستأجرون مهلة شهر واحد.', 'شهر واحد', 'P1M'],
    ['قضى في المنفى عقدين.', 'عقدين', 'P20Y'],
    ['أغلقت الحدود 48 ساعة.', '48 ساعة', 'PT48H'],
    ['مُدّد التفويض لمدة عام.', 'عام', 'P1Y'],
    ['يحتاج الإصلاح إلى ثلاث سنوات.', 'ثلاث سنوات', 'P3Y'],
    ['استغرق التحقيق أسبوعين.', 'أسبوعين', 'P2W'],
    ['يسكن الحي منذ خمسة عشر عاما.', 'خمسة عشر عاما', 'P15Y'],
  ])('%s', (sentence, text, value) => {
    const t = timeNamed(sentence, REF, text);
    expect(t.kind).toBe('duration');
    expect(t.value).toBe(value);
    expect(t.anchor).toBe('absolute');
  });

  it('marks an approximate duration', () => {
    expect(timeNamed('دام الحصار قرابة ستة أشهر.', REF, 'قرابة ستة أشهر').mod).toBe('APPROX');
  });

  // A definite period with its count after it states a length (TimeML reads "the past three days"
  // as a duration); the relation or "last" word after it belongs to the span.
  it.each([
    ['أحصت الشرطة عشرين حادثاً خلال الأيام الخمسة الماضية.', 'الأيام الخمسة الماضية', 'P5D'],
    ['تتوقع الوزارة نمواً أبطأ في الأشهر الثلاثة المقبلة.', 'الأشهر الثلاثة المقبلة', 'P3M'],
    ['تضاعف عدد الزوار خلال السنوات العشر الأخيرة.', 'السنوات العشر الأخيرة', 'P10Y'],
    ['لم تسجل أي إصابة خلال الـ24 ساعة الماضية.', 'الـ24 ساعة الماضية', 'PT24H'],
    ['توقفت الرحلات في الساعات الـ48 الأخيرة.', 'الساعات الـ48 الأخيرة', 'PT48H'],
    ['والأسابيع الستة كانت الأصعب على السكان.', 'الأسابيع الستة', 'P6W'],
  ])('reads a definite period as a duration: %s', (sentence, text, value) => {
    const t = timeNamed(sentence, REF, text);
    expect(t.kind).toBe('duration');
    expect(t.value).toBe(value);
  });

  it('keeps a definite plural without a count out of durations', () => {
    expect(timesIn('عادت الأيام الصعبة إلى المخيمات.', REF)).toEqual([]);
  });

  it('does not read عام meaning "general" as a year', () => {
    expect(timesIn('التقى المدير العام بالأمين العام في مقر النائب العام.', REF)).toEqual([]);
  });
});

describe('sets', () => {
  it.each([
    ['تُعقد الاجتماعات كل شهر.', 'كل شهر', 'P1M'],
    ['يُحدَّث المؤشر أسبوعياً.', 'أسبوعياً', 'P1W'],
  ])('%s', (sentence, text, value) => {
    const t = timeNamed(sentence, REF, text);
    expect(t.kind).toBe('set');
    expect(t.value).toBe(value);
  });
});

describe('ranges', () => {
  it('links both ends of بين … و', () => {
    const times = timesIn('تضاعفت الأسعار بين 2016 و2019.', REF);
    expect(times.map((t) => t.value)).toEqual(['2016', '2019']);
    expect(times[0]?.range).toEqual({ from: 'T1', to: 'T2' });
    expect(times[1]?.range).toEqual({ from: 'T1', to: 'T2' });
  });

  it('gives the first end the month and year it leaves unsaid', () => {
    const times = timesIn('يستمر المعرض من 3 إلى 9 نوفمبر 2025.', REF);
    expect(times.map((t) => [t.text, t.value])).toEqual([
      ['3', '2025-11-03'],
      ['9 نوفمبر 2025', '2025-11-09'],
    ]);
    const months = timesIn('تُغلق المدارس من يوليو حتى سبتمبر 2025.', REF);
    expect(months.map((t) => t.value)).toEqual(['2025-07', '2025-09']);
  });

  it('reads a dashed span of years', () => {
    const times = timesIn('نُشرت البيانات للفترة 2010–2014.', REF);
    expect(times.map((t) => t.value)).toEqual(['2010', '2014']);
    expect(times[0]?.range?.to).toBe('T2');
  });

  it('does not read a score or two counts as a range of years', () => {
    expect(timesIn('انتهت المباراة 2-1 بعد أن سجل الفريق 2000 و3000 تمريرة.', REF)).toEqual([]);
  });
});
