import { describe, expect, it } from 'vitest';
import { withDomainCopies } from './domains.js';
import { countWordClasses } from './wikifane-words.js';

describe('countWordClasses', () => {
  it('labels a word by the class it mostly has, how it sits in the name and how sure', () => {
    const often = Array.from({ length: 5 }, () => ({
      words: ['زار', 'سامر', 'ناصر'],
      tags: ['O', 'B-PER', 'I-PER'],
    }));
    const labels = countWordClasses([...often, { words: ['نهر', 'العاصي'], tags: ['O', 'B-LOC'] }]);
    expect(labels.get('سامر')).toBe('PER.B+');
    expect(labels.get('ناصر')).toBe('PER.I+');
    expect(labels.get('العاصي')).toBe('LOC.B');
    // never part of a name: no label (a feature of its own, "not a name there")
    expect(labels.has('زار')).toBe(false);
  });

  it('keys words by their stem, so a conjunction before a name does not hide it', () => {
    const labels = countWordClasses([{ words: ['وطرطوس'], tags: ['B-GPE'] }]);
    expect(labels.get('طرطوس')).toBe('GPE.B');
  });
});

describe('withDomainCopies', () => {
  it('gives every feature of a word a copy of its own, the shared one kept', () => {
    const copied = withDomainCopies(
      { offsets: Int32Array.from([0, 2, 3]), hashes: Uint32Array.from([5, 6, 7]) },
      1,
    );
    expect(Array.from(copied.offsets)).toEqual([0, 4, 6]);
    expect([copied.hashes[0], copied.hashes[2], copied.hashes[4]]).toEqual([5, 6, 7]);
    expect(new Set(copied.hashes).size).toBe(6);
  });
});
