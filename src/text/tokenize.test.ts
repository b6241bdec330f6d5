import { describe, expect, it } from 'vitest';
import { type TokenKind, tokenize } from './tokenize.js';

function tokens(text: string): [string, TokenKind][] {
  return tokenize(text).map((t) => [t.text, t.kind]);
}

describe('tokenize rules', () => {
  it('keeps a URL whole, dots included, without the punctuation after it', () => {
    expect(tokens('راجع https://example.org/news/a.html، أو www.example.org.')).toEqual([
      ['راجع', 'word'],
      ['https://example.org/news/a.html', 'url'],
      ['،', 'punct'],
      ['أو', 'word'],
      ['www.example.org', 'url'],
      ['.', 'punct'],
    ]);
  });

  it('keeps hashtags and handles whole', () => {
    expect(tokens('#طالبان و@UN_News')).toEqual([
      ['#طالبان', 'hashtag'],
      ['و', 'word'],
      ['@UN_News', 'hashtag'],
    ]);
  });

  it('keeps a number whole with its thousands and decimal separators in any digit script', () => {
    expect(tokens('1,500 و٣٫٥ و١٬٢٠٠')).toEqual([
      ['1,500', 'number'],
      ['و', 'word'],
      ['٣٫٥', 'number'],
      ['و', 'word'],
      ['١٬٢٠٠', 'number'],
    ]);
  });

  it('leaves a sentence-final dot out of the number before it', () => {
    expect(tokens('عام 2024.')).toEqual([
      ['عام', 'word'],
      ['2024', 'number'],
      ['.', 'punct'],
    ]);
  });

  it('keeps diacritics and tatweel inside an Arabic word', () => {
    expect(tokens('قَالَ الرئيـــس')).toEqual([
      ['قَالَ', 'word'],
      ['الرئيـــس', 'word'],
    ]);
  });

  it('keeps a zero-width non-joiner inside a word but not at its end', () => {
    expect(tokenize('می\u200Cخواهد')).toHaveLength(1);
    expect(tokens('كابل\u200C قال')).toEqual([
      ['كابل', 'word'],
      ['قال', 'word'],
    ]);
  });

  it('keeps inner apostrophes and hyphens in Latin words', () => {
    expect(tokens("COVID-19 O'Brien")).toEqual([
      ['COVID-19', 'latin'],
      ["O'Brien", 'latin'],
    ]);
  });

  it('makes an ellipsis one punctuation token', () => {
    expect(tokens('ربما... ثم… لا')).toEqual([
      ['ربما', 'word'],
      ['...', 'punct'],
      ['ثم', 'word'],
      ['…', 'punct'],
      ['لا', 'word'],
    ]);
  });

  it('makes every other visible character a punctuation token of its own', () => {
    expect(tokens('«نعم»؟😀')).toEqual([
      ['«', 'punct'],
      ['نعم', 'word'],
      ['»', 'punct'],
      ['؟', 'punct'],
      ['😀', 'punct'],
    ]);
  });

  it('separates tokens at whitespace and invisible controls, which belong to no token', () => {
    expect(tokens('قال\u200F\u2067الوزير\u2069\u00A0أمس')).toEqual([
      ['قال', 'word'],
      ['الوزير', 'word'],
      ['أمس', 'word'],
    ]);
  });

  it('gives offsets into the original text within the range asked for', () => {
    const text = 'أولاً ثانياً ثالثاً';
    const found = tokenize(text, 6, 12);
    expect(found.map((t) => [t.start, t.end, t.text])).toEqual([[6, 12, 'ثانياً']]);
  });
});
