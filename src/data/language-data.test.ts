import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkLanguageData, LanguageDataError } from './language-data.js';

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
});
