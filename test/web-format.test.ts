import { describe, expect, it } from 'vitest';
import { formatDuration, formatIsoDate, formatTimeValue, isoToDate } from '../web/src/lib/format.js';

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

  it('says a duration in words, never as its code', () => {
    expect(formatDuration('P4Y', 'en')).toBe('4 years');
    expect(formatDuration('P4Y', 'ar')).not.toMatch(/[A-Za-z]/);
    expect(formatDuration('P4Y', 'ar')).toContain('سنوات');
    expect(formatDuration('PT3H', 'en')).toBe('3 hours');
    expect(formatDuration('P1Y6M', 'en')).toBe('1 year, 6 months');
    expect(formatDuration('PXY', 'en')).toBe('years');
  });

  it('reads a time value as a date or a duration, and nothing else', () => {
    expect(formatTimeValue('P2D', 'en')).toBe('2 days');
    expect(formatTimeValue('2024-05', 'en')).toBe('May 2024');
    expect(formatTimeValue('PRESENT_REF', 'en')).toBeNull();
    expect(formatDuration('2024', 'en')).toBeNull();
  });
});
