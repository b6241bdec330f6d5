import { describe, expect, it } from 'vitest';
import { timeNamed } from './test-support.js';

const REF = '2025-04-17';

describe('conflicts with the context', () => {
  it('flags a month named as current that is not the publication month', () => {
    const t = timeNamed('وقعت الاتفاقية في سبتمبر الجاري.', REF, 'سبتمبر الجاري');
    expect(t.value).toBe('2025-09');
    expect(t.conflict).toMatch(/current/);
  });

  it('flags a date said to be past that falls after publication', () => {
    const t = timeNamed('تراجعت الأسعار منذ عام 2026.', REF, 'عام 2026');
    expect(t.conflict).toMatch(/after publication/);
    expect(timeNamed('تراجعت الأسعار منذ عام 2024.', REF, 'عام 2024').conflict).toBeUndefined();
  });

  it('flags a day that the month does not have', () => {
    const t = timeNamed('ينتهي العقد في 30 فبراير المقبل.', REF, '30 فبراير المقبل');
    expect(t.value).toBeNull();
    expect(t.conflict).toMatch(/no day 30/);
  });
});
