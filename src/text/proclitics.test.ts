import { describe, expect, it } from 'vitest';
import { procliticReadings, procliticSequences } from './proclitics.js';

const stems = (key: string, article = false) => procliticReadings(key, { article }).map((r) => r.stem);

describe('proclitic readings', () => {
  it('rule 1: the whole word first, then without the conjunction, then without the preposition', () => {
    expect(stems('وبمارس')).toEqual(['وبمارس', 'بمارس', 'مارس']);
    expect(procliticReadings('وبمارس').at(-1)?.clitics).toBe('وب');
  });

  it('rule 1: لل is read as ل + ال, before the plain preposition reading', () => {
    expect(stems('للعام')).toEqual(['للعام', 'العام', 'لعام']);
    expect(procliticReadings('وللعام').find((r) => r.stem === 'العام')?.clitics).toBe('ول');
  });

  it('rule 2: the article comes off last, and only when asked', () => {
    expect(stems('وللقتلي', true)).toEqual(['وللقتلي', 'للقتلي', 'القتلي', 'لقتلي', 'قتلي']);
    expect(stems('القتلي')).toEqual(['القتلي']);
    expect(procliticReadings('والقتلي', { article: true }).at(-1)).toEqual({ stem: 'قتلي', clitics: 'وال' });
  });

  it('rule 3: a stripped reading keeps at least two letters', () => {
    expect(stems('بين')).toEqual(['بين', 'ين']);
    expect(stems('ول')).toEqual(['ول']);
    expect(stems('بال', true)).toEqual(['بال', 'ال']);
  });

  it('rule 3: the alef that لل gives back to the article is not a letter kept (فلل is not ف + ال)', () => {
    expect(stems('فلل')).toEqual(['فلل', 'لل']);
    expect(stems('لله')).toEqual(['لله', 'اله', 'له']);
  });

  it('rule 3: the caller may name a larger minimum (number words keep three letters)', () => {
    expect(procliticReadings('لست', { minStem: 3 }).map((r) => r.stem)).toEqual(['لست']);
    expect(procliticReadings('وللعشرين', { minStem: 3 }).map((r) => r.stem)).toEqual([
      'وللعشرين',
      'للعشرين',
      'العشرين',
      'لعشرين',
    ]);
  });
});

describe('proclitic sequences', () => {
  const splits = (letters: string) =>
    procliticSequences(letters).map((s) => `${s.proclitics.join('+')}/${s.length}`);

  it('reads لل as ل + ال both ways: the alef dropped, or the lam merged with a stem that begins with ل', () => {
    expect(splits('للجنه')).toEqual(['/0', 'ل/1', 'ل+ال/2', 'ل+ال/1']);
  });

  it('reads the future س only before an imperfect prefix, after a conjunction too', () => {
    expect(splits('وسنعمل')).toEqual(['/0', 'و/1', 'و+س/2']);
    expect(splits('سمير')).toEqual(['/0']);
  });
});
