import { describe, expect, it } from 'vitest';
import { tagHeadedOrganisations } from './head-rule.js';
import { loadHeadRuleData } from './resources.js';
import { TAGS } from './tagger/tags.js';

const data = loadHeadRuleData();
const O = (n: number) => new Int32Array(n);
const tagsOf = (words: string[], tags = O(words.length)) =>
  Array.from(tagHeadedOrganisations(words, tags, data), (t) => TAGS[t]);

describe('tagHeadedOrganisations', () => {
  it('tags a head noun and the article words after it as one organisation', () => {
    const words = ['وأصدرت', 'وزارة', 'الخارجية', 'المصرية', 'بيانا'];
    expect(tagsOf(words)).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  });

  it('stops before a time word', () => {
    const words = ['قالت', 'وزارة', 'الدفاع', 'الثلاثاء', 'إن'];
    expect(tagsOf(words)).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O']);
  });

  it('leaves a head noun alone when no article word follows', () => {
    expect(tagsOf(['زار', 'وزارة', 'في', 'المدينة'])).toEqual(['O', 'O', 'O', 'O']);
  });

  it('does not overwrite what the tagger found', () => {
    const words = ['حركة', 'طالبان', 'الأفغانية'];
    const tags = Int32Array.from([5, 6, 0]);
    expect(tagsOf(words, tags)).toEqual(['B-ORG', 'I-ORG', 'O']);
  });
});
