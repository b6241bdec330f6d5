import { describe, expect, it } from 'vitest';
import { findNumbers, type NumberMatch, parseNumberAt } from './numbers.js';

/** Each number found, as [evidence, value]. */
function read(text: string): [string, number][] {
  return findNumbers(text).map((m) => [text.slice(m.start, m.end), m.value]);
}

function only(text: string): NumberMatch {
  const found = findNumbers(text);
  expect(found).toHaveLength(1);
  return found[0] as NumberMatch;
}

describe('numbers in digits', () => {
  it('reads digits of every script', () => {
    expect(read('سقط ١٢٣ صاروخاً و45 قذيفة و۶ طائرات')).toEqual([
      ['١٢٣', 123],
      ['45', 45],
      ['۶', 6],
    ]);
  });

  it('reads thousands separators in groups of three and decimal separators', () => {
    expect(read('نزح 1,500 شخص و١٬٥٠٠ آخرون بنسبة ٣٫٥ و2.5 بالمئة')).toEqual([
      ['1,500', 1500],
      ['١٬٥٠٠', 1500],
      ['٣٫٥', 3.5],
      ['2.5', 2.5],
    ]);
  });

  it('keeps a sentence-final dot out of the number', () => {
    expect(read('حتى عام 2024.')).toEqual([['2024', 2024]]);
  });

  it('does not read runs that fit no number pattern, such as dotted dates', () => {
    expect(read('في 12.05.2024 وفي 1,2,3')).toEqual([]);
  });

  it('does not read digits glued to Latin letters', () => {
    expect(read('قمة G20 ولقاح COVID-19 وشبكة 5G')).toEqual([]);
  });

  it('marks digits as written in digits', () => {
    expect(only('قتل ٧ أشخاص').written).toBe('digits');
  });
});

describe('cardinal words', () => {
  it('reads units in both genders', () => {
    expect(read('ثلاثة رجال وثلاث نساء وواحدة')).toEqual([
      ['ثلاثة', 3],
      ['ثلاث', 3],
      ['واحدة', 1],
    ]);
  });

  it('reads teens, including the special forms of eleven and twelve', () => {
    expect(read('خمسة عشر قتيلاً وأحد عشر جريحاً واثنتا عشرة سيارة')).toEqual([
      ['خمسة عشر', 15],
      ['أحد عشر', 11],
      ['اثنتا عشرة', 12],
    ]);
  });

  it('reads tens in the nominative and the oblique', () => {
    expect(read('عشرون جندياً وتسعين مدنياً')).toEqual([
      ['عشرون', 20],
      ['تسعين', 90],
    ]);
  });

  it('reads hundreds in both spellings, joined or apart', () => {
    expect(read('مئة منزل ومائتي خيمة وثلاثمائة شاحنة وأربع مئة جندي')).toEqual([
      ['مئة', 100],
      ['مائتي', 200],
      ['ثلاثمائة', 300],
      ['أربع مئة', 400],
    ]);
  });

  it('reads a teh marbuta written as heh', () => {
    expect(read('عشره اشخاص')).toEqual([['عشره', 10]]);
  });

  it('keeps diacritics and tatweel inside the evidence', () => {
    expect(read('قُتِلَ ثَلاثَةٌ وعشـرون')).toEqual([['ثَلاثَةٌ وعشـرون', 23]]);
  });
});

describe('scale words', () => {
  it('counts a scale word alone, singular or dual', () => {
    expect(read('ألف جندي وألفا دولار ومليونين')).toEqual([
      ['ألف', 1000],
      ['ألفا', 2000],
      ['مليونين', 2_000_000],
    ]);
  });

  it('multiplies the count before a scale word, singular or plural', () => {
    expect(read('ثلاثة آلاف لاجئ وخمسة ملايين نسمة ومئة ألف')).toEqual([
      ['ثلاثة آلاف', 3000],
      ['خمسة ملايين', 5_000_000],
      ['مئة ألف', 100_000],
    ]);
  });

  it('reads the accusative singular after a count, though spelled like the dual', () => {
    expect(read('نحو ثلاثة عشر ألفاً')).toEqual([['ثلاثة عشر ألفاً', 13_000]]);
  });
});

describe('compounds', () => {
  it('joins groups with و from the largest down, units before tens', () => {
    expect(only('ثلاثة آلاف وخمسمئة وخمسة وعشرون').value).toBe(3525);
    expect(only('مئتين وخمسين').value).toBe(250);
    expect(only('مليون وألف').value).toBe(1_001_000);
  });

  it('accepts a free-standing و between the parts', () => {
    expect(only('خمسة و عشرون').value).toBe(25);
  });

  it('ends the number at a part that does not fit the order', () => {
    expect(read('خمسة وستة')).toEqual([
      ['خمسة', 5],
      ['ستة', 6],
    ]);
    expect(read('5 و6')).toEqual([
      ['5', 5],
      ['6', 6],
    ]);
  });

  it('does not cross a line break', () => {
    expect(read('ثلاثة\nآلاف')).toEqual([
      ['ثلاثة', 3],
      ['آلاف', 1000],
    ]);
  });
});

describe('digits mixed with words', () => {
  it('multiplies digits by a scale word', () => {
    const text = 'خسائر بقيمة 2.5 مليون دولار و3 آلاف طن';
    expect(read(text)).toEqual([
      ['2.5 مليون', 2_500_000],
      ['3 آلاف', 3000],
    ]);
    expect(findNumbers(text).map((m) => m.written)).toEqual(['mixed', 'mixed']);
  });

  it('adds digits after a scale word', () => {
    expect(only('مليون و200 ألف').value).toBe(1_200_000);
  });
});

describe('ordinals', () => {
  it('reads ordinals with the article in both genders', () => {
    const found = findNumbers('الرابع من يوليو والمرة الأولى والجولة العاشرة');
    expect(found.map((m) => [m.value, m.kind])).toEqual([
      [4, 'ordinal'],
      [1, 'ordinal'],
      [10, 'ordinal'],
    ]);
  });

  it('reads compound ordinals', () => {
    expect(read('الحادي عشر من سبتمبر والخامس عشر والقرن الحادي والعشرين')).toEqual([
      ['الحادي عشر', 11],
      ['الخامس عشر', 15],
      ['الحادي والعشرين', 21],
    ]);
  });

  it('reads definite tens and hundreds as ordinals', () => {
    const found = findNumbers('الذكرى العشرون والدورة المئة');
    expect(found.map((m) => [m.value, m.kind])).toEqual([
      [20, 'ordinal'],
      [100, 'ordinal'],
    ]);
  });

  it('does not read per cent (بالمئة، في المئة) as the hundredth', () => {
    expect(read('ارتفع 5 بالمئة و7 في المائة')).toEqual([
      ['5', 5],
      ['7', 7],
    ]);
  });

  it('does not read an ordinal without the article', () => {
    expect(findNumbers('ثاني أكبر مدينة')).toEqual([]);
  });
});

describe('clitics', () => {
  it('leaves the proclitics و ف ب ك ل outside the number', () => {
    expect(read('وخمسة بعشرين ولثلاثة فسبعة')).toEqual([
      ['خمسة', 5],
      ['عشرين', 20],
      ['ثلاثة', 3],
      ['سبعة', 7],
    ]);
  });

  it('reads لل as ل with the article', () => {
    expect(read('للمرة الثانية عشرة وللعشرين')).toEqual([
      ['الثانية عشرة', 12],
      ['لعشرين', 20],
    ]);
  });

  it('does not shred a short word into a clitic and a number', () => {
    expect(findNumbers('لست أدري')).toEqual([]);
  });
});

describe('words that are numbers only in some contexts', () => {
  it('reads أحد only before عشر', () => {
    expect(findNumbers('لم يصب أحد في الهجوم')).toEqual([]);
  });

  it('does not read weekdays as numbers', () => {
    expect(findNumbers('يوم الأحد ويوم الاثنين')).toEqual([]);
  });

  it('reads a definite unit when the number goes on, not alone', () => {
    const values = (text: string) => findNumbers(text).map((m) => [text.slice(m.start, m.end), m.value]);
    expect(values('تجاوز عدد الضحايا الخمسة آلاف شخص')).toEqual([['الخمسة آلاف', 5000]]);
    expect(values('نُقل الخمسة عشر مصاباً إلى المستشفى')).toEqual([['الخمسة عشر', 15]]);
    expect(values('شُيّعت جثامين الثلاثة والعشرين ضحية')).toEqual([['الثلاثة والعشرين', 23]]);
    expect(values('اجتمع قادة الدول الخمسة الكبار')).toEqual([]);
  });
});

describe('magnitudes without a count', () => {
  it('reads عشرات and مئات as indefinite magnitudes', () => {
    const found = findNumbers('عشرات القتلى ومئات الجرحى');
    expect(found.map((m) => [m.value, m.indefinite])).toEqual([
      [10, true],
      [100, true],
    ]);
  });

  it('multiplies a magnitude by a definite scale plural', () => {
    const found = only('خرج عشرات الآلاف');
    expect([found.value, found.indefinite]).toEqual([10_000, true]);
  });

  it('reads a scale plural alone as indefinite', () => {
    const found = only('فر آلاف السكان');
    expect([found.value, found.indefinite]).toEqual([1000, true]);
  });
});

describe('parseNumberAt', () => {
  it('reads the number at a position and maps it into the whole text', () => {
    const text = 'أعلنت الوزارة مقتل خمسة وعشرين شخصاً';
    const at = text.indexOf('خمسة');
    const match = parseNumberAt(text, at);
    expect(match && [text.slice(match.start, match.end), match.value]).toEqual(['خمسة وعشرين', 25]);
  });

  it('skips the proclitics of the word at the position', () => {
    const text = 'قتل جندي وثلاثة مدنيين';
    const match = parseNumberAt(text, text.indexOf('وثلاثة'));
    expect(match?.start).toBe(text.indexOf('ثلاثة'));
  });

  it('returns null where no number begins', () => {
    expect(parseNumberAt('قال الوزير', 0)).toBeNull();
  });
});

describe('numbers in a long text', () => {
  it('are those of each of its lines, though the text is read a stretch of lines at a time', () => {
    // Lines written for this test.
    const lines = [
      'نزح ثلاثة آلاف شخص و1,500 طفل',
      'الخامس عشر من الشهر',
      '',
      'بلغت الخسائر 2.5 مليون دولار',
    ];
    const all = Array.from({ length: 8000 }, (_, k) => lines[k % lines.length] as string);
    all[0] = `وقال ${all[0]}`;
    const text = all.join('\n');
    expect(text.length).toBeGreaterThan(2 * 65_536);
    let offset = 0;
    const expected = all.flatMap((line) => {
      const found = findNumbers(line).map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }));
      offset += line.length + 1;
      return found;
    });
    // A stretch cut at 64K would fall inside ثلاثة آلاف and split it.
    expect(expected.some((m) => m.start < 65_536 && m.end > 65_536)).toBe(true);
    expect(findNumbers(text)).toEqual(expected);
  });
});
