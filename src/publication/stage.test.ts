import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../analyze/analyze.js';
import type { Segment } from '../contract/analysis.js';
import { findLatinDates } from '../times/latin-dates.js';
import { findTimeExpressions } from '../times/scan.js';
import { arabicTimeLexicon } from '../times/stage.js';
import { dateFromUrl, inferPublication } from './infer.js';

function segmentsOf(text: string, parts: readonly [Segment['kind'], string][]): Segment[] {
  return parts.map(([kind, piece]) => {
    const start = text.indexOf(piece);
    return { kind, start, end: start + piece.length };
  });
}

describe('publication date inference', () => {
  it('reads a date from the URL first', () => {
    expect(dateFromUrl('https://example.com/news/2024/09/03/story.html')).toBe('2024-09-03');
    expect(dateFromUrl('https://example.com/a/20231115-flood')).toBe('2023-11-15');
    expect(dateFromUrl('https://example.com/item/123456789')).toBeNull();
  });

  it('prefers the dateline over later dates in the body', () => {
    const dateline = 'بيروت - الأحد 9 مارس 2025';
    const body = 'قالت الحكومة إن الانتخابات ستجري في 4 مايو 2025، وإن الحملة بدأت أمس.';
    const text = `${dateline}\n${body}`;
    const segments = segmentsOf(text, [
      ['dateline', dateline],
      ['body', body],
    ]);
    const published = inferPublication(null, findTimeExpressions(text, arabicTimeLexicon()), segments);
    expect(published).toEqual({ value: '2025-03-09', inferred: true, basis: 'dateline' });
  });

  it('never takes a date of the body: the latest date an article mentions is an event it recounts', () => {
    const body = 'وقّع الطرفان الاتفاق في 2 يناير 2024 وبدأ تنفيذه في 15 فبراير 2024.';
    const segments = segmentsOf(body, [['body', body]]);
    expect(inferPublication(null, findTimeExpressions(body, arabicTimeLexicon()), segments)).toBeNull();
  });

  it("prefers the article's dateline below the title to a site header's date above it", () => {
    const header = 'الجمعة 5 ديسمبر 2025';
    const title = 'البرلمان يقرّ موازنة العام المقبل بعد جلسة طويلة';
    const dateline = 'نشر بتاريخ: 02/12/2025 (آخر تحديث: 03/12/2025)';
    const body = 'صوّت النواب على الموازنة بعد نقاش استمر حتى المساء.';
    const text = [header, title, dateline, body].join('\n');
    const segments = segmentsOf(text, [
      ['dateline', header],
      ['title', title],
      ['dateline', dateline],
      ['body', body],
    ]);
    const published = inferPublication(null, findTimeExpressions(text, arabicTimeLexicon()), segments);
    expect(published).toEqual({ value: '2025-12-02', inferred: true, basis: 'dateline' });
  });

  it('takes the Gregorian day of a dateline that gives the Hijri day first', () => {
    // The tabular Hijri calendar puts 10 Ramadan 1445 on 20 March 2024; outlets following a local
    // sighting print the day before beside it, and the Gregorian day is the one they mean.
    const dateline = 'الثلاثاء 10 رمضان 1445 هـ - 19 مارس 2024 م';
    const body = 'أعلنت البلدية أمس افتتاح السوق الرمضاني في الساحة القديمة.';
    const text = `${dateline}\n${body}`;
    const segments = segmentsOf(text, [
      ['dateline', dateline],
      ['body', body],
    ]);
    const published = inferPublication(null, findTimeExpressions(text, arabicTimeLexicon()), segments);
    expect(published).toEqual({ value: '2024-03-19', inferred: true, basis: 'dateline' });
  });

  it('uses a caption date before the body', () => {
    const body = 'جرى اللقاء في 2 يناير 2024.';
    const caption = 'صورة من الاجتماع الذي عقد في 20 يناير 2024';
    const text = `${body}\n${caption}`;
    const segments = segmentsOf(text, [
      ['body', body],
      ['caption', caption],
    ]);
    const published = inferPublication(null, findTimeExpressions(text, arabicTimeLexicon()), segments);
    expect(published?.basis).toBe('caption');
    expect(published?.value).toBe('2024-01-20');
  });

  it('takes a full date the text gives as today, when its weekday agrees', () => {
    const infer = (body: string) =>
      inferPublication(
        null,
        findTimeExpressions(body, arabicTimeLexicon()),
        segmentsOf(body, [['body', body]]),
        body,
      );
    expect(infer('افتتح الوزير اليوم الأحد، 7 ديسمبر 2025، المعرض الدولي للكتاب.')).toEqual({
      value: '2025-12-07',
      inferred: true,
      basis: 'today',
    });
    // 8 December 2025 is a Monday: a text that calls it Sunday does not say which day it is.
    expect(infer('افتتح الوزير اليوم الأحد 8 ديسمبر 2025 المعرض الدولي للكتاب.')).toBeNull();
    // اليوم far from the date: the date is of something else.
    expect(infer('افتتح الوزير اليوم المعرض الذي يستمر حتى 20 ديسمبر 2025.')).toBeNull();
  });

  it("falls back on the date signing an embedded post, never on a date of the body's prose", () => {
    const body = 'وكان الطرفان قد اتفقا في 4 فبراير 2022 على تبادل الأسرى.';
    const post = '— وزارة الخارجية (@MoFA_Example) March 3, 2022';
    const text = `${body}\n${post}`;
    const segments = segmentsOf(text, [
      ['body', body],
      ['related', post],
    ]);
    const expressions = findLatinDates(text);
    expect(inferPublication(null, expressions, segments, text)).toEqual({
      value: '2022-03-03',
      inferred: true,
      basis: 'embedded-post',
    });
    const unsigned = text.replace('(@MoFA_Example) ', '');
    const plain = inferPublication(
      null,
      findTimeExpressions(unsigned, arabicTimeLexicon()),
      segments,
      unsigned,
    );
    expect(plain).toBeNull();
  });
});

describe('the pipeline', () => {
  it('resolves relative times against the stated publication date', () => {
    const analysis = analyzeDocument({ text: 'أعلن الجيش أمس سيطرته على البلدة.', published: '2024-06-10' });
    expect(analysis.document.published).toEqual({ value: '2024-06-10', inferred: false, basis: 'metadata' });
    expect(analysis.times.map((t) => [t.text, t.value, t.anchor])).toEqual([
      ['أمس', '2024-06-09', 'publication'],
    ]);
  });

  it('infers the publication date from a dateline and anchors relative times to it', () => {
    const text =
      'المرشح الخاسر يطعن في نتائج الانتخابات البلدية\nالخميس 12 أكتوبر 2023 | 09:15 صباحاً\nأُعلنت النتائج أمس، وقال المرشح إنه سيطعن فيها.';
    const analysis = analyzeDocument({ text });
    expect(analysis.document.published).toMatchObject({ value: '2023-10-12', inferred: true });
    const yesterday = analysis.times.find((t) => t.text === 'أمس');
    expect(yesterday).toMatchObject({ value: '2023-10-11', anchor: 'publication' });
  });

  it('leaves relative times unresolved with no date anywhere', () => {
    const analysis = analyzeDocument({ text: 'قال المتحدث اليوم إن الوفد سيصل الأسبوع المقبل.' });
    expect(analysis.document.published.value).toBeNull();
    expect(analysis.times.every((t) => t.anchor === 'unresolved' && t.value === null)).toBe(true);
    expect(analysis.times).toHaveLength(2);
  });

  it('keeps every offset inside the text', () => {
    const text = 'ﻭﻓﻲ 5 ﻣﺎﺭﺱ 2024 ــ وصل الوفد، وبعد ثلاثة أشهر عاد.';
    const analysis = analyzeDocument({ text, published: '2024-07-01' });
    for (const t of analysis.times) {
      expect(t.start).toBeGreaterThanOrEqual(0);
      expect(t.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(analysis.times.length).toBeGreaterThan(0);
  });
});
