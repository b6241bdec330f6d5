import { describe, expect, it } from 'vitest';
import { findConflicts, type StoryDocument } from '../../corpus/conflicts.js';
import { makeAnalysis } from '../../corpus/testing/make-analysis.js';
import { renderConflicts } from './conflicts.js';

function report(id: string, outlet: string, published: string, text: string, value: number): StoryDocument {
  const analysis = makeAnalysis({
    text,
    outlet,
    published,
    quantities: [{ surface: String(value), value, role: 'killed' }],
  });
  return {
    ref: { id, url: null, source: null, title: null, outlet, published },
    analysis,
    duplicateOf: null,
  };
}

describe('rasd conflicts, as text', () => {
  it('prints each verdict with its Arabic explanation and marks wire copies on their claim', () => {
    const separate = findConflicts('S1', [
      report('a', 'وكالة الشرق', '2024-08-01', 'قتل 40 شخصا في السيول.', 40),
      report('other', 'صحيفة النهار', '2024-08-01', 'قتل 40 شخصا في السيول.', 40),
      report('b', 'إذاعة الوادي', '2024-08-03', 'ارتفع عدد القتلى إلى 75.', 75),
    ]);
    const withCopy = findConflicts('S1', [
      report('a', 'وكالة الشرق', '2024-08-01', 'قتل 40 شخصا في السيول.', 40),
      { ...report('copy', 'صحيفة النهار', '2024-08-01', 'قتل 40 شخصا في السيول.', 40), duplicateOf: 'a' },
      report('b', 'إذاعة الوادي', '2024-08-03', 'ارتفع عدد القتلى إلى 75.', 75),
    ]);
    const text = renderConflicts(withCopy, withCopy.length);
    expect(text).toMatch(/^1 conflict\n/);
    expect(text).toContain('[update]');
    expect(text).toContain(withCopy[0]?.explanationAr as string);
    expect(text).toMatch(/وكالة الشرق \(\+1 copy\)/);
    expect(renderConflicts(separate, separate.length)).not.toMatch(/copy/);
  });
});
