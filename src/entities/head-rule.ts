/**
 * A rule the tagger's training data teaches poorly: in news, an organisation head noun followed by
 * definite words names an organisation (`وزارة الخارجية المصرية`، `هيئة الأركان العامة`).
 *
 * Rules:
 *  1. it applies only where the tagger found nothing: a head word tagged O followed by at least one
 *     word tagged O that begins with the article (no other clitic);
 *  2. the organisation runs over the following article words, stopping before a time word, a
 *     relative pronoun or any word the tagger tagged;
 *  3. only the heads listed in data/ar/entities/organisation-heads.json `ruleHeads` open such a name.
 */

import { foldKey } from '../text/words.js';
import { tagPart } from './tagger/tags.js';

export interface HeadRuleData {
  readonly heads: ReadonlySet<string>;
  readonly stops: ReadonlySet<string>;
}

const B_ORG = 5;
const I_ORG = 6;
const MAX_WORDS = 4;

export function buildHeadRuleData(heads: readonly string[], stops: readonly string[]): HeadRuleData {
  return { heads: new Set(heads.map(foldKey)), stops: new Set(stops.map(foldKey)) };
}

/** Tags with rule 1–3 applied (a new array; `tags` is left as it was). */
export function tagHeadedOrganisations(
  words: readonly string[],
  tags: Int32Array,
  data: HeadRuleData,
): Int32Array {
  const out = Int32Array.from(tags);
  for (let i = 0; i + 1 < words.length; i++) {
    if (out[i] !== 0 || !data.heads.has(foldKey(words[i] as string))) continue;
    let last = i;
    while (
      last + 1 < words.length &&
      last - i < MAX_WORDS &&
      isArticleWord(words[last + 1] as string, data)
    ) {
      if (out[last + 1] !== 0) break;
      last++;
    }
    if (last === i) continue;
    if (last + 1 < words.length && tagPart(out[last + 1] as number) === 'I') continue;
    out[i] = B_ORG;
    for (let k = i + 1; k <= last; k++) out[k] = I_ORG;
    i = last;
  }
  return out;
}

function isArticleWord(word: string, data: HeadRuleData): boolean {
  const key = foldKey(word);
  return key.startsWith('ال') && key.length > 3 && !data.stops.has(key);
}
