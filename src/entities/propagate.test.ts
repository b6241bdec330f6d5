import { describe, expect, it } from 'vitest';
import { propagateNames } from './propagate.js';
import { loadLexicon } from './resources.js';
import { TAG_INDEX, TAGS } from './tagger/tags.js';

const lexicon = loadLexicon();
const tagsOf = (...tags: string[]) => Int32Array.from(tags, (t) => TAG_INDEX.get(t) ?? 0);
const names = (tags: Int32Array) => Array.from(tags, (t) => TAGS[t]);

describe('propagateNames', () => {
  it('tags a surname alone after the full name was found, clitic and all', () => {
    const sentences = [
      ['قال', 'المبعوث', 'زامير', 'كابولوف', 'إن', 'الحوار', 'مستمر'],
      ['وأضاف', 'كابولوف', 'أن', 'الوفد', 'سيعود'],
      ['ورد', 'وكابولوف', 'على', 'الأسئلة'],
    ];
    const tags = [
      tagsOf('O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O'),
      tagsOf('O', 'O', 'O', 'O', 'O'),
      tagsOf('O', 'O', 'O', 'O'),
    ];
    const out = propagateNames(sentences, tags, lexicon);
    expect(names(out[1] as Int32Array)).toEqual(['O', 'B-PER', 'O', 'O', 'O']);
    expect(names(out[2] as Int32Array)).toEqual(['O', 'B-PER', 'O', 'O']);
  });

  it('repeats a multi-word name found once', () => {
    const sentences = [
      ['أعلنت', 'منظمة', 'الصحة', 'العالمية', 'خطة'],
      ['ورحبت', 'الحكومة', 'بخطة', 'منظمة', 'الصحة', 'العالمية'],
    ];
    const tags = [tagsOf('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'), tagsOf('O', 'O', 'O', 'O', 'O', 'O')];
    const out = propagateNames(sentences, tags, lexicon);
    expect(names(out[1] as Int32Array)).toEqual(['O', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG']);
  });

  it('does not spread a one-word name that is also a common word', () => {
    const sentences = [
      ['قالت', 'أمل', 'إن', 'الفريق', 'جاهز'],
      ['ويحدونا', 'أمل', 'كبير'],
    ];
    const tags = [tagsOf('O', 'B-PER', 'O', 'O', 'O'), tagsOf('O', 'O', 'O')];
    const out = propagateNames(sentences, tags, lexicon);
    expect(names(out[1] as Int32Array)).toEqual(['O', 'O', 'O']);
  });

  it('makes a name found whole once whole where the tagger found only part of it', () => {
    const sentences = [
      ['انهارت', 'بيوت', 'في', 'قرية', 'سنگ', 'بران', 'الجبلية'],
      ['ووصلت', 'المساعدات', 'إلى', 'سنگ', 'بران', 'صباحا'],
    ];
    const tags = [
      tagsOf('O', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'O'),
      tagsOf('O', 'O', 'O', 'O', 'B-PER', 'O'),
    ];
    const out = propagateNames(sentences, tags, lexicon);
    expect(names(out[1] as Int32Array)).toEqual(['O', 'O', 'O', 'B-LOC', 'I-LOC', 'O']);
  });

  it('does not lay a name over a mention that runs out of it', () => {
    const sentences = [
      ['قال', 'كريم', 'ناصر', 'إن', 'الوضع', 'هادئ'],
      ['وأكد', 'كريم', 'ناصر', 'الدين', 'ذلك'],
    ];
    const tags = [tagsOf('O', 'B-PER', 'I-PER', 'O', 'O', 'O'), tagsOf('O', 'O', 'B-PER', 'I-PER', 'O')];
    const out = propagateNames(sentences, tags, lexicon);
    expect(names(out[1] as Int32Array)).toEqual(['O', 'O', 'B-PER', 'I-PER', 'O']);
  });

  it("tags another outlet's spelling of a person's last name, not a word the lexicon knows", () => {
    const sentences = [
      ['استقبل', 'المستشار', 'كريستيان', 'شتوكر', 'الوفد'],
      ['وقال', 'شتوكير', 'إن', 'الأمر', 'انتهى'],
      ['وقال', 'الرجل', 'إن', 'الأمر', 'انتهى'],
    ];
    const tags = [
      tagsOf('O', 'O', 'B-PER', 'I-PER', 'O'),
      tagsOf('O', 'O', 'O', 'O', 'O'),
      tagsOf('O', 'O', 'O', 'O', 'O'),
    ];
    const out = propagateNames(sentences, tags, lexicon);
    expect(names(out[1] as Int32Array)).toEqual(['O', 'B-PER', 'O', 'O', 'O']);
    expect(names(out[2] as Int32Array)).toEqual(['O', 'O', 'O', 'O', 'O']);
  });
});
