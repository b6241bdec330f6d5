import { describe, expect, it } from 'vitest';
import { coarseTag, joinClitics, parseWikiFane } from './wikifane.js';

const LRM = '\u200E';
/** A corpus in WikiFANE's layout: every token after an LRM mark, a tab, its fine tag. */
const corpus = (...sentences: [string, string][][]) =>
  sentences.map((s) => s.map(([token, tag]) => `${LRM}${token}\t${tag}`).join('\n')).join('\n\n');

describe('parseWikiFane', () => {
  it('strips the LRM marks and maps fine classes onto ANERcorp types', () => {
    const text = corpus([
      ['زار', 'O'],
      ['سامي', 'B-Politician'],
      ['الخطيب', 'I-Politician'],
      ['مدينة', 'O'],
      ['طرابلس', 'B-Population-Center'],
      ['مع', 'O'],
      ['شركة', 'B-Commercial'],
      ['النور', 'I-Commercial'],
    ]);
    expect(parseWikiFane(text)).toEqual([
      {
        words: ['زار', 'سامي', 'الخطيب', 'مدينة', 'طرابلس', 'مع', 'شركة', 'النور'],
        tags: ['O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG'],
      },
    ]);
  });

  it('reads peoples and communities as O, as ANERcorp tags them', () => {
    const [sentence] = parseWikiFane(
      corpus([
        ['هاجر', 'O'],
        ['البدو', 'B-Group'],
        ['شمالا', 'O'],
      ]),
    );
    expect(sentence?.tags).toEqual(['O', 'O', 'O']);
  });

  it('leaves out a sentence that names a facility, which ANERcorp tags inconsistently', () => {
    const text = corpus(
      [
        ['صلى', 'O'],
        ['في', 'O'],
        ['جامع', 'B-Building-Grounds'],
        ['النور', 'I-Building-Grounds'],
      ],
      [
        ['وصل', 'O'],
        ['الى', 'O'],
        ['حلب', 'B-Population-Center'],
      ],
    );
    expect(parseWikiFane(text).map((s) => s.words)).toEqual([['وصل', 'الى', 'حلب']]);
  });

  it('turns an I- whose B- was mapped away into the beginning of a name', () => {
    expect(
      parseWikiFane(
        corpus([
          ['ثم', 'O'],
          ['عمان', 'I-Nation'],
        ]),
      )[0]?.tags,
    ).toEqual(['O', 'B-LOC']);
  });
});

describe('joinClitics', () => {
  it('joins a conjunction onto the name after it, which still begins there', () => {
    const joined = joinClitics(['زار', 'دمشق', 'و', 'حمص'], ['O', 'B-LOC', 'O', 'B-LOC']);
    expect(joined).toEqual({ words: ['زار', 'دمشق', 'وحمص'], tags: ['O', 'B-LOC', 'B-LOC'] });
  });

  it('joins a chain of proclitics and keeps a clitic that is inside a name inside it', () => {
    const joined = joinClitics(
      ['و', 'ب', 'ها', 'كلية', 'الطب', 'و', 'الصيدلة'],
      ['O', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG'],
    );
    expect(joined).toEqual({
      words: ['وبها', 'كلية', 'الطب', 'والصيدلة'],
      tags: ['O', 'B-ORG', 'I-ORG', 'I-ORG'],
    });
  });

  it('joins a pronoun suffix onto the word before it, teh marbuta written as teh', () => {
    const joined = joinClitics(
      ['زرت', 'عاصمة', 'ها', 'و', 'قرأت', 'عن', 'ه'],
      ['O', 'O', 'O', 'O', 'O', 'O', 'O'],
    );
    expect(joined.words).toEqual(['زرت', 'عاصمتها', 'وقرأت', 'عنه']);
  });

  it('keeps a name begun by its first word when a suffix joins it (عبد + ه)', () => {
    const joined = joinClitics(['قال', 'عبد', 'ه', 'سالم'], ['O', 'B-PER', 'I-PER', 'I-PER']);
    expect(joined).toEqual({ words: ['قال', 'عبده', 'سالم'], tags: ['O', 'B-PER', 'I-PER'] });
  });

  it('leaves a clitic letter alone when no word follows it', () => {
    expect(joinClitics(['الحرف', 'و', '.'], ['O', 'O', 'O']).words).toEqual(['الحرف', 'و', '.']);
  });
});

describe('coarseTag', () => {
  it('reads an unknown class and O as O', () => {
    expect(coarseTag('B-Nothing')).toBe('O');
    expect(coarseTag('O')).toBe('O');
    expect(coarseTag('I-Athlete')).toBe('I-PER');
  });
});
