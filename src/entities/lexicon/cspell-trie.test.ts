import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../resources.js';
import { parseCspellTrie } from './cspell-trie.js';

describe('parseCspellTrie', () => {
  it('reads words, back-steps and the end marks of a small trie', () => {
    // cats, then cat (a word end with children), then car after stepping back; dog from the root.
    const lexicon = parseCspellTrie('TrieXv3\nbase=10\n# comment\n__DATA__\ncats$$r$<2\ndog$');
    for (const word of ['cats', 'cat', 'car', 'dog']) expect(lexicon.has(word)).toBe(true);
    for (const word of ['ca', 'c', 'cars', 'do', 'dogs']) expect(lexicon.has(word)).toBe(false);
  });

  it('follows a reference to an earlier node', () => {
    // "ab" then "cb" sharing the node reached after "a" (node 2 counts the shared end node).
    const lexicon = parseCspellTrie('TrieXv3\nbase=10\n__DATA__\nab$<c#1;');
    expect(lexicon.has('ab')).toBe(true);
    expect(lexicon.has('cb')).toBe(true);
    expect(lexicon.has('c')).toBe(false);
  });

  it('rejects a file in another format', () => {
    expect(() => parseCspellTrie('hello')).toThrow();
  });

  it('knows common Arabic words of @cspell/dict-ar and not a transliterated surname', () => {
    const lexicon = loadLexicon();
    expect(lexicon.has('حكومة')).toBe(true);
    expect(lexicon.has('أعلنت')).toBe(true);
    expect(lexicon.has('كابولوف')).toBe(false);
  });
});
