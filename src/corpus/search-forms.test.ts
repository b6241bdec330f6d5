import { describe, expect, it } from 'vitest';
import { indexFormsOf, queryTerms, stemOf, termMatches, wordForms } from './search-forms.js';

const matches = (query: string, word: string) =>
  queryTerms(query).every((term) => termMatches(term, wordForms(word)));

describe('search forms', () => {
  it('conjunction: طالبان finds وطالبان', () => expect(matches('طالبان', 'وطالبان')).toBe(true));
  it('preposition: طالبان finds لطالبان and بطالبان', () => {
    expect(matches('طالبان', 'لطالبان')).toBe(true);
    expect(matches('طالبان', 'بطالبان')).toBe(true);
  });
  it('article with preposition: للرئيس is ل + ال + رئيس', () => expect(stemOf('للرئيس')).toBe('رئيس'));
  it('stacked proclitics: وبالمحكمة finds المحكمة', () => expect(matches('المحكمة', 'وبالمحكمة')).toBe(true));
  it('hamza on alef: أفغانستان finds افغانستان', () => expect(matches('أفغانستان', 'افغانستان')).toBe(true));
  it('teh marbuta: هراة finds هراه', () => expect(matches('هراة', 'هراه')).toBe(true));
  it('diacritics: زِلْزال finds زلزال', () => expect(matches('زِلْزال', 'زلزال')).toBe(true));
  it('a stem keeps three letters: ولد is not stripped to لد', () => expect(stemOf('ولد')).toBe('ولد'));
  it('future particle is not stripped: تين does not find ستين', () => {
    expect(stemOf('سنوات')).toBe('سنوات');
    expect(matches('تين', 'ستين')).toBe(false);
  });
  it('enclitics are not stripped: عرب does not find عربي', () => expect(matches('عرب', 'عربي')).toBe(false));
  it('different words do not match', () => expect(matches('طالبان', 'طلاب')).toBe(false));
  it('punctuation is not indexed', () => expect(indexFormsOf('قال، ثم. «صمت»')).not.toMatch(/[،.«»"]/));
});
