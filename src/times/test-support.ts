/** Test helper: the times of one sentence resolved against a reference date. */
import type { TimeMention } from '../contract/analysis.js';
import { toTimeMentions } from './mentions.js';
import { parseReference } from './resolve.js';
import { findTimeExpressions } from './scan.js';
import { arabicTimeLexicon } from './stage.js';

export function timesIn(sentence: string, reference: string | null): TimeMention[] {
  const expressions = findTimeExpressions(sentence, arabicTimeLexicon());
  return toTimeMentions(sentence, expressions, parseReference(reference));
}

/** The one time whose text is `text`; fails the test when there is none. */
export function timeNamed(sentence: string, reference: string | null, text: string): TimeMention {
  const times = timesIn(sentence, reference);
  const found = times.find((t) => t.text === text);
  if (!found)
    throw new Error(`no time «${text}» in: ${times.map((t) => `«${t.text}»`).join(', ') || 'none'}`);
  return found;
}
