import { describe, expect, it } from 'vitest';
import { isIsoDate } from './iso-date.js';

describe('isIsoDate', () => {
  it('accepts days and months the calendar has', () => {
    for (const value of ['2024-02-29', '2023-12-31', '2024-01', '1999-12'])
      expect(isIsoDate(value)).toBe(true);
  });

  it('refuses impossible months and days, and other shapes', () => {
    for (const value of [
      '2024-13-45',
      '2024-13',
      '2024-00',
      '2023-02-29',
      '2024-04-31',
      '2024-1-5',
      '24-01-01',
      '',
    ])
      expect(isIsoDate(value)).toBe(false);
  });
});
