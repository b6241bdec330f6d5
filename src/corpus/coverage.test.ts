import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../analyze/analyze.js';
import { coverageOf } from './coverage.js';

function coverage(text: string, title?: string) {
  return coverageOf(
    analyzeDocument({ text, ...(title ? { title } : {}) }, { publishedOverride: '2025-01-10' }),
  );
}

describe('an outlet’s coverage of a story', () => {
  it('gives the toll by role and the lead, without the headline', () => {
    const title = 'مقتل 14 في انهيار مبنى بالإسكندرية';
    const c = coverage(
      `${title}\nالإسكندرية - قُتل 14 شخصاً وأصيب 22 آخرون في انهيار مبنى سكني قديم. وقالت فرق الإنقاذ إن البحث مستمر.\n`,
      title,
    );
    expect(c.figures.killed?.value).toBe(14);
    expect(c.figures.injured?.value).toBe(22);
    expect(c.figures.missing).toBeUndefined();
    expect(c.lead).toMatch(/^الإسكندرية - قُتل 14 شخصاً/u);
    expect(c.lead).not.toContain('فرق الإنقاذ');
  });

  it('does not take a related headline’s figure as the report’s', () => {
    const c = coverage(
      'تواصل عمليات البحث عن ناجين في موقع الانهيار وسط المدينة.\nاقرأ أيضاً: مقتل 40 في حادث قطار بعيد\n',
    );
    expect(c.figures.killed).toBeUndefined();
  });
});
