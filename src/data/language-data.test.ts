import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkLanguageData, LanguageDataError, loadLanguageData } from './language-data.js';

const Words = z.object({ words: z.array(z.string()) });

describe('language data files', () => {
  it('require a _source note', () => {
    expect(() => checkLanguageData('ar/x', { words: ['قال'] }, Words)).toThrow(/_source/);
  });

  it('are validated against the schema', () => {
    expect(() => checkLanguageData('ar/x', { _source: 'us', words: [1] }, Words)).toThrow(LanguageDataError);
  });

  it('reject presentation forms', () => {
    expect(() => checkLanguageData('ar/x', { _source: 'us', words: ['ﻋﺸﺮﺓ'] }, Words)).toThrow(
      /presentation/,
    );
  });

  it('reject tatweel', () => {
    expect(() => checkLanguageData('ar/x', { _source: 'us', words: ['قـال'] }, Words)).toThrow(/tatweel/);
  });

  it('come back NFC and without the _source note', () => {
    const decomposed = 'آ'.normalize('NFD');
    const data = checkLanguageData('ar/x', { _source: 'us', words: [decomposed] }, Words);
    expect(data).toEqual({ words: ['آ'] });
  });

  it('give each schema its own parse of one file', () => {
    // A narrow schema read first must not hand its stripped parse to a caller wanting every field.
    const narrow = loadLanguageData('ar/speech-cues', z.object({ stops: z.array(z.string()) }));
    const wide = loadLanguageData(
      'ar/speech-cues',
      z.object({
        stops: z.array(z.string()),
        echoes: z.array(z.string()),
        later: z.array(z.string()).default([]),
      }),
    );
    expect(Object.keys(narrow)).toEqual(['stops']);
    expect(wide.echoes.length).toBeGreaterThan(0);
    expect(wide.later).toEqual([]);
  });
});
