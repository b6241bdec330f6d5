/**
 * Word statistics from WikiFANE: for each word (its stem, `analyzeWordForms`), the class that
 * text mostly gives it, counted over all its occurrences under the authors' own coarse classes
 * (PER, ORG, GPE, LOC, FAC, VEH, WEA, PRO, and peoples as GRP). The tagger reads the label as a
 * feature and learns from ANERcorp how far to trust it, so WikiFANE's conventions (a people is a
 * person there, O in ANERcorp) need no mapping: an encyclopaedia's name list of 488k words, with
 * how often each word is a name at all.
 *
 * Label: class, whether the word mostly begins (`B`) or continues (`I`) a name, and how sure:
 * `+` when a name in at least half of at least MIN_SURE occurrences, nothing when in at least
 * half of fewer, `?` when in at least RARE of them. Words that are names less often than that
 * are left out (read as "not a name there").
 */
import { analyzeWordForms } from '../word-forms.js';
import type { TaggedSentence } from './conll.js';

const MIN_SURE = 5;
const RARE = 0.15;

export function countWordClasses(sentences: readonly TaggedSentence[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { words, tags } of sentences) {
    words.forEach((word, i) => {
      const stem = analyzeWordForms(word).stem;
      const tag = tags[i] as string;
      const key = tag === 'O' ? 'O' : `${tag.slice(2)}.${tag[0]}`;
      const byClass = counts.get(stem) ?? new Map<string, number>();
      byClass.set(key, (byClass.get(key) ?? 0) + 1);
      byClass.set('*', (byClass.get('*') ?? 0) + 1);
      counts.set(stem, byClass);
    });
  }
  const labels = new Map<string, string>();
  for (const [stem, byClass] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const total = byClass.get('*') as number;
    let best = '';
    let bestCount = 0;
    for (const [key, n] of [...byClass].sort()) {
      if (key !== '*' && key !== 'O' && n > bestCount) {
        best = key;
        bestCount = n;
      }
    }
    const share = bestCount / total;
    if (share >= 0.5) labels.set(stem, total >= MIN_SURE ? `${best}+` : best);
    else if (share >= RARE) labels.set(stem, `${best}?`);
  }
  return labels;
}
