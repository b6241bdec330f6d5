/**
 * Document-level consistency: a name the tagger found once in a document is a name wherever it
 * recurs there. News gives the full name and title once (`الرئيس الأمريكي جورج بوش`) and the
 * bare name after (`وقال بوش`), where a sentence-level tagger has less to go on.
 *
 * Rules:
 *  1. every chunk the tagger found is a pattern: its words' keys, the first word also by its stem so
 *     a recurrence with a clitic matches (`وبوش`); a person's last name alone is a pattern too;
 *  2. a pattern is applied only where every word is still untagged, longest pattern first; a
 *     pattern of two words or more also where the tagger found part of it, its mentions wholly
 *     inside (`زنده جان` found whole once, `جان` alone elsewhere: the whole name there too);
 *  3. a one-word pattern is not applied to a common word of the lexicon (`أمل`, `سعيد`), nor to a
 *     word of fewer than three letters;
 *  4. a pattern found with several types takes its most frequent one;
 *  5. a person's last name is also matched by its name key (src/text/name-key.ts), so another
 *     outlet's spelling of it later in the text is the person too (`بوتين`, then `الرئيس بوتن`):
 *     one untagged word of four letters or more, which the lexicon does not know (rule 3).
 */
import { nameKey } from '../text/name-key.js';
import { lexiconSpelling, type WordLexicon } from './lexicon/cspell-trie.js';
import { TAG_INDEX, tagPart, tagType } from './tagger/tags.js';
import { type WordForms, wordFormsOf } from './word-forms.js';

const MAX_PATTERN = 4;

export function propagateNames(
  sentences: readonly (readonly string[])[],
  tags: readonly Int32Array[],
  lexicon: WordLexicon | undefined,
): Int32Array[] {
  const patterns = collectPatterns(sentences, tags);
  if (patterns.size === 0) return tags.map((t) => Int32Array.from(t));
  const surnames = surnameKeys(sentences, tags);
  // Most words begin no pattern: they are passed over without building the patterns' keys.
  const firstWords = new Set([...patterns.keys()].map((key) => key.split(' ', 1)[0] as string));
  return sentences.map((words, s) => {
    const out = Int32Array.from(tags[s] as Int32Array);
    const firstForms = words.map(wordFormsOf);
    for (let i = 0; i < words.length; i++) {
      if (tagPart(out[i] as number) === 'I') continue;
      const forms = firstForms[i] as WordForms;
      if (!firstWords.has(forms.key) && !firstWords.has(forms.stem)) {
        // rule 5: another spelling of a person's last name
        if (
          surnames.size > 0 &&
          out[i] === 0 &&
          forms.stem.length >= MIN_VARIANT &&
          surnames.has(nameKey(forms.stem)) &&
          applicableAlone(words[i] as string, forms.stem, lexicon)
        )
          out[i] = TAG_INDEX.get('B-PER') ?? 0;
        continue;
      }
      for (let len = Math.min(MAX_PATTERN, words.length - i); len >= 1; len--) {
        if (!isFree(out, i, len)) continue;
        const rest = firstForms.slice(i + 1, i + len).map((f) => f.key);
        const first = firstForms[i] as WordForms;
        const type =
          patterns.get([first.key, ...rest].join(' ')) ?? patterns.get([first.stem, ...rest].join(' '));
        if (!type) continue;
        if (len === 1 && !applicableAlone(words[i] as string, first.stem, lexicon)) continue;
        out[i] = TAG_INDEX.get(`B-${type}`) ?? 0;
        for (let k = i + 1; k < i + len; k++) out[k] = TAG_INDEX.get(`I-${type}`) ?? 0;
        i += len - 1;
        break;
      }
    }
    return out;
  });
}

/**
 * Rule 2: may a pattern of `len` words be laid at word `i`? One word only where untagged; a
 * longer one where some word is untagged and no mention runs in or out of it (`زنده` + `جان`
 * tagged alone, where the document has `زنده جان` whole).
 */
function isFree(tags: Int32Array, i: number, len: number): boolean {
  if (len === 1) return tags[i] === 0;
  if (tagPart(tags[i + len] ?? 0) === 'I') return false;
  for (let k = i; k < i + len; k++) if (tags[k] === 0) return true;
  return false;
}

/** Letters of a word matched by its name key alone (rule 5). */
const MIN_VARIANT = 4;

/** Rule 5: name keys of the last names of the people of two words or more the tagger found. */
function surnameKeys(sentences: readonly (readonly string[])[], tags: readonly Int32Array[]): Set<string> {
  const keys = new Set<string>();
  sentences.forEach((words, s) => {
    const t = tags[s] as Int32Array;
    for (let i = 1; i < words.length; i++) {
      if (t[i] !== TAG_INDEX.get('I-PER') || tagPart(t[i + 1] ?? 0) === 'I') continue;
      const stem = wordFormsOf(words[i] as string).stem;
      if (stem.length >= MIN_VARIANT) keys.add(nameKey(stem));
    }
  });
  return keys;
}

function collectPatterns(
  sentences: readonly (readonly string[])[],
  tags: readonly Int32Array[],
): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  const vote = (key: string, type: string) => {
    const counts = votes.get(key) ?? new Map<string, number>();
    counts.set(type, (counts.get(type) ?? 0) + 1);
    votes.set(key, counts);
  };
  sentences.forEach((words, s) => {
    const t = tags[s] as Int32Array;
    for (let i = 0; i < words.length; i++) {
      const type = tagType(t[i] as number);
      if (!type || tagPart(t[i] as number) !== 'B') continue;
      let last = i;
      while (last + 1 < words.length && tagPart(t[last + 1] as number) === 'I') last++;
      if (last - i < MAX_PATTERN) {
        const first = wordFormsOf(words[i] as string);
        const rest = words.slice(i + 1, last + 1).map((w) => wordFormsOf(w).key);
        for (const form of new Set([first.key, first.stem])) vote([form, ...rest].join(' '), type);
        if (type === 'PER' && last > i) {
          const surname = wordFormsOf(words[last] as string);
          for (const form of new Set([surname.key, surname.stem])) vote(form, type);
        }
      }
      i = last;
    }
  });
  const patterns = new Map<string, string>();
  for (const [key, counts] of votes) {
    const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) patterns.set(key, best[0]);
  }
  return patterns;
}

function applicableAlone(word: string, stem: string, lexicon: WordLexicon | undefined): boolean {
  if (stem.length < 3) return false;
  if (!lexicon) return true;
  const plain = lexiconSpelling(word);
  const forms = [plain];
  if (/^[وف]/u.test(plain)) forms.push(plain.slice(1));
  return !forms.some((form) => lexicon.has(form));
}
