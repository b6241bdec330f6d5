/**
 * Time expressions against the hand-annotated dev set (`src/times/fixtures/dev-set.jsonl`).
 *
 * Each gold time is matched to the system time overlapping its span; it is correct when value,
 * mod, kind and the presence of a conflict all agree. Figures are per phenomenon, for the `tune`
 * half (the rules were adjusted while looking at it) and the `held` half (never looked at while
 * tuning). Negative sentences report the share with no time found. Set `TIMES_EVAL_ERRORS=tune`
 * to print the tune half's misses on stderr.
 */
import type { TimeMention } from '../contract/analysis.js';
import { findLatinDates, withLatinDates } from '../times/latin-dates.js';
import { toTimeMentions } from '../times/mentions.js';
import { parseReference } from '../times/resolve.js';
import { findTimeExpressions } from '../times/scan.js';
import { arabicTimeLexicon } from '../times/stage.js';
import { readJsonLines } from './own-words-sets.js';
import type { Evaluation, EvaluationRow } from './types.js';

interface GoldTime {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly mod: string | null;
  readonly kind: string;
  readonly conflict?: boolean;
}

interface DevSentence {
  readonly id: string;
  readonly split: 'tune' | 'held';
  readonly phenomenon: string;
  readonly reference: string;
  readonly sentence: string;
  readonly times: readonly GoldTime[];
}

const DEV_SET = new URL('../../src/times/fixtures/dev-set.jsonl', import.meta.url);
const GROUPS: Readonly<Record<string, readonly string[]>> = {
  'absolute dates': ['absolute', 'numeric', 'hijri'],
  'relative dates': ['relative', 'weekday', 'modifier'],
};

export function readDevSet(): DevSentence[] {
  return readJsonLines<DevSentence>(DEV_SET);
}

export interface Tally {
  correct: number;
  total: number;
  exactSpan: number;
  /** Times found that overlap no gold time (in sentences that have gold times). */
  spurious: number;
}

export function scoreSentence(
  gold: DevSentence,
  found: readonly TimeMention[],
): { tally: Tally; misses: string[] } {
  const tally: Tally = { correct: 0, total: 0, exactSpan: 0, spurious: 0 };
  const misses: string[] = [];
  if (gold.times.length === 0) {
    tally.total = 1;
    tally.correct = found.length === 0 ? 1 : 0;
    if (found.length > 0)
      misses.push(`${gold.id}: found ${found.map((t) => `«${t.text}»=${t.value}`).join(' ')}`);
    return { tally, misses };
  }
  for (const t of found) {
    if (!gold.times.some((g) => t.start < g.end && g.start < t.end)) {
      tally.spurious++;
      misses.push(`${gold.id}: spurious «${t.text}» ${t.value}`);
    }
  }
  for (const g of gold.times) {
    tally.total++;
    const t = found.find((f) => f.start < g.end && g.start < f.end);
    const ok =
      t !== undefined &&
      t.value === g.value &&
      t.mod === g.mod &&
      t.kind === g.kind &&
      !!t.conflict === !!g.conflict;
    if (ok) tally.correct++;
    if (t && t.start === g.start && t.end === g.end) tally.exactSpan++;
    else if (ok && t) misses.push(`${gold.id}: span «${t.text}» for «${g.text}»`);
    if (!ok) {
      const got = t ? `«${t.text}» ${t.value} ${t.mod} ${t.kind}${t.conflict ? ' conflict' : ''}` : 'nothing';
      misses.push(
        `${gold.id}: «${g.text}» want ${g.value} ${g.mod} ${g.kind}${g.conflict ? ' conflict' : ''}, got ${got}`,
      );
    }
  }
  return { tally, misses };
}

function evaluate(): EvaluationRow[] {
  const lexicon = arabicTimeLexicon();
  const tallies = new Map<string, Tally>();
  const add = (key: string, t: Tally) => {
    const sum = tallies.get(key) ?? { correct: 0, total: 0, exactSpan: 0, spurious: 0 };
    sum.correct += t.correct;
    sum.total += t.total;
    sum.exactSpan += t.exactSpan;
    sum.spurious += t.spurious;
    tallies.set(key, sum);
  };
  const showErrors = process.env.TIMES_EVAL_ERRORS;
  for (const gold of readDevSet()) {
    // As the time-expressions stage reads them (less the names that hide times, which need entities).
    const expressions = withLatinDates(
      findTimeExpressions(gold.sentence, lexicon),
      findLatinDates(gold.sentence),
    );
    const found = toTimeMentions(gold.sentence, expressions, parseReference(gold.reference));
    const { tally, misses } = scoreSentence(gold, found);
    add(`${gold.split}\t${gold.phenomenon}`, tally);
    for (const [group, members] of Object.entries(GROUPS)) {
      if (members.includes(gold.phenomenon)) add(`${gold.split}\t${group}`, tally);
    }
    if (gold.phenomenon !== 'negative') add(`${gold.split}\tall expressions`, tally);
    if (showErrors === gold.split || showErrors === 'all')
      for (const m of misses) process.stderr.write(`${m}\n`);
  }
  return [...tallies.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, t]) => {
      const [split, phenomenon] = key.split('\t');
      const what = phenomenon === 'negative' ? 'no time found' : 'value accuracy';
      const target =
        phenomenon === 'absolute dates'
          ? '; target ≥ 0.97'
          : phenomenon === 'relative dates'
            ? '; target ≥ 0.90'
            : '';
      return {
        evaluation: `times:${split}`,
        metric: `${phenomenon} ${what}`,
        value: t.total === 0 ? 0 : t.correct / t.total,
        note: `${t.correct}/${t.total}${phenomenon === 'negative' ? '' : `, exact span ${t.exactSpan}, spurious ${t.spurious}`}${target}`,
      };
    });
}

export const timesEvaluation: Evaluation = {
  name: 'times',
  async run() {
    return evaluate();
  },
};
