import { describe, expect, it } from 'vitest';
import { timeNamed, timesIn } from './test-support.js';

// 2024-03-14 is a Thursday.
const REF = '2024-03-14';

describe('weekdays', () => {
  it.each([
    ['التقى الرئيسان الثلاثاء في باريس.', 'الثلاثاء', '2024-03-12'],
    ['أعلنت الوزارة الخميس عن خطة جديدة.', 'الخميس', '2024-03-14'],
    ['تظاهر الآلاف يوم الجمعة في العاصمة.', 'يوم الجمعة', '2024-03-08'],
    ['قُصفت المنطقة ليلة السبت.', 'ليلة السبت', '2024-03-09'],
    ['وقعت الاشتباكات الخميس الماضي.', 'الخميس الماضي', '2024-03-07'],
    ['يلتقي الطرفان الأحد المقبل.', 'الأحد المقبل', '2024-03-17'],
    ['صرح الناطق يوم الاثنين بأن الحوار مستمر.', 'يوم الاثنين', '2024-03-11'],
  ])('%s resolves to the latest such day on or before publication', (sentence, text, value) => {
    const t = timeNamed(sentence, REF, text);
    expect(t.value).toBe(value);
    expect(t.anchor).toBe('publication');
  });

  it('merges a weekday with the date it names and checks them', () => {
    const right = timeNamed('أُعلنت النتائج الثلاثاء 12 مارس 2024.', REF, 'الثلاثاء 12 مارس 2024');
    expect(right.value).toBe('2024-03-12');
    expect(right.conflict).toBeUndefined();
    const wrong = timeNamed('أُعلنت النتائج الأربعاء 12 مارس 2024.', REF, 'الأربعاء 12 مارس 2024');
    expect(wrong.value).toBe('2024-03-12');
    expect(wrong.conflict).toMatch(/Wednesday/);
  });

  it('checks a weekday after a day word', () => {
    expect(timeNamed('قال المتحدث أمس الأربعاء إن الوفد وصل.', REF, 'أمس الأربعاء').conflict).toBeUndefined();
    expect(timeNamed('قال المتحدث أمس الجمعة إن الوفد وصل.', REF, 'أمس الجمعة').conflict).toMatch(/Friday/);
  });

  it('does not read الاثنين meaning "the two" or أحد meaning "anyone"', () => {
    expect(timesIn('اتفق الاثنان على الهدنة، وقال إن أحدا لم يُصب وإن المشكلة بين الاثنين.', REF)).toEqual([]);
  });

  it('reads الاثنين and الأحد set off between commas as the day of the news', () => {
    expect(timeNamed('أعلنت النقابة، الاثنين، إضراباً مفتوحاً.', REF, 'الاثنين').value).toBe('2024-03-11');
    expect(timeNamed('عاد الوفد إلى بلاده، الأحد.', REF, 'الأحد').value).toBe('2024-03-10');
    expect(timeNamed('الأحد.. أمطار غزيرة على الساحل\nتتوقع الأرصاد طقساً ماطراً.', REF, 'الأحد').value).toBe(
      '2024-03-10',
    );
  });

  it('still reads "the two" between commas as no day when nothing sets it off', () => {
    expect(timesIn('تقاسم الشريكان الأرباح بين الاثنين، ثم افترقا.', REF)).toEqual([]);
  });
});

describe('a weekday that disagrees with its day word', () => {
  it('wins when it lies within three days on the right side of publication, the conflict kept', () => {
    // A page stamped Thursday that says "yesterday, Tuesday": written a day before its stamp.
    const t = timeNamed('قال المتحدث أمس الثلاثاء إن الوفد وصل.', REF, 'أمس الثلاثاء');
    expect(t.value).toBe('2024-03-12');
    expect(t.conflict).toMatch(/Tuesday/);
    const today = timeNamed('يتظاهر المحتجون اليوم الاثنين في الساحة.', REF, 'اليوم الاثنين');
    expect(today.value).toBe('2024-03-11');
  });

  it('does not move a past day word after publication', () => {
    // The nearest Friday to Wednesday the 13th is the 15th, after the page's Thursday.
    expect(timeNamed('قال المتحدث أمس الجمعة إن الوفد وصل.', REF, 'أمس الجمعة').value).toBe('2024-03-13');
  });
});

describe('a weekday announced', () => {
  it.each([
    ['من المقرر أن يصوّت البرلمان يوم الأحد على الموازنة.', 'يوم الأحد', '2024-03-17'],
    ['توقعت الأرصاد هطول أمطار غزيرة يوم السبت.', 'يوم السبت', '2024-03-16'],
    ['سوف يلتقي الوزيران الخميس في عمّان.', 'الخميس', '2024-03-14'],
  ])('%s is the coming day, publication day included', (sentence, text, value) => {
    expect(timeNamed(sentence, REF, text).value).toBe(value);
  });

  it('is not announced by a cue of another sentence', () => {
    expect(timeNamed('من المقرر عقد القمة قريباً. والتقى الوزيران الثلاثاء.', REF, 'الثلاثاء').value).toBe(
      '2024-03-12',
    );
  });
});

describe('a bare weekday after an imperfect verb of a scheduled event', () => {
  // REF 2024-03-14 is a Thursday: the coming Sunday is the 17th, the last one the 10th.
  it.each([
    ['تنخفض درجات الحرارة الأحد وتتساقط أمطار خفيفة على المرتفعات.', 'الأحد', '2024-03-17'],
    ['يلتقي وزير الخارجية نظيره التركي السبت في أنقرة.', 'السبت', '2024-03-16'],
    ['تبدأ امتحانات الشهادة الثانوية الاثنين، وفق ما أعلنت الوزارة.', 'الاثنين', '2024-03-18'],
    ['ويخوض المنتخب مباراته الودية الثانية الثلاثاء أمام ضيفه.', 'الثلاثاء', '2024-03-19'],
    ['تنطلق القمة العربية الجمعة بمشاركة عشرين زعيما.', 'الجمعة', '2024-03-15'],
    ['وتعقد اللجنة اجتماعها الخميس لبحث الميزانية.', 'الخميس', '2024-03-14'],
  ])('%s is the coming one', (sentence, text, value) => {
    expect(timeNamed(sentence, REF, text).value).toBe(value);
  });

  it.each([
    ['التقى وزير الخارجية نظيره التركي السبت في أنقرة.', 'السبت', '2024-03-09'],
    ['انخفضت درجات الحرارة، الأحد، في معظم المناطق.', 'الأحد', '2024-03-10'],
    ['لم يلتق الوزير نظيره السبت كما كان مقررا.', 'السبت', '2024-03-09'],
    ['وكان الوزير يلتقي نظيره السبت حين وقع الانفجار.', 'السبت', '2024-03-09'],
    ['قالت الوزارة الثلاثاء إن الأسعار ترتفع منذ أشهر.', 'الثلاثاء', '2024-03-12'],
    ['ويشارك الوزير في الاجتماع الذي عقد الثلاثاء في جنيف.', 'الثلاثاء', '2024-03-12'],
  ])('%s stays the past one: a past verb, a negated or past-framed imperfect', (sentence, text, value) => {
    expect(timeNamed(sentence, REF, text).value).toBe(value);
  });

  it("gives the headline's bare weekday the day its text announces under that name", () => {
    const forecast = 'السبت.. أجواء حارة في معظم المناطق\nترتفع درجات الحرارة، السبت، لتتجاوز المعدلات.';
    expect(timesIn(forecast, REF).map((t) => t.value)).toEqual(['2024-03-16', '2024-03-16']);
    const report = 'السبت.. احتجاجات في العاصمة\nتظاهر الآلاف، السبت، في الساحة الرئيسية.';
    expect(timesIn(report, REF).map((t) => t.value)).toEqual(['2024-03-09', '2024-03-09']);
  });
});
