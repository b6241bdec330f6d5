import { describe, expect, it } from 'vitest';
import { cliticLength } from './mentions.js';
import { loadGazetteer } from './resources.js';

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

  it('cuts only the preposition of لل and asks for the alef back', () => {
    expect(cliticLength('للأمم', gazetteer)).toEqual({ cut: 1, restoreAlef: true });
  });
});
