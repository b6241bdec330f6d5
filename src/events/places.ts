/**
 * Event rule 5 (see `extract.ts`): a place named with a preposition, a place noun or a place
 * marker is the event's `place`, never a party, and a name inside a `في` phrase is never a target.
 */

import type { EntityMentionRef } from '../quotes/roles.js';
import type { Word, Words } from '../text/words.js';
import type { EventLexicon } from './lexicon.js';

/**
 * Rule 5: `بموسكو`, `في حلب`, `قرب موسكو`, `في مدينة حلب`, `بالقرب من دمشق`; a place noun after
 * `من`/`إلى` (`من قاعدة عين الأسد`, `إلى مدينة حلب`); and a place marker (`على الحدود مع أوكرانيا`).
 */
export function isPlace(words: Words, m: EntityMentionRef, lexicon: EventLexicon): boolean {
  const word = words.at(m.wi) as Word;
  if (m.start > word.start && /^[وف]?ب$/u.test(word.text.slice(0, m.start - word.start))) return true;
  if (m.start > word.start) return false;
  if (m.wi > 0 && lexicon.naturalCauses.matchAt(words, m.wi - 1)) return true;
  for (let k = m.wi - 1; k >= Math.max(0, m.wi - 2); k--) {
    const marker = lexicon.placeMarkers.matchAt(words, k);
    if (marker && k + marker.length === m.wi) return true;
  }
  let sawNoun = false;
  for (let k = m.wi - 1; k >= Math.max(0, m.wi - 4); k--) {
    const w = words.at(k) as Word;
    if (w.kind !== 'word') return false;
    const prep = lexicon.placePrepositions.matchAt(words, k);
    if (prep && (k + prep.length === m.wi || sawNoun)) return true;
    if (sawNoun && lexicon.placeNounPrepositions.has(w.key)) return true;
    if (lexicon.placeNouns.matchAt(words, k)) {
      sawNoun = true;
      if (/^[وف]?ب/u.test(w.key) && !lexicon.placeNouns.matchAt(words, k, { exact: true })) return true;
    } else if (!sawNoun) return false;
  }
  return false;
}

export function nearestPlace(places: readonly EntityMentionRef[], t: number): EntityMentionRef | undefined {
  return [...places].sort((a, b) => Math.abs(a.wi - t) - Math.abs(b.wi - t))[0];
}

/** Rule 5b: a name inside a `في` phrase (`في مؤتمر بروكسل`) is never the event's target. */
export function inPlacePhrase(words: Words, m: EntityMentionRef, lexicon: EventLexicon): boolean {
  const place = (k: number) =>
    k >= 0 && lexicon.placePrepositions.matchAt(words, k, { exact: true }) !== null;
  const word = words.at(m.wi) as Word;
  if (m.start > word.start) return false;
  return place(m.wi - 1) || (place(m.wi - 2) && words.at(m.wi - 1)?.kind === 'word');
}
