import { describe, expect, it } from 'vitest';
import { type CliticAnalysis, cliticAnalyses, stemCandidates } from './clitics.js';

function segmentations(word: string): string[] {
  return cliticAnalyses(word).map((a) => [...a.proclitics, `[${a.stem}]`, a.enclitic ?? ''].join(' ').trim());
}

function withStem(word: string, stem: string): CliticAnalysis | undefined {
  return cliticAnalyses(word).find((a) => a.stem === stem);
}

describe('cliticAnalyses', () => {
  it('puts the unsegmented word first', () => {
    const [first] = cliticAnalyses('وبموسكو');
    expect(first).toEqual({ proclitics: [], stem: 'وبموسكو', enclitic: null, stemStart: 0, stemEnd: 7 });
  });

  it('orders candidates by how many clitics they strip', () => {
    const counts = cliticAnalyses('وبموسكو').map((a) => a.proclitics.length + (a.enclitic ? 1 : 0));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it('strips a conjunction then a preposition', () => {
    expect(segmentations('وبموسكو')).toContain('و ب [موسكو]');
    expect(segmentations('لطالبان')).toContain('ل [طالبان]');
  });

  it('strips the article after a conjunction', () => {
    expect(segmentations('والرئيس')).toEqual(expect.arrayContaining(['و [الرئيس]', 'و ال [رئيس]']));
  });

  it('reads the future particle only before an imperfect verb', () => {
    expect(segmentations('وسيعلن')).toContain('و س [يعلن]');
    expect(segmentations('سفارة').some((s) => s.startsWith('س '))).toBe(false);
  });

  it('reads لل as ل with the article whose alef is dropped', () => {
    expect(segmentations('للرئيس')).toContain('ل ال [رئيس]');
  });

  it('lets the article lam merge with a stem that begins with lam', () => {
    expect(segmentations('للجنة')).toContain('ل ال [لجنة]');
  });

  it('strips enclitic pronouns, longest first, but never after the article', () => {
    expect(segmentations('كتابهما')).toContain('[كتاب] هما');
    expect(segmentations('حكومتنا')).toContain('[حكومت] نا');
    const definite = cliticAnalyses('والكتابه').filter((a) => a.proclitics.includes('ال'));
    expect(definite.length).toBeGreaterThan(0);
    expect(definite.every((a) => a.enclitic === null)).toBe(true);
  });

  it('does not shred short words', () => {
    expect(cliticAnalyses('ومن')).toHaveLength(1);
    expect(cliticAnalyses('بها')).toHaveLength(1);
  });

  it('gives stem offsets in the original word, diacritics and tatweel included', () => {
    const word = 'وَبِمُوسْكُـو';
    const analysis = cliticAnalyses(word).find((a) => a.proclitics.join() === 'و,ب');
    expect(analysis && word.slice(analysis.stemStart, analysis.stemEnd)).toBe('مُوسْكُـو');
    expect(analysis?.stem).toBe('مُوسْكُـو');
  });

  it('keeps the marks of the stem’s last letter inside the stem when a pronoun follows', () => {
    const analysis = withStem('كِتَابُهُ', 'كِتَابُ');
    expect(analysis?.enclitic).toBe('ه');
    expect(analysis?.stemEnd).toBe('كِتَابُ'.length);
  });

  it('does not segment words holding other than Arabic letters', () => {
    expect(cliticAnalyses('وCNN')).toHaveLength(1);
    expect(cliticAnalyses('و2024')).toHaveLength(1);
  });

  it('does not split inside a ligature', () => {
    for (const a of cliticAnalyses('و\uFEFBية')) expect(a.stemStart).not.toBe(2);
  });
});

describe('stemCandidates', () => {
  it('returns normalised stems, the unsegmented word first', () => {
    const stems = stemCandidates('وبِموسكو');
    expect(stems[0]).toBe('وبموسكو');
    expect(stems).toContain('موسكو');
  });

  it('offers the stem with its article for lookups of definite names', () => {
    expect(stemCandidates('والرئيس')).toContain('الرئيس');
    expect(stemCandidates('للرئيس')).toContain('الرئيس');
  });

  it('restores a teh marbuta before a pronoun', () => {
    expect(stemCandidates('حكومته')).toContain('حكومة');
  });
});
