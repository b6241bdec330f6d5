import { describe, expect, it } from 'vitest';
import { formatIsoDate, isoToDate } from '../web/src/lib/format.js';

describe('web date formatting', () => {
  it('shows a TIMEX3 decade as its span of years', () => {
    expect(formatIsoDate('198', 'en')).toBe('1980–1989');
  });

  it('shows a season with its year, in the reader language', () => {
    expect(formatIsoDate('2024-SU', 'en')).toBe('summer 2024');
    expect(formatIsoDate('2024-SU', 'ar')).toMatch(/^صيف /u);
  });

  it('places a decade and a season on a timeline at their start', () => {
    expect(isoToDate('198')?.toISOString().slice(0, 10)).toBe('1980-01-01');
    expect(isoToDate('2024-FA')?.toISOString().slice(0, 10)).toBe('2024-09-01');
  });

  it('still shows a plain year', () => {
    expect(formatIsoDate('2024', 'en')).toBe('2024');
  });
});
