import { describe, expect, it } from 'vitest';
import { resolveMentionAt } from './re-anchor.js';

// 11 March 2023 was a Saturday.
const SATURDAY = '2023-03-11';

describe('a time mention read against a story’s date', () => {
  it('reads a day offset as if the story’s date were the publication date', () => {
    expect(resolveMentionAt('أمس', SATURDAY)).toBe('2023-03-10');
    expect(resolveMentionAt('اليوم', SATURDAY)).toBe('2023-03-11');
  });

  it('takes a bare weekday as the nearest such day on either side: the report may be newer', () => {
    expect(resolveMentionAt('يوم الجمعة', SATURDAY)).toBe('2023-03-10');
    expect(resolveMentionAt('الأربعاء', SATURDAY)).toBe('2023-03-08');
    expect(resolveMentionAt('الثلاثاء', SATURDAY)).toBe('2023-03-14');
    expect(resolveMentionAt('يوم السبت', SATURDAY)).toBe(SATURDAY);
  });

  it('keeps a weekday said to be past in the past', () => {
    expect(resolveMentionAt('الثلاثاء الماضي', SATURDAY)).toBe('2023-03-07');
  });

  it('reads nothing from text that is not one whole time expression, or from a reference without a day', () => {
    expect(resolveMentionAt('وصل الوفد الجمعة', SATURDAY)).toBeNull();
    expect(resolveMentionAt('الجمعة', '2023-03')).toBeNull();
  });
});
