import { describe, expect, it } from 'vitest';
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
});
