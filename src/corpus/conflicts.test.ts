import { describe, expect, it } from 'vitest';
import type { Quantity } from '../contract/analysis.js';
import { findConflicts, type StoryDocument } from './conflicts.js';
import { makeAnalysis } from './testing/make-analysis.js';

function story(
  id: string,
  outlet: string,
  published: string,
  text: string,
  figures: { surface: string; value: number; nth?: number }[],
  duplicateOf: string | null = null,
): StoryDocument {
  const analysis = makeAnalysis({
    text,
    outlet,
    published,
    quantities: figures.map((f) => ({ ...f, role: 'killed' })),
  });
  return { ref: { id, url: null, source: null, title: null, outlet, published }, analysis, duplicateOf };
}

/** A document whose figures may carry an approximation, a scope, places and dates. */
function report(
  id: string,
  outlet: string,
  published: string,
  text: string,
  figures: {
    surface: string;
    value: number;
    role?: string;
    nth?: number;
    approx?: Quantity['approx'];
    scope?: Quantity['scope'];
  }[],
  extra: { places?: string[]; times?: { surface: string; value: string }[] } = {},
  duplicateOf: string | null = null,
): StoryDocument {
  const analysis = makeAnalysis({
    text,
    outlet,
    published,
    quantities: figures.map((f) => ({ ...f, role: f.role ?? 'killed' })),
    entities: (extra.places ?? []).map((name) => ({ type: 'LOC' as const, name })),
    times: extra.times ?? [],
  });
  const quantities = analysis.quantities.map((q, k) => {
    const f = figures[k];
    return { ...q, approx: f?.approx ?? null, ...(f?.scope ? { scope: f.scope } : {}) };
  });
  return {
    ref: { id, url: null, source: null, title: null, outlet, published },
    analysis: { ...analysis, quantities },
    duplicateOf,
  };
}

describe('conflicts', () => {
  it('a figure in a related headline or a caption is not the article contradicting itself', () => {
    const body = 'أودى انهيار مبنى سكني في الحي القديم بحياة 9 أشخاص.';
    const caption = 'فرق الإنقاذ تنتشل 4 جثث من تحت الركام (أ.ف.ب)';
    const related = 'مصرع 30 في حريق بمصنع للنسيج | موقع المدينة';
    const text = `${body}\n${caption}\n${related}`;
    const doc = story('a', 'صوت الشرق', '2024-02-03', text, [
      { surface: '9', value: 9 },
      { surface: '4', value: 4 },
      { surface: '30', value: 30 },
    ]);
    const captionStart = body.length + 1;
    const relatedStart = captionStart + caption.length + 1;
    const segmented: StoryDocument = {
      ...doc,
      analysis: {
        ...doc.analysis,
        segments: [
          { kind: 'body', start: 0, end: body.length },
          { kind: 'caption', start: captionStart, end: captionStart + caption.length },
          { kind: 'related', start: relatedStart, end: text.length, outlet: 'موقع المدينة' },
        ],
      },
    };
    expect(findConflicts('S1', [segmented])).toEqual([]);
    // Without the segments the same figures would clash: the test sees the filter, not an accident.
    expect(findConflicts('S1', [doc])).toHaveLength(1);
  });

  it('a toll rising with publication date is an update, oldest first', () => {
    const conflicts = findConflicts('S1', [
      story('b', 'الخليج اليوم', '2023-09-11', 'ارتفع عدد القتلى إلى 2497 شخصا.', [
        { surface: '2497', value: 2497 },
      ]),
      story('a', 'الأطلس نيوز', '2023-09-10', 'بلغ عدد القتلى 2012 شخصا.', [
        { surface: '2012', value: 2012 },
      ]),
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.verdict).toBe('update');
    expect(conflicts[0]?.claims.map((c) => c.value)).toEqual([2012, 2497]);
    expect(conflicts[0]?.claims[0]?.evidence.text).toBe('بلغ عدد القتلى 2012 شخصا.');
  });

  it('two outlets giving different figures the same day contradict each other', () => {
    const conflicts = findConflicts('S1', [
      story('a', 'الخليج اليوم', '2023-10-08', 'قالت الحكومة إن القتلى 2053.', [
        { surface: '2053', value: 2053 },
      ]),
      story('b', 'النيل الإخبارية', '2023-10-08', 'قالت الوزارة إن القتلى 2445.', [
        { surface: '2445', value: 2445 },
      ]),
    ]);
    const contradiction = conflicts.find((c) => c.verdict === 'contradiction');
    expect(contradiction?.claims.map((c) => c.evidence.document.outlet).sort()).toEqual([
      'الخليج اليوم',
      'النيل الإخبارية',
    ]);
  });

  it('one article giving 14 in one paragraph and 145 in another contradicts itself', () => {
    const conflicts = findConflicts('S1', [
      story('a', 'صوت الشرق', '2023-10-07', 'قتل 14 شخصا في الزلزال.\nوقال مسؤول إن 145 شخصا قتلوا.', [
        { surface: '14', value: 14 },
        { surface: '145', value: 145 },
      ]),
    ]);
    expect(conflicts.map((c) => c.verdict)).toEqual(['contradiction']);
    expect(conflicts[0]?.claims.map((c) => c.value).sort((x, y) => Number(x) - Number(y))).toEqual([14, 145]);
  });

  it('an article telling the rise in one sentence is not in conflict with itself', () => {
    const conflicts = findConflicts('S1', [
      story('a', 'المرصد', '2023-09-10', 'ارتفعت الحصيلة من 632 إلى 2012 قتيلا.', [
        { surface: '632', value: 632 },
        { surface: '2012', value: 2012 },
      ]),
    ]);
    expect(conflicts).toEqual([]);
  });

  it('a toll that falls in a later report is a contradiction', () => {
    const conflicts = findConflicts('S1', [
      story('a', 'أ', '2023-10-08', 'القتلى 2445.', [{ surface: '2445', value: 2445 }]),
      story('b', 'ب', '2023-10-12', 'القتلى 1480.', [{ surface: '1480', value: 1480 }]),
    ]);
    expect(conflicts.map((c) => c.verdict)).toEqual(['contradiction']);
  });

  it('a syndicated copy neither confirms nor contradicts', () => {
    const conflicts = findConflicts('S1', [
      story('a', 'أ', '2023-10-08', 'القتلى 2445.', [{ surface: '2445', value: 2445 }]),
      story('b', 'ب', '2023-10-08', 'القتلى 2000.', [{ surface: '2000', value: 2000 }], 'x'),
    ]);
    expect(conflicts).toEqual([]);
  });
  it('a toll and its breakdown by province are not a contradiction', () => {
    const text =
      'بلغ عدد ضحايا السيول 265 قتيلا.\nوتوزع القتلى: 170 في الإقليم الأول، و95 في الإقليم الثاني.';
    const conflicts = findConflicts('S1', [
      report('a', 'صوت الوادي', '2024-03-02', text, [
        { surface: '265', value: 265, scope: { kind: 'total' } },
        { surface: '170', value: 170, scope: { kind: 'breakdown', of: 0, place: 'الإقليم الأول' } },
        { surface: '95', value: 95, scope: { kind: 'breakdown', of: 0, place: 'الإقليم الثاني' } },
      ]),
    ]);
    expect(conflicts).toEqual([]);
  });

  it('a total and the part of it after من بينها are not a contradiction', () => {
    const text = 'سجلت المستشفيات 1300 إصابة.\nوقال الطبيب إن من بينها 75 إصابة بالغة.';
    const conflicts = findConflicts('S1', [
      report('a', 'المنار الجديد', '2024-03-02', text, [
        { surface: '1300', value: 1300, role: 'injured', scope: { kind: 'total' } },
        { surface: '75', value: 75, role: 'injured', scope: { kind: 'part', of: 0 } },
      ]),
    ]);
    expect(conflicts).toEqual([]);
  });

  it('the same figure repeated in two sentences is one claim, not a disagreement', () => {
    const text = 'قضى 48 شخصا في انهيار المنجم.\nوأكد المحافظ أن 48 شخصا قضوا تحت الركام.';
    const conflicts = findConflicts('S1', [
      report('a', 'أنباء الجبل', '2024-05-01', text, [
        { surface: '48', value: 48 },
        { surface: '48', value: 48, nth: 1 },
      ]),
      report('b', 'صدى المدن', '2024-05-02', 'ارتفع عدد ضحايا المنجم إلى 61.', [
        { surface: '61', value: 61 },
      ]),
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.verdict).toBe('update');
    expect(conflicts[0]?.claims.map((c) => c.value)).toEqual([48, 61]);
  });

  it('wire copies count once and list their outlets on the claim', () => {
    const copy = 'أعلنت السلطات مقتل 33 شخصا في الانفجار.';
    const conflicts = findConflicts('S1', [
      report('a', 'وكالة الشرق', '2024-07-01', copy, [{ surface: '33', value: 33 }]),
      report('b', 'جريدة الساحل', '2024-07-01', copy, [{ surface: '33', value: 33 }], {}, 'a'),
      report('c', 'نبض العاصمة', '2024-07-03', 'ارتفعت حصيلة الانفجار إلى 40 قتيلا.', [
        { surface: '40', value: 40 },
      ]),
    ]);
    expect(conflicts.map((c) => c.verdict)).toEqual(['update']);
    expect(conflicts[0]?.claims[0]?.alsoIn?.map((d) => d.outlet)).toEqual(['جريدة الساحل']);
  });

  it('a bound (أكثر من) is not contradicted by a larger figure the same day', () => {
    const conflicts = findConflicts('S1', [
      report('a', 'أ', '2024-06-20', 'توفي أكثر من 900 حاج.', [
        { surface: '900', value: 900, approx: 'more_than' },
      ]),
      report('b', 'ب', '2024-06-20', 'بلغ عدد الوفيات 1081.', [{ surface: '1081', value: 1081 }]),
    ]);
    expect(conflicts.filter((c) => c.verdict === 'contradiction')).toEqual([]);
  });

  it('an upper bound (ما يصل إلى) is not contradicted by a smaller figure the same day', () => {
    const conflicts = findConflicts('S1', [
      report('a', 'أ', '2024-06-20', 'قتل ما يصل إلى 70 شخصا.', [
        { surface: '70', value: 70, approx: 'at_most' },
      ]),
      report('b', 'ب', '2024-06-20', 'قتل 52 شخصا.', [{ surface: '52', value: 52 }]),
    ]);
    expect(conflicts.filter((c) => c.verdict === 'contradiction')).toEqual([]);
  });

  it('figures for different places are different scopes', () => {
    const conflicts = findConflicts('S1', [
      report(
        'a',
        'أ',
        '2023-02-07',
        'قتل 1600 شخص في تركيا.\nوقتل 800 شخص في سوريا.',
        [
          { surface: '1600', value: 1600 },
          { surface: '800', value: 800 },
        ],
        { places: ['تركيا', 'سوريا'] },
      ),
    ]);
    expect(conflicts).toEqual([]);
  });

  it('a toll for both countries together continues the story total of an earlier report', () => {
    const conflicts = findConflicts('S1', [
      report('a', 'أ', '2023-02-07', 'ارتفعت حصيلة الزلزال إلى 2400 قتيل.', [
        { surface: '2400', value: 2400 },
      ]),
      report(
        'b',
        'ب',
        '2023-02-08',
        'بلغ عدد القتلى في تركيا وسوريا معا 5000.\nوقالت السلطات التركية إن 3500 قتلوا.\nوقتل 1500 في سوريا.',
        [
          { surface: '5000', value: 5000 },
          { surface: '3500', value: 3500 },
          { surface: '1500', value: 1500 },
        ],
        { places: ['تركيا', 'سوريا'] },
      ),
    ]);
    const update = conflicts.find((c) => c.verdict === 'update');
    expect(update?.claims.map((c) => c.value)).toEqual([2400, 5000]);
    expect(conflicts.filter((c) => c.verdict === 'contradiction')).toEqual([]);
  });

  it('a toll from an earlier year told for comparison is history, not a claim', () => {
    const text = 'قتل 90 شخصا في الزلزال.\nوكان زلزال عام 1999 قد قتل 17 ألف شخص.';
    const conflicts = findConflicts('S1', [
      report(
        'a',
        'أ',
        '2023-02-06',
        text,
        [
          { surface: '90', value: 90 },
          { surface: '17 ألف', value: 17000 },
        ],
        {
          times: [{ surface: '1999', value: '1999' }],
        },
      ),
    ]);
    expect(conflicts).toEqual([]);
  });

  it('a figure counting children is compared with children, not with the whole toll', () => {
    const conflicts = findConflicts('S1', [
      report('a', 'أ', '2024-08-01', 'قتل 120 شخصا في السيول.\nوقال مسؤول إن 35 طفلا قتلوا.', [
        { surface: '120', value: 120 },
        { surface: '35', value: 35 },
      ]),
      report('b', 'ب', '2024-08-02', 'ارتفع عدد القتلى إلى 150 شخصا.', [{ surface: '150', value: 150 }]),
    ]);
    expect(conflicts.map((c) => c.verdict)).toEqual(['update']);
    expect(conflicts[0]?.claims.map((c) => c.value)).toEqual([120, 150]);
    expect(conflicts[0]?.scope?.subgroup).toBeUndefined();
  });

  it('serious injuries one outlet counts do not contradict all injuries another counts', () => {
    const same = (subgroupText: string) =>
      findConflicts('S1', [
        report('a', 'أ', '2024-08-01', 'أصيب 300 شخص في الزلزال.', [
          { surface: '300', value: 300, role: 'injured' },
        ]),
        report('b', 'ب', '2024-08-01', `سجلت المستشفيات 80 ${subgroupText}.`, [
          { surface: '80', value: 80, role: 'injured' },
        ]),
      ]);
    expect(same('إصابة خطيرة')).toEqual([]);
    expect(
      findConflicts('S1', [
        report('a', 'أ', '2024-08-01', 'أصيب 300 شخص في الزلزال.', [
          { surface: '300', value: 300, role: 'injured' },
        ]),
        report('b', 'ب', '2024-08-01', 'وقال الوزير إن الحالات الحرجة بين المصابين بلغ عددها 80 حالة.', [
          { surface: '80', value: 80, role: 'injured' },
        ]),
      ]),
    ).toEqual([]);
    // Without the adjective the two are the same scope, and the same day they disagree.
    expect(same('إصابة').map((c) => c.verdict)).toEqual(['contradiction']);
  });

  it('children named as a part after the toll leave the toll the story total', () => {
    const conflicts = findConflicts('S1', [
      report('a', 'أ', '2024-08-01', 'قتل 120 شخصا بينهم أطفال.', [{ surface: '120', value: 120 }]),
      report('b', 'ب', '2024-08-02', 'ارتفع عدد القتلى إلى 150.', [{ surface: '150', value: 150 }]),
    ]);
    expect(conflicts.map((c) => c.verdict)).toEqual(['update']);
    expect(conflicts[0]?.explanationAr).not.toMatch(/الأطفال/);
  });

  it('two outlets placing the same attack on different days contradict each other, in both languages', () => {
    const dated = (id: string, outlet: string, day: string, surface: string) => {
      const text = `هاجم مسلحون قافلة للإغاثة ${surface}.`;
      const analysis = makeAnalysis({
        text,
        outlet,
        published: '2024-03-12',
        entities: [{ type: 'PER', name: 'مسلحون' }],
        times: [{ surface, value: day }],
        events: [{ type: 'ASSAULT', actors: ['مسلحون'], targets: [], sentence: text, time: surface }],
      });
      return {
        ref: { id, url: null, source: null, title: null, outlet, published: '2024-03-12' },
        analysis,
        duplicateOf: null,
      };
    };
    const conflicts = findConflicts('S1', [
      dated('a', 'أ', '2024-03-10', 'يوم الأحد'),
      dated('b', 'ب', '2024-03-11', 'يوم الاثنين'),
    ]);
    expect(conflicts.map((c) => [c.kind, c.verdict])).toEqual([['date', 'contradiction']]);
    expect(conflicts[0]?.claims.map((c) => c.value)).toEqual(['2024-03-10', '2024-03-11']);
    expect(conflicts[0]?.explanationAr).not.toMatch(/[A-Z]/);
  });

  it('every item explains its verdict in English and in Arabic', () => {
    const conflicts = findConflicts('S1', [
      report('a', 'أ', '2023-10-08', 'القتلى 2445.', [{ surface: '2445', value: 2445 }]),
      report('b', 'ب', '2023-10-12', 'القتلى 1480.', [{ surface: '1480', value: 1480 }]),
    ]);
    expect(conflicts[0]?.explanation).toMatch(/lower/);
    expect(conflicts[0]?.explanationAr).toMatch(/أدنى/);
  });
});
