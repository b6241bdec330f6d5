import { describe, expect, it } from 'vitest';
import type { Segment } from '../contract/analysis.js';
import { refineSegments } from './refine-segments.js';
import { segmentVocabulary } from './stage.js';

describe('refineSegments', () => {
  const blocks = [
    'قمة عربية طارئة في القاهرة',
    'عقد القادة العرب قمة طارئة في القاهرة لبحث الأوضاع في المنطقة.',
    'الجامعة العربية تدعو إلى وقف إطلاق النار فوراً | موقع الخليج',
    'القادة العرب يلتقطون صورة جماعية قبل بدء الجلسة (أ.ف.ب)',
    'شارك على فيسبوك',
  ];
  const text = blocks.join('\n\n');
  const kinds: Segment['kind'][] = ['title', 'body', 'body', 'body', 'body'];
  let at = 0;
  const given: Segment[] = blocks.map((block, i) => {
    const segment = { kind: kinds[i] ?? 'body', start: at, end: at + block.length };
    at += block.length + 2;
    return segment;
  });

  it('keeps HTML segments, turning body blocks that are related, captions or boilerplate into those kinds', () => {
    const refined = refineSegments(text, given, segmentVocabulary());
    expect(refined.map((s) => [s.kind, s.start, s.end])).toEqual(
      given.map((s, i) => [['title', 'body', 'related', 'caption', 'boilerplate'][i], s.start, s.end]),
    );
    expect(refined[2]?.outlet).toBe('موقع الخليج');
  });
});
