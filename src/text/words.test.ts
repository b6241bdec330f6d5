import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';
import { wordsOf, wordsOfTokens } from './words.js';

describe('the words of a long text', () => {
  it('are those of its whole token list, though it is tokenised a stretch of lines at a time', () => {
    // Lines written for this test; some begin with a diacritic, a number or a hashtag.
    const lines = ['قالَ الوزيرُ إن 1,500 شخص نزحوا.', 'ًوأضاف: #غزة https://example.org/a.', '', 'ـــ انتهى'];
    const text = `بيان ${Array.from({ length: 9000 }, (_, k) => lines[k % lines.length]).join('\n')}`;
    expect(text.length).toBeGreaterThan(2 * 65_536);
    // A stretch of 64K would end inside a word: a cut there would split it.
    expect(text.slice(65_535, 65_537)).toMatch(/^\S\S$/u);
    const words = wordsOf(text);
    expect(words).toEqual(wordsOfTokens(tokenize(text)));
    expect(wordsOf(text, 70_000, 140_000)).toEqual(wordsOfTokens(tokenize(text, 70_000, 140_000)));
  });
});
