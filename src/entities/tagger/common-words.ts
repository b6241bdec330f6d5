/**
 * Common words, counted from hand-annotated text: how often each word occurs in the training
 * corpora and how often inside a name. A word the annotators met often and almost never tagged
 * (`السيول`, `الزلزال`, `هدفي`) is a common word of news; the tagger still takes it for a name
 * where its context looks like one (`جرفتها السيول`), and the entity stage then drops it
 * (complete-names.ts, rule 9).
 *
 * Rules:
 *  1. words are counted by their folded key as written, clitics and all (`والسيول` apart from
 *     `السيول`): the corpora keep clitics on their words as news text does;
 *  2. only words of three letters or more, seen at least MIN_LISTED times, and inside a name in at
 *     most MAX_LISTED_SHARE of them, are written out: the entity stage asks for stricter figures
 *     (resources.ts), and the file keeps the evidence to choose them by;
 *  3. rows are sorted by key, so the file is the same for the same corpora.
 */
import { foldKey } from '../../text/words.js';
import type { TaggedSentence } from './conll.js';

export interface WordCount {
  readonly key: string;
  /** Occurrences in the corpora. */
  readonly occurrences: number;
  /** Occurrences tagged as (part of) a name. */
  readonly inNames: number;
}

const MIN_LISTED = 3;
const MAX_LISTED_SHARE = 0.2;
const MIN_LETTERS = 3;

export function countCommonWords(corpora: readonly (readonly TaggedSentence[])[]): WordCount[] {
  const counts = new Map<string, { occurrences: number; inNames: number }>();
  for (const sentences of corpora) {
    for (const { words, tags } of sentences) {
      words.forEach((word, i) => {
        const key = foldKey(word);
        const count = counts.get(key) ?? { occurrences: 0, inNames: 0 };
        count.occurrences++;
        if (tags[i] !== 'O') count.inNames++;
        counts.set(key, count);
      });
    }
  }
  const rows: WordCount[] = [];
  for (const [key, { occurrences, inNames }] of counts) {
    if ([...key].length < MIN_LETTERS || !/^[\u0621-\u064A]+$/u.test(key)) continue;
    if (occurrences < MIN_LISTED || inNames > occurrences * MAX_LISTED_SHARE) continue;
    rows.push({ key, occurrences, inNames });
  }
  return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The file's text: a comment naming its source, then `key<TAB>occurrences<TAB>inNames` rows. */
export function formatCommonWords(rows: readonly WordCount[], source: string): string {
  const header = source
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n');
  return `${header}\n${rows.map((r) => `${r.key}\t${r.occurrences}\t${r.inNames}`).join('\n')}\n`;
}

/** Keys of the rows whose counts meet the thresholds; malformed lines are an error. */
export function parseCommonWords(
  text: string,
  thresholds: { readonly minOccurrences: number; readonly maxNameShare: number },
): Set<string> {
  const keys = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const [key, occurrences, inNames] = line.split('\t');
    const n = Number(occurrences);
    const names = Number(inNames);
    if (!key || !Number.isInteger(n) || !Number.isInteger(names))
      throw new Error(`common words, line ${i + 1}: expected key, occurrences and names, tab-separated`);
    if (n >= thresholds.minOccurrences && names <= n * thresholds.maxNameShare) keys.add(key);
  });
  return keys;
}
