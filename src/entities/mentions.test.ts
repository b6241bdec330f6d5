import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { cliticLength, mentionsFromTags } from './mentions.js';
import { loadGazetteer, loadNameEdges, loadOpeningVerbs } from './resources.js';
import { TAG_INDEX } from './tagger/tags.js';

const gazetteer = loadGazetteer();
const cut = (word: string) => word.slice(cliticLength(word, gazetteer).cut);

describe('cliticLength', () => {
  it('cuts a conjunction before a name', () => {
    expect(cut('وطالبان')).toBe('طالبان');
    expect(cut('وموسكو')).toBe('موسكو');
  });

  it('keeps a first letter that belongs to a known name', () => {
    expect(cut('واشنطن')).toBe('واشنطن');
    expect(cut('وليد')).toBe('وليد');
    expect(cut('لبنان')).toBe('لبنان');
    expect(cut('بغداد')).toBe('بغداد');
    expect(cut('وزارة')).toBe('وزارة');
  });

  it('cuts a preposition before a known name or the article, and keeps the article', () => {
    expect(cut('لروسيا')).toBe('روسيا');
    expect(cut('بالقاهرة')).toBe('القاهرة');
    expect(cut('وبالقاهرة')).toBe('القاهرة');
    expect(cut('الكرملين')).toBe('الكرملين');
  });

  it('keeps a name that opens with كال (a transliteration), cutting ك only before a known name', () => {
    expect(cut('كاليفورنيا')).toBe('كاليفورنيا');
    expect(cut('كالفينو')).toBe('كالفينو');
    expect(cut('كالقاهرة')).toBe('القاهرة');
  });

  it('cuts only the preposition of لل and asks for the alef back', () => {
    expect(cliticLength('للأمم', gazetteer)).toEqual({ cut: 1, restoreAlef: true });
  });
});

describe('mentionsFromTags', () => {
  const found = (text: string, tags: readonly string[]) =>
    mentionsFromTags(
      text,
      tokenize(text),
      Int32Array.from(tags, (t) => TAG_INDEX.get(t) ?? 0),
      {
        gazetteer,
      },
    ).map((m) => m.text);
  const foundWithEdges = (text: string, tags: readonly string[]) =>
    mentionsFromTags(
      text,
      tokenize(text),
      Int32Array.from(tags, (t) => TAG_INDEX.get(t) ?? 0),
      {
        gazetteer,
        edges: loadNameEdges(),
      },
    ).map((m) => m.text);

  it('never opens a name with a particle, an interrogative or a negation (a headline asking about someone)', () => {
    expect(foundWithEdges('أين حفتر الآن؟', ['B-PER', 'I-PER', 'O', 'O'])).toEqual(['حفتر']);
    expect(foundWithEdges('هل الحريري عائد؟', ['B-PER', 'I-PER', 'O', 'O'])).toEqual(['الحريري']);
    expect(foundWithEdges('فإن نتنياهو رفض', ['B-PER', 'I-PER', 'O'])).toEqual(['نتنياهو']);
  });

  it('drops a lone nationality adjective with the article, though a surname list has it', () => {
    // ليبي is on the surname list too; with the article it is an adjective here.
    expect(found('وقال المدعي العام الليبي إن', ['O', 'O', 'O', 'B-PER', 'O'])).toEqual([]);
    expect(found('وصرح الوزير اللبناني أمس', ['O', 'O', 'B-PER', 'O'])).toEqual([]);
    expect(found('وقال أبو أنس الليبي إن', ['O', 'B-PER', 'I-PER', 'I-PER', 'O'])).toEqual([
      'أبو أنس الليبي',
    ]);
  });
});

describe('a verb that opens its clause is not part of the name after it', () => {
  const rules = { gazetteer, edges: loadNameEdges(), openingVerbs: loadOpeningVerbs() };
  const found = (text: string, tags: readonly string[]) =>
    mentionsFromTags(
      text,
      tokenize(text),
      Int32Array.from(tags, (t) => TAG_INDEX.get(t) ?? 0),
      rules,
    ).map((m) => m.text);

  it('cuts a verb first in its clause, after a particle or with its own conjunction', () => {
    expect(found('ثم زار أردوغان القاهرة', ['O', 'B-PER', 'I-PER', 'B-LOC'])).toEqual(['أردوغان', 'القاهرة']);
    expect(found('واستقبل ماكرون ضيفه', ['B-PER', 'I-PER', 'O'])).toEqual(['ماكرون']);
    expect(found('هاجم بايدن القرار', ['B-PER', 'I-PER', 'O'])).toEqual(['بايدن']);
  });

  it('keeps a word after another word, and a verb form the gazetteer knows as a name', () => {
    expect(found('وقال طالب الرفاعي إن', ['O', 'B-PER', 'I-PER', 'O'])).toEqual(['طالب الرفاعي']);
    expect(found('رفعت الأسد عاد', ['B-PER', 'I-PER', 'O'])).toEqual(['رفعت الأسد']);
  });
});
