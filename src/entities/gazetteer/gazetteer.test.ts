import { describe, expect, it } from 'vitest';
import { wordFormsOf } from '../word-forms.js';
import {
  buildGazetteer,
  GAZ_BIT,
  GAZ_KINDS,
  type GazetteerLists,
  isNationality,
  matchGazetteer,
  nationalityBare,
} from './gazetteer.js';

function gazetteerOf(lists: Partial<Record<(typeof GAZ_KINDS)[number], string[]>>) {
  const empty = Object.fromEntries(GAZ_KINDS.map((kind) => [kind, []])) as unknown as GazetteerLists;
  return buildGazetteer({ ...empty, ...lists });
}

/** Which words of the sentence begin a nationality phrase. */
function nationalWords(sentence: string, nationalities: string[]): string[] {
  const words = sentence.split(' ');
  const match = matchGazetteer(words.map(wordFormsOf), gazetteerOf({ nationality: nationalities }));
  return words.filter((_, i) => ((match.begin[i] ?? 0) & GAZ_BIT.nationality) !== 0);
}

describe('nationality adjectives', () => {
  it('keeps a first letter that looks like a clitic as part of the adjective', () => {
    // `ل` of `ليبي`, `ف` of `فرنسي`, `ك` of `كندي`, `ب` of `بريطاني` read as clitics would cut the word.
    expect(nationalityBare('ليبي')).toBe('ليبي');
    expect(nationalityBare('فرنسي')).toBe('فرنسي');
    expect(nationalityBare('كندي')).toBe('كندي');
    expect(nationalityBare('بريطاني')).toBe('بريطاني');
  });

  it('reads an alef with hamza as the first letter, an article only as written', () => {
    expect(nationalityBare('ألماني')).toBe('الماني');
    expect(nationalityBare('الروسي')).toBe('روسي');
  });

  it('matches the inflected forms with the article, and not the cut stems', () => {
    const list = ['ليبي', 'فرنسي', 'ألماني', 'كندي'];
    const found = nationalWords(
      'التقى الوفد الليبي بالسفيرة الفرنسية ثم زار الخبراء الألمانيون مصنعا كنديا ووصل يبي ماني',
      list,
    );
    expect(found).toEqual(['الليبي', 'الفرنسية', 'الألمانيون']);
  });

  it('answers whether a bare word is a nationality for the adjectives a clitic reading would cut', () => {
    const gazetteer = gazetteerOf({ nationality: ['ليبي', 'فرنسي'], surname: ['ليبي'] });
    expect(isNationality(gazetteer, 'ليبي')).toBe(true);
    expect(isNationality(gazetteer, 'فرنسيه')).toBe(true);
    expect(isNationality(gazetteer, 'يبي')).toBe(false);
  });
});
