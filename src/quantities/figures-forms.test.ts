/**
 * Forms of figures the second own-words batch (figures-fresh-2) showed the rules missed: court and
 * sport news, verb-first tolls with long subjects, parts named by who they are, definite number
 * words after their noun, periods and kinship. Sentences written for these tests, not taken from
 * any page or from the batch.
 */
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../contract/analysis.js';
import { buildPipeline } from '../core/pipeline.js';
import { segmentStage } from '../segment/stage.js';
import { numberStage } from '../text/number-stage.js';
import { sentenceStage } from '../text/sentence-stage.js';
import { wordStage } from '../text/word-stage.js';
import { extractQuantities } from './extract.js';
import { quantityLexicon } from './stage.js';

const pipeline = buildPipeline([segmentStage, sentenceStage, wordStage, numberStage]);

function figures(text: string): Quantity[] {
  const doc = pipeline.run({ text }, {});
  return extractQuantities(
    { text, numbers: doc.get('numbers'), sentences: doc.get('sentences'), words: doc.get('words') },
    quantityLexicon(),
  );
}

/** The figures that carry a role, as `value role` (what an analyst is offered). */
function offered(text: string): string[] {
  return figures(text)
    .filter((q) => q.role !== null)
    .map((q) => `${q.value} ${q.role}`);
}

describe('figures in court and sport news', () => {
  it('a sentence passed on people (بالسجن … على N) counts those sentenced, not arrests', () => {
    expect(offered('قضت المحكمة بالإعدام على 6 متهمين في قضية الاغتيال.')).toEqual(['6 other']);
    expect(offered('حكم القاضي على 11 متهماً بالسجن خمس سنوات.')).toEqual(['11 other']);
    expect(offered('وقضت محكمة الجنايات بالسجن المشدد بحق 9 متهمين.')).toEqual(['9 other']);
    // Arrests and detention orders stay arrests.
    expect(offered('ألقت الشرطة القبض على 20 مشتبهاً به.')).toEqual(['20 arrested']);
    expect(offered('أمرت النيابة بحبس 7 متهمين على ذمة القضية.')).toEqual(['7 arrested']);
  });

  it('stopping players is a suspension; stopping fans is still an arrest', () => {
    expect(offered('قررت لجنة الانضباط إيقاف 4 لاعبين بعد المباراة.')).toEqual(['4 other']);
    expect(offered('أوقفت الشرطة 9 مشجعين بعد المباراة.')).toEqual(['9 arrested']);
  });

  it('a charge after the figure names a crime, not the fate of the people counted', () => {
    expect(offered('أدين 3 جنود بتهمة القتل العمد.')).toEqual(['3 fighters']);
  });
});

describe('figures told far from their cue or their noun', () => {
  it('a casualty verb first reaches people named by who they are past a long subject', () => {
    expect(
      offered('أصيب خلال المواجهات التي دارت قرب مقر الحكومة في ساعة متأخرة من الليل 12 جندياً.'),
    ).toEqual(['12 injured']);
  });

  it('a definite number word after a definite plural of people counts them', () => {
    const text = 'وأكدت الوزارة أن الجرحى الثلاثة في حالة مستقرة.';
    const [q] = figures(text);
    expect(q && text.slice(q.start, q.end)).toBe('الثلاثة');
    expect(q).toMatchObject({ value: 3, role: 'injured' });
    // Not after years, nor alone (a weekday).
    expect(offered('أصيب الطفل ذو الأعوام الخمسة بجروح.')).toEqual([]);
    expect(figures('وصل الوفد الأحد الماضي.')).toEqual([]);
  });

  it('a teen in digits written again as a word is one figure', () => {
    expect(figures('سجلت 14 عشر حالة وفاة.').map((q) => `${q.value} ${q.role}`)).toEqual(['14 killed']);
  });

  it('may reach (قد يصل إلى) bounds a figure from above', () => {
    expect(figures('يخشى أن عدد النازحين قد يصل إلى 50 ألفاً.')).toMatchObject([
      { value: 50000, approx: 'at_most', role: 'displaced' },
    ]);
  });
});

describe('figures that restate people counted before', () => {
  it('a definite group count shares the casualty of an earlier figure of the same value', () => {
    expect(
      offered('نقلت السلطات 5 صيادين مفقودين في البحر. وقالت عائلات الصيادين الخمسة إنها تنتظر أخبارهم.'),
    ).toEqual(['5 missing', '5 missing']);
    // A different value names other people.
    expect(offered('اعتقلت الشرطة 7 طلاب. وقال محامي الطلاب الثلاثة إنهم لم يشاركوا في المسيرة.')).toEqual([
      '7 arrested',
      '3 other',
    ]);
  });

  it('loss of people in a sentence that named deaths is death; alone, the missing', () => {
    expect(
      offered('وتفيد التقارير بأن عدد الوفيات ارتفع، إذ أعلنت الشركة فقدان 8 عمال، ثم ارتفع العدد إلى 11.'),
    ).toEqual(['8 killed', '11 killed']);
    expect(offered('أعلنت البحرية فقدان 12 بحاراً بعد غرق السفينة.')).toEqual(['12 missing']);
  });
});

describe('parts named by who they are, and list lines after a part', () => {
  it('a part counted as soldiers or officers shares its total’s casualty', () => {
    expect(offered('أصيب 70 شخصاً بينهم 9 ضباط.')).toEqual(['70 injured', '9 injured']);
    expect(offered('ومن بين الجرحى الـ 40 خمسة جنود.')).toEqual(['40 injured', '5 injured']);
  });

  it('the line after a part with منهم is a part too, with its place', () => {
    const found = figures('قتل 50 شخصاً، 30 منهم في المدينة و20 في الريف.');
    expect(found.map((q) => `${q.value} ${q.role} ${q.scope?.kind} ${q.scope?.place ?? ''}`)).toEqual([
      '50 killed total ',
      '30 killed part المدينة',
      '20 killed part الريف',
    ]);
  });
});

describe('those who died of their wounds', () => {
  it('a death said of a group named after a partitive (من الجرحى) is their fate now', () => {
    expect(offered('وتوفي 5 من المصابين في المستشفى.')).toEqual(['5 killed']);
    expect(offered('فارق 2 من الجرحى الحياة صباح اليوم.')).toEqual(['2 killed']);
    // Moved, not dead: the group still says who they are.
    expect(offered('نقل 8 من المصابين إلى مستشفى في العاصمة.')).toEqual(['8 injured']);
  });
});

describe('numbers that are no counts', () => {
  it('the length of a definite period is no figure, past a detached article too', () => {
    expect(offered('تعافى خلال الساعات الـ 48 الماضية 200 مريض.')).toEqual(['200 other']);
    expect(offered('قتل خلال الأيام الـ 3 الماضية 15 شخصاً.')).toEqual(['15 killed']);
  });

  it('the children of a parent are no toll', () => {
    expect(offered('قتل في القصف رجل وهو أب لخمسة أطفال.')).toEqual([]);
    expect(offered('أصيبت امرأة هي أم لـ 3 بنات.')).toEqual([]);
  });
});
