import { describe, expect, it } from 'vitest';
import { blocksOf, type Mark, splitRuns } from '../web/src/lib/highlight.js';

const TEXT = 'قال الوزير في عمّان إن «الاتفاق نهائي» أمس.';
const at = (word: string) => TEXT.indexOf(word);
const mark = (word: string, kind: Mark['kind']): Mark => ({
  start: at(word),
  end: at(word) + word.length,
  kind,
  tip: word,
});

describe('splitRuns', () => {
  it('joins back into exactly the text, in order', () => {
    const runs = splitRuns(TEXT, [mark('عمّان', 'LOC'), mark('أمس', 'time')]);
    expect(runs.map((r) => r.text).join('')).toBe(TEXT);
    expect(runs.find((r) => r.text === 'عمّان')?.marks.map((m) => m.kind)).toEqual(['LOC']);
  });

  it('gives a run inside two overlapping marks both of them', () => {
    const runs = splitRuns(TEXT, [mark('«الاتفاق نهائي»', 'quote'), mark('الاتفاق', 'MISC')]);
    expect(
      runs
        .find((r) => r.text === 'الاتفاق')
        ?.marks.map((m) => m.kind)
        .sort(),
    ).toEqual(['MISC', 'quote']);
    expect(runs.find((r) => r.text === ' نهائي»')?.marks.map((m) => m.kind)).toEqual(['quote']);
  });

  it('clamps offsets outside the text and drops backwards spans instead of failing', () => {
    const runs = splitRuns(TEXT, [
      { start: -5, end: 3, kind: 'PER', tip: '' },
      { start: 40, end: 999, kind: 'ORG', tip: '' },
      { start: 9, end: 2, kind: 'LOC', tip: '' },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(TEXT);
    expect(runs[0]?.marks.map((m) => m.kind)).toEqual(['PER']);
    expect(runs.some((r) => r.marks.some((m) => m.kind === 'LOC'))).toBe(false);
  });

  it('keeps markup-looking text as text: runs are slices, never parsed', () => {
    const hostile = 'خبر <img src=x onerror=alert(1)> انتهى';
    const runs = splitRuns(hostile, [{ start: 0, end: 3, kind: 'MISC', tip: '' }]);
    expect(runs.map((r) => r.text).join('')).toBe(hostile);
  });

  it('covers only the range asked for', () => {
    const runs = splitRuns(TEXT, [mark('عمّان', 'LOC')], at('في'), at('إن'));
    expect(runs.map((r) => r.text).join('')).toBe(TEXT.slice(at('في'), at('إن')));
  });
});

describe('blocksOf', () => {
  it('covers the text with its segments and the gaps between them', () => {
    const text = 'عنوان\nمتن الخبر\nاقرأ أيضاً: خبر آخر';
    const blocks = blocksOf(text, [
      { kind: 'related', start: 16, end: text.length },
      { kind: 'title', start: 0, end: 5 },
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['title', 'text', 'related']);
    expect(blocks.map((b) => text.slice(b.start, b.end)).join('')).toBe(text);
  });
});
