import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';
import { withExtraStems, wordIndexAt, wordIndexContaining, wordsOf, wordsOfTokens } from './words.js';

describe('the words of a long text', () => {
  it('are those of its whole token list, though it is tokenised a stretch of lines at a time', () => {
    // Lines written for this test; some begin with a diacritic, a number or a hashtag.
    const lines = ['قالَ الوزيرُ إن 1,500 شخص نزحوا.', 'ًوأضاف: #غزة https://example.org/a.', '', 'ـــ انتهى'];
    const text = `بيان ${Array.from({ length: 9000 }, (_, k) => lines[k % lines.length]).join('\n')}`;
    expect(text.length).toBeGreaterThan(2 * 65_536);
    // A stretch of 64K would end inside a word: a cut there would split it.
    expect(text.slice(65_535, 65_537)).toMatch(/^\S\S$/u);
    expect([...wordsOf(text)]).toEqual([...wordsOfTokens(tokenize(text))]);
    expect([...wordsOf(text, 70_000, 140_000)]).toEqual([...wordsOfTokens(tokenize(text, 70_000, 140_000))]);
  });
});

describe('the words layer', () => {
  // Sentence written for this test: a spelling repeated, a number, punctuation, a word cut by the range.
  const text = 'وصل الوفدُ إلى المدينة، ثم غادر الوفدُ بعد 3 ساعات.';

  it('gives each word its offsets, spelling, kind, key and stems, field by field as whole', () => {
    const words = wordsOf(text);
    const tokens = tokenize(text);
    expect(words.length).toBe(tokens.length);
    tokens.forEach((t, i) => {
      const word = words.at(i);
      expect(word).toMatchObject(t);
      expect([words.start(i), words.end(i), words.text(i), words.kind(i)]).toEqual([
        t.start,
        t.end,
        t.text,
        t.kind,
      ]);
      expect([words.key(i), words.stems(i)]).toEqual([word?.key, word?.stems]);
    });
    const delegation = words.at(1);
    expect(delegation?.key).toBe('الوفد');
    expect(delegation?.stems).toContain('وفد');
    expect(words.at(-1)).toBeUndefined();
    expect(words.at(words.length)).toBeUndefined();
  });

  it("keeps a word cut at the range's end as the shorter token it is", () => {
    const words = wordsOf(text, 0, 6);
    expect([...words].map((w) => [w.text, w.end])).toEqual([
      ['وصل', 3],
      ['ال', 6],
    ]);
  });

  it('finds the word holding an offset, or the first after it', () => {
    const words = wordsOf(text);
    const inside = text.indexOf('المدينة') + 2;
    expect(words.text(wordIndexContaining(words, inside))).toBe('المدينة');
    expect(words.text(wordIndexAt(words, inside))).toBe('،');
  });

  it('adds stems once per spelling, to every occurrence', () => {
    const words = withExtraStems(wordsOf(text), (stems) =>
      stems.includes('وفد') ? [...stems, 'بعثة'] : null,
    );
    const extended = [...words].filter((w) => w.stems.includes('بعثة')).map((w) => w.start);
    expect(extended).toEqual([4, text.lastIndexOf('الوفد')]);
    expect(words.stems(0)).not.toContain('بعثة');
  });
});

describe('words of several texts', () => {
  it('read a spelling the same in a later text, at that text’s own offsets', () => {
    // Two short texts written for this test, sharing the spelling `والمستشفيات` (13 letters or more).
    const first = 'أغلقت والمستشفيات أبوابها';
    const second = 'زار الوزير والمستشفيات';
    const a = wordsOf(first);
    const b = wordsOf(second);
    expect(a.at(1)).toMatchObject({ start: 6, text: 'والمستشفيات', key: 'والمستشفيات' });
    expect(b.at(2)).toMatchObject({ start: 11, end: 22, text: 'والمستشفيات' });
    expect(b.stems(2)).toEqual(a.stems(1));
    expect(b.stems(2)).toContain('مستشفيات');
  });
});
