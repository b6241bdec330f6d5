import { describe, expect, it } from 'vitest';
import { findNumbers, type NumberMatch } from '../text/numbers.js';
import { findTimeExpressions } from './scan.js';
import { arabicTimeLexicon } from './stage.js';
import { inWindows } from './windows.js';

// Lines written for this test: ranges, منذ, a street name, relative days, an empty line.
const LINES = [
  'عقد المؤتمر بين 3 و5 مارس 2024 في القاهرة بحضور الوزراء.',
  'ولم تهدأ الاشتباكات منذ 12 يناير الماضي، وفق مصادر محلية.',
  'وتجمع المحتجون في شارع 26 يوليو وسط المدينة.',
  'وقال المتحدث إن الوفد يصل يوم الخميس المقبل ويغادر بعد ثلاثة أيام.',
  '',
  'وأجريت الانتخابات في الفترة من 1 إلى 7 نوفمبر 2023.',
];

describe('reading a long text in windows', () => {
  const text = Array.from({ length: 70 }, (_, k) => LINES[k % LINES.length]).join('\n');
  const numbers = findNumbers(text);
  const lexicon = arabicTimeLexicon();
  // Each window is short enough to be read in one piece.
  const findInWindow = (window: string, windowNumbers: readonly NumberMatch[]) =>
    findTimeExpressions(window, lexicon, windowNumbers);

  it('finds what one reading of the whole text finds, range partners included', () => {
    const whole = findTimeExpressions(text, lexicon, numbers);
    const windows: string[] = [];
    const windowed = inWindows(
      text,
      numbers,
      (window, windowNumbers) => {
        windows.push(window);
        return findInWindow(window, windowNumbers);
      },
      { zone: 300, context: 100 },
    );
    expect(windows.length).toBeGreaterThan(5);
    expect(whole.some((e) => e.rangeTo !== undefined)).toBe(true);
    expect(whole.some((e) => e.since)).toBe(true);
    expect(windowed).toEqual(whole);
  });
});
