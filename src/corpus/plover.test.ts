import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../analyze/analyze.js';
import { ploverRecords } from './plover.js';

const ref = { id: 'd1', url: null, source: 'test', title: null, outlet: null, published: '2024-05-07' };

// Each sentence has figures the export once read by other rules than the events stage: a range
// (no `value`, only `min`), two death tolls (the event keeps the first), a crowd with no role.
const texts = [
  'قصفت الطائرات الإسرائيلية مخيم جباليا شمال غزة يوم الثلاثاء، ما أسفر عن مقتل ما بين 20 و25 شخصاً وإصابة العشرات.',
  'شن الجيش الإسرائيلي غارة على مدينة رفح أسفرت عن مقتل 7 أشخاص، فيما قتل 3 آخرون في خان يونس.',
  'تظاهر نحو خمسة آلاف شخص في العاصمة الأردنية عمان يوم الجمعة احتجاجاً على غلاء الأسعار.',
];

describe('PLOVER export', () => {
  it.each(texts)('states the magnitudes rasd analyze gives the event: %s', (text) => {
    const analysis = analyzeDocument({ text });
    expect(analysis.events.length).toBeGreaterThan(0);
    const records = ploverRecords(ref, analysis);
    expect(records).toHaveLength(analysis.events.length);
    analysis.events.forEach((event, i) => {
      const record = records[i];
      const { dead, injured, size } = event.magnitudes ?? {};
      expect(event.magnitudes, 'the sentence has figures with roles').toBeDefined();
      expect({ dead: record?.dead, injured: record?.injured, size: record?.size }).toEqual({
        dead,
        injured,
        size,
      });
    });
  });

  it('leaves out the magnitudes an event has none of', () => {
    const analysis = analyzeDocument({
      text: 'زار الرئيس الفرنسي إيمانويل ماكرون القاهرة يوم الأحد والتقى نظيره المصري.',
    });
    for (const record of ploverRecords(ref, analysis)) {
      expect(record).not.toHaveProperty('dead');
      expect(record).not.toHaveProperty('size');
    }
  });
});
