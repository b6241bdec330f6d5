import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../analyze/analyze.js';
import type { TimeExpression } from '../contract/time-expression.js';
import { dropTimesInsideNames } from './inside-names.js';

const reading = { kind: 'relative-day', days: 0 } as unknown as TimeExpression['reading'];
const at = (start: number, end: number, extra: Partial<TimeExpression> = {}): TimeExpression => ({
  start,
  end,
  reading,
  mod: null,
  ...extra,
});

describe('time words inside names', () => {
  it('drops an expression lying wholly inside a name and keeps one outside it', () => {
    const kept = dropTimesInsideNames([at(6, 11), at(20, 25)], [{ start: 0, end: 11 }]);
    expect(kept.map((e) => e.start)).toEqual([20]);
  });

  it('keeps an expression that only overlaps a name', () => {
    expect(dropTimesInsideNames([at(8, 14)], [{ start: 0, end: 11 }])).toHaveLength(1);
  });

  it('renumbers range partners after a removal', () => {
    const kept = dropTimesInsideNames(
      [at(0, 4), at(10, 14, { rangeTo: 2 }), at(18, 22, { rangeFrom: 1 })],
      [{ start: 0, end: 5 }],
    );
    expect(kept).toHaveLength(2);
    expect(kept[0]?.rangeTo).toBe(1);
    expect(kept[1]?.rangeFrom).toBe(0);
  });
});

describe('time words inside names, in the pipeline', () => {
  it('reads no date in the name of an outlet', () => {
    const text = 'وذكرت صحيفة المصري اليوم أن القوات انسحبت من القرية يوم الثلاثاء.';
    const times = analyzeDocument({ text }).times.map((t) => t.text);
    expect(times).not.toContain('اليوم');
    expect(times.some((t) => t.includes('الثلاثاء'))).toBe(true);
  });
});
