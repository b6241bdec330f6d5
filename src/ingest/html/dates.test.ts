import { describe, expect, it } from 'vitest';
import { dateFromUrl, parseDateValue } from './dates.js';

describe('parseDateValue', () => {
  it('reads ISO dates as written, without moving them to another time zone', () => {
    expect(parseDateValue('2025-04-17T23:30:00-05:00')).toBe('2025-04-17');
    expect(parseDateValue('2025-04-17')).toBe('2025-04-17');
    expect(parseDateValue('2025/4/7 10:00')).toBe('2025-04-07');
  });

  it('reads compact, RFC 2822 and English prose dates', () => {
    expect(parseDateValue('20250417T101500')).toBe('2025-04-17');
    expect(parseDateValue('Thu, 17 Apr 2025 08:00:00 GMT')).toBe('2025-04-17');
    expect(parseDateValue('April 7th, 2025')).toBe('2025-04-07');
  });

  it('keeps a month-only date at month precision', () => {
    expect(parseDateValue('2025-04')).toBe('2025-04');
  });

  it('refuses ambiguous day-first dates and impossible ones', () => {
    expect(parseDateValue('17/04/2025')).toBeNull();
    expect(parseDateValue('2025-02-30')).toBeNull();
    expect(parseDateValue('2025-13-01')).toBeNull();
    expect(parseDateValue('منذ ساعتين')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('finds day dates in the path in their usual shapes', () => {
    expect(dateFromUrl('https://news.example/politics/2025/04/17/talks-resume')).toBe('2025-04-17');
    expect(dateFromUrl('https://news.example/2025-04-17/talks')).toBe('2025-04-17');
    expect(dateFromUrl('https://news.example/news/20250417/talks.html')).toBe('2025-04-17');
  });

  it('gives the month when the path has only year and month', () => {
    expect(dateFromUrl('https://news.example/2025/04/talks-resume.html')).toBe('2025-04');
  });

  it('ignores numbers that are not dates and the query string', () => {
    expect(dateFromUrl('https://news.example/article/123456789')).toBeNull();
    expect(dateFromUrl('https://news.example/a?d=2025/04/17/')).toBeNull();
    expect(dateFromUrl('not a url')).toBeNull();
  });
});
