import { describe, expect, it } from 'vitest';
import { timeNamed, timesIn } from './test-support.js';

const REF = '2025-04-17';

describe('Gregorian month names in every system', () => {
  it.each([
    ['وصل المبعوث إلى عمّان في 4 يناير 2024.', '4 يناير 2024', '2024-01-04'],
    ['انعقدت الجلسة في 4 كانون الثاني 2024.', '4 كانون الثاني 2024', '2024-01-04'],
    ['استُؤنفت الرحلات في 4 جانفي 2024.', '4 جانفي 2024', '2024-01-04'],
    ['رُفعت الأسعار في 9 شباط 2023.', '9 شباط 2023', '2023-02-09'],
    ['أُغلقت المدارس في 9 فيفري 2023.', '9 فيفري 2023', '2023-02-09'],
    ['نُشر التقرير في 21 أفريل 2022.', '21 أفريل 2022', '2022-04-21'],
    ['بدأ الإضراب في 3 ماي 2021.', '3 ماي 2021', '2021-05-03'],
    ['صدر العفو في 18 جوان 2020.', '18 جوان 2020', '2020-06-18'],
    ['تأسست الجمعية في 30 جويلية 2019.', '30 جويلية 2019', '2019-07-30'],
    ['وقع الحريق في 14 أوت 2018.', '14 أوت 2018', '2018-08-14'],
    ['اعتُقل الناشط في 2 تشرين الأول 2017.', '2 تشرين الأول 2017', '2017-10-02'],
    ['أُعيد فتح السفارة في 11 تشرين الثاني 2016.', '11 تشرين الثاني 2016', '2016-11-11'],
    ['انتُخب الرئيس في 25 كانون الأول 2015.', '25 كانون الأول 2015', '2015-12-25'],
    ['افتُتح المعرض في 8 شتنبر 2022.', '8 شتنبر 2022', '2022-09-08'],
    ['انطلقت الامتحانات في 12 يونية 2021.', '12 يونية 2021', '2021-06-12'],
    ['وقّع العقد في 27 يولية 2020.', '27 يولية 2020', '2020-07-27'],
  ])('%s', (sentence, text, value) => {
    const t = timeNamed(sentence, REF, text);
    expect(t.value).toBe(value);
    expect(t.anchor).toBe('absolute');
    expect(t.kind).toBe('date');
  });

  it('reads spelling variants of one month alike', () => {
    for (const name of ['أبريل', 'إبريل', 'ابريل', 'نيسان', 'أفريل']) {
      expect(timeNamed(`بدأت الأعمال في ${name} 2024.`, REF, `${name} 2024`).value).toBe('2024-04');
    }
    for (const name of ['أغسطس', 'اغسطس', 'آب', 'أوت']) {
      expect(timeNamed(`توقف الإنتاج في ${name} 2022.`, REF, `${name} 2022`).value).toBe('2022-08');
    }
    expect(timeNamed('أطلق المغرب الخطة في يوليوز 2023.', REF, 'يوليوز 2023').value).toBe('2023-07');
  });

  it('reads both names of a month as one expression', () => {
    const bracketed = timesIn('سيطرت القوات على المطار في 12 آذار (مارس) 2024.', REF);
    expect(bracketed).toHaveLength(1);
    expect(bracketed[0]?.text).toBe('12 آذار (مارس) 2024');
    expect(bracketed[0]?.value).toBe('2024-03-12');
    const slashed = timesIn('جرت الانتخابات في حزيران/يونيو 2024.', REF);
    expect(slashed.map((t) => [t.text, t.value])).toEqual([['حزيران/يونيو 2024', '2024-06']]);
    const side = timesIn('قطعت العلاقات بين البلدين في يناير كانون الثاني 2016.', REF);
    expect(side.map((t) => [t.text, t.value])).toEqual([['يناير كانون الثاني 2016', '2016-01']]);
    const days = timesIn('وصل الوفد في 3 أيار مايو 2024.', REF);
    expect(days.map((t) => [t.text, t.value])).toEqual([['3 أيار مايو 2024', '2024-05-03']]);
  });

  it('leaves proclitics outside the span', () => {
    const sentence = 'وبمارس 2023 بدأت المرحلة الثانية، وفي أيار 2023 انتهت.';
    const times = timesIn(sentence, REF);
    expect(times.map((t) => t.text)).toEqual(['مارس 2023', 'أيار 2023']);
    for (const t of times) expect(sentence.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads ordinal days with من', () => {
    expect(timeNamed('عاد الوفد في الرابع من يوليو 2024.', REF, 'الرابع من يوليو 2024').value).toBe(
      '2024-07-04',
    );
    expect(timeNamed('وُقّع العقد في الخامس عشر من مارس 2024.', REF, 'الخامس عشر من مارس 2024').value).toBe(
      '2024-03-15',
    );
  });
});

describe('years', () => {
  it.each([
    ['انسحبت القوات عام 2011.', 'عام 2011', '2011'],
    ['في 2019 ارتفعت الصادرات.', '2019', '2019'],
    ['تأسست الشركة سنة ١٩٩٨.', 'سنة ١٩٩٨', '1998'],
    ['تراجعت السياحة منذ العام 2015.', 'العام 2015', '2015'],
    ['اكتمل المشروع خلال 2022.', '2022', '2022'],
    ['وما زالت الحدود مغلقة منذ 2014 بين الجارتين.', '2014', '2014'],
    ['لم يعد الفريق إلى الملعب ومنذ 1998 لم يفز بلقب.', '1998', '1998'],
  ])('%s', (sentence, text, value) => {
    expect(timeNamed(sentence, REF, text).value).toBe(value);
  });

  it('reads a count after منذ with its unit as a duration, not a year', () => {
    const [t] = timesIn('بنيت القلعة منذ 1200 عام على التلة.', REF);
    expect(t).toMatchObject({ kind: 'duration', value: 'P1200Y' });
  });

  it('still wants a range to read a bare number after من or بين as a year', () => {
    expect(timesIn('نزح أكثر من 2000 شخص من القرى.', REF)).toEqual([]);
  });
});

describe('numeric dates', () => {
  it.each([
    ['صدر التعميم بتاريخ 03/02/2025.', '03/02/2025', '2025-02-03'],
    ['عُقدت الجلسة في 2023/11/5.', '2023/11/5', '2023-11-05'],
    ['نُشر الإعلان في 2024-12-30.', '2024-12-30', '2024-12-30'],
    ['انتهت المهلة في 7-8-2024.', '7-8-2024', '2024-08-07'],
    ['وصل الرد بتاريخ ٢٨/٠٢/٢٠٢٤.', '٢٨/٠٢/٢٠٢٤', '2024-02-28'],
  ])('%s', (sentence, text, value) => {
    expect(timeNamed(sentence, REF, text).value).toBe(value);
  });

  it('rejects a day the month does not have', () => {
    expect(timesIn('رقم الملف 31/02/2024 في الأرشيف.', REF)).toEqual([]);
  });
});

describe('datelines that join day, month name and year with slashes or dashes', () => {
  it.each([
    ['الثلاثاء 14/أكتوبر/2025 - 08:40 ص', 'الثلاثاء 14/أكتوبر/2025', '2025-10-14'],
    ['السبت 3-فبراير-2024', 'السبت 3-فبراير-2024', '2024-02-03'],
  ])('%s', (line, text, value) => {
    expect(timeNamed(line, REF, text).value).toBe(value);
  });

  it('wants a year after the month: a day and a month joined to a number are not read as one', () => {
    const texts = timesIn('سجّل الفريق 5/مارس/ فقط', REF).map((t) => t.text);
    expect(texts).not.toContain('5/مارس');
  });
});

describe('a year naming an edition', () => {
  it.each([
    ['تُوّج الفريق بطلاً لنسخة 2019 من الكأس.', '2019'],
    ['شارك آلاف الحجاج في موسم 2023 رغم الحر.', '2023'],
    ['جرت انتخابات 2021 في موعدها.', '2021'],
  ])('%s', (sentence, year) => {
    expect(timeNamed(sentence, REF, year).value).toBe(year);
  });

  it('keeps a count before the noun a count', () => {
    expect(timesIn('طبعت الدار 2000 نسخة من الرواية.', REF)).toEqual([]);
  });
});

describe('words that name the first day of a month', () => {
  it.each([
    ['تدخل الزيادة في الأجور حيز التطبيق فاتح يوليوز 2025.', 'فاتح يوليوز 2025', '2025-07-01'],
    ['أعلنت الجمعية عن إضراب وطني ابتداء من فاتح ماي المقبل.', 'فاتح ماي المقبل', '2025-05-01'],
    ['صدر القانون في غرة محرم 1445 هـ.', 'غرة محرم 1445 هـ', '2023-07-19'],
  ])('%s', (sentence, text, value) => {
    expect(timeNamed(sentence, REF, text).value).toBe(value);
  });

  it('does not read the name فاتح as a day', () => {
    const times = timesIn('قال فاتح بيرول إن الطلب على النفط سيرتفع في ماي المقبل.', REF);
    expect(times.map((t) => t.text)).toEqual(['ماي المقبل']);
  });
});
