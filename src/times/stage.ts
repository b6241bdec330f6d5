/**
 * The time stages. Finding and resolving are two stages with the publication stage between them:
 * the explicit dates found first help infer a missing publication date, which then anchors the
 * relative ones.
 *
 *   time-expressions  (text → timeExpressions: what each expression states)
 *   published         (src/publication/stage.ts: the reference date, stated or inferred)
 *   times             (timeExpressions + published → times, the contract layer)
 */
import type { Stage } from '../core/pipeline.js';
import { loadLanguageData } from '../data/language-data.js';
import { dropTimesInsideNames, namesThatHideTimes } from './inside-names.js';
import { findLatinDates, withLatinDates } from './latin-dates.js';
import {
  buildTimeLexicon,
  GregorianMonthsSchema,
  HijriMonthsSchema,
  type TimeLexicon,
  TimeWordsSchema,
  WeekdaysSchema,
} from './lexicon.js';
import { toTimeMentions } from './mentions.js';
import { parseReference } from './resolve.js';
import { findTimeExpressions } from './scan.js';

let lexicon: TimeLexicon | undefined;

/** The Arabic time vocabulary from `data/ar/`, loaded once. */
export function arabicTimeLexicon(): TimeLexicon {
  lexicon ??= buildTimeLexicon({
    gregorian: loadLanguageData('ar/months-gregorian', GregorianMonthsSchema),
    hijri: loadLanguageData('ar/months-hijri', HijriMonthsSchema),
    weekdays: loadLanguageData('ar/weekdays', WeekdaysSchema),
    words: loadLanguageData('ar/time-words', TimeWordsSchema),
  });
  return lexicon;
}

export const timeExpressionsStage: Stage = {
  name: 'time-expressions',
  requires: ['numbers', 'entities'],
  provides: ['timeExpressions'],
  run(doc) {
    const arabic = findTimeExpressions(doc.text, arabicTimeLexicon(), doc.get('numbers'));
    const found = withLatinDates(arabic, findLatinDates(doc.text));
    return { timeExpressions: dropTimesInsideNames(found, namesThatHideTimes(doc.get('entities'))) };
  },
};

export const timesStage: Stage = {
  name: 'times',
  requires: ['timeExpressions', 'published'],
  provides: ['times'],
  run(doc) {
    const reference = parseReference(doc.get('published').value);
    return { times: toTimeMentions(doc.text, doc.get('timeExpressions'), reference) };
  },
};
