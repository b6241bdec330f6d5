import { describe, expect, it } from 'vitest';
import { loadCommonWords } from '../resources.js';
import { countCommonWords, formatCommonWords, parseCommonWords } from './common-words.js';
import type { TaggedSentence } from './conll.js';

/** A sentence from `word/TAG` pairs. */
const sentence = (line: string): TaggedSentence => {
  const pairs = line.split(' ').map((p) => p.split('/') as [string, string]);
  return { words: pairs.map((p) => p[0]), tags: pairs.map((p) => p[1]) };
};

describe('common words counted from annotated text', () => {
  const corpus = [
    sentence('غمرت/O الأمطار/O شوارع/O حمص/B-LOC'),
    sentence('وتسببت/O الأمطار/O بخسائر/O في/O حمص/B-LOC'),
    sentence('وتوقفت/O الأمطار/O ليلا/O'),
    sentence('الامطار/O غزيرة/O قرب/O حمص/B-LOC'),
    sentence('وقال/O أمطار/B-PER خليل/I-PER إن/O الأمطار/O توقفت/O'),
  ];

  it('counts a word by its folded key, and how often it is inside a name', () => {
    const rows = countCommonWords([corpus]);
    expect(rows.find((r) => r.key === 'الامطار')).toEqual({ key: 'الامطار', occurrences: 5, inNames: 0 });
  });

  it('leaves out names, rare words and words of fewer than three letters', () => {
    const keys = countCommonWords([corpus]).map((r) => r.key);
    expect(keys).not.toContain('حمص');
    expect(keys).not.toContain('شوارع');
    expect(keys).not.toContain('في');
  });

  it('sums the corpora and writes rows in key order, read back by thresholds', () => {
    const more = [sentence('توقفت/O بعد/O يوم/O'), sentence('توقفت/O قبل/O الفجر/O')];
    const rows = countCommonWords([corpus, more]);
    expect(rows.map((r) => r.key)).toEqual(['الامطار', 'توقفت']);
    const text = formatCommonWords(rows, 'test rows');
    expect(text.startsWith('# test rows\n')).toBe(true);
    expect(parseCommonWords(text, { minOccurrences: 3, maxNameShare: 0 })).toEqual(
      new Set(['الامطار', 'توقفت']),
    );
    expect(parseCommonWords(text, { minOccurrences: 4, maxNameShare: 0 })).toEqual(new Set(['الامطار']));
  });

  it('says which line of the file is malformed', () => {
    expect(() => parseCommonWords('# x\nالامطار\t5\n', { minOccurrences: 1, maxNameShare: 1 })).toThrow(
      /line 2/,
    );
  });

  it('ships a list with the common nouns of disaster news and without well-known names', () => {
    const common = loadCommonWords();
    expect(common.has('السيول')).toBe(true);
    expect(common.has('الزلزال')).toBe(true);
    for (const name of ['موسكو', 'طالبان', 'القاهره', 'احمد']) expect(common.has(name)).toBe(false);
  });
});
