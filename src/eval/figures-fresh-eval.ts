/**
 * Figures on sentences we wrote for the purpose (`src/quantities/fixtures/figures-fresh-dev.jsonl`):
 * tolls of floods, fires, explosions, shipwrecks, road accidents, epidemics and heat waves; fate
 * verbs (`لقي حتفه`, `فارق الحياة`, `أودى بحياة`), bodies recovered, the missing, the hospitalised,
 * arrests, families displaced and refugees, money in many currencies and scales, percentages, a
 * noun far from its number, headlines, number words and Arabic-Indic digits, parts and
 * breakdowns, and hard negatives (ages, years, scores, clock times, phone numbers, counts of things).
 * Every text goes through the full `analyzeDocument`, as a user gets it.
 *
 * Scored as the real pages are (`real-pages/score-quantities.ts`): a gold figure is found when a
 * predicted quantity overlaps its text, and right when its value (or min and max), approximation
 * and role are all right. A negative is right when no predicted quantity over it carries a role
 * (an age's `age` aside). The batch was written before any rule was changed for it; `split: check`
 * lines are the unseen column: their misses go to a file of their own that is not read while
 * tuning (`eval/figures-fresh-misses-check.txt`), the tune misses to `eval/figures-fresh-misses.txt`.
 *
 * Convention: a count of families or households that fled (`نزوح 850 أسرة`) is `displaced` (what
 * happened to them says more than the unit counted); refugees (`لاجئ`) are `displaced`; cases of
 * a disease (`إصابة بالحصبة`) are `other`, its deaths `killed`.
 */
import { writeFileSync } from 'node:fs';
import { analyzeDocument } from '../analyze/analyze.js';
import type { Quantity } from '../contract/analysis.js';
import { columnOf, readJsonLines, SplitCounts } from './own-words-sets.js';
import type { Evaluation, EvaluationRow } from './types.js';

interface GoldFigure {
  readonly text: string;
  readonly value?: number | null;
  readonly min?: number;
  readonly max?: number;
  readonly approx: string | null;
  readonly role: string;
}

interface FigureItem {
  readonly id: string;
  /** `tune`: the sentences the rules may be fixed on; `check`: never read while tuning. */
  readonly split: 'tune' | 'check';
  readonly class: string;
  readonly text: string;
  readonly figures: readonly GoldFigure[];
  /** Substrings holding numbers that are no figure (an age, a year, a score, a clock time…). */
  readonly negatives: readonly string[];
}

function valueRight(found: Quantity, gold: GoldFigure): boolean {
  if (gold.min !== undefined || gold.max !== undefined)
    return found.min === gold.min && found.max === gold.max;
  if (gold.value == null) return found.value === null && found.max === undefined;
  return found.value === gold.value && found.min === undefined && found.max === undefined;
}

function show(q: {
  value?: number | null;
  min?: number;
  max?: number;
  approx?: string | null;
  role?: string | null;
}) {
  const value = q.min !== undefined || q.max !== undefined ? `${q.min}-${q.max}` : String(q.value ?? null);
  return `${value} ${q.approx ?? null} ${q.role ?? null}`;
}

/**
 * One batch of figure sentences as an evaluation: `name` on the command line, `label` in the
 * table; the batch is read from `src/quantities/fixtures/<file>-dev.jsonl`, and its misses go to
 * `eval/<file>-misses.txt` (tune) and `eval/<file>-misses-check.txt` (check).
 */
export function figuresBatchEvaluation(name: string, label: string, file: string): Evaluation {
  const devSet = new URL(`../../src/quantities/fixtures/${file}-dev.jsonl`, import.meta.url);
  const missesFile = new URL(`../../eval/${file}-misses.txt`, import.meta.url);
  const checkMissesFile = new URL(`../../eval/${file}-misses-check.txt`, import.meta.url);
  return {
    name,
    run: () => scoreBatch(readJsonLines<FigureItem>(devSet), label, missesFile, checkMissesFile),
  };
}

export const figuresFreshEvaluation = figuresBatchEvaluation(
  'figures-fresh',
  'figures fresh',
  'figures-fresh',
);

/**
 * The second batch (`figures-fresh-2-dev.jsonl`), written for the figures pass of branch
 * figures21e before any rule was changed for it: court and prison news (defendants are `other`,
 * terms of prison are durations, fines are money), sport (scores, goals, ranks, points and medals
 * are no figures; fans killed in a crush are), economy (currencies, basis points, decimal commas,
 * ranges, `ما يزيد على`، `قرابة`، `زهاء`، `ما لا يقل عن`، `لا تتجاوز`), verb-first tolls with long
 * subjects, headlines, number words and Arabic-Indic digits, parts and breakdowns, negated and
 * hypothetical sentences, and ages that are no counts (`في العاشرة من عمره`، `ذو الأعوام السبعة`).
 */
export const figuresFresh2Evaluation = figuresBatchEvaluation(
  'figures-fresh-2',
  'figures fresh 2',
  'figures-fresh-2',
);

async function scoreBatch(
  items: readonly FigureItem[],
  label: string,
  missesFile: URL,
  checkMissesFile: URL,
): Promise<EvaluationRow[]> {
  const counts = new SplitCounts();
  const misses: string[] = [];
  const checkMisses: string[] = [];
  for (const item of items) {
    const analysis = analyzeDocument({ text: item.text });
    const split = columnOf(item.split);
    const miss = (line: string) => (split === 'held' ? checkMisses : misses).push(`${item.id} ${line}`);
    const over = (needle: string) => {
      const start = item.text.indexOf(needle);
      const end = start + needle.length;
      return analysis.quantities.filter((q) => q.start < end && q.end > start);
    };
    for (const gold of item.figures) {
      const score = (q: Quantity) => (valueRight(q, gold) ? 2 : 0) + (q.role === gold.role ? 1 : 0);
      const found = [...over(gold.text)].sort((a, b) => score(b) - score(a))[0];
      const value = found !== undefined && valueRight(found, gold);
      const approx = found !== undefined && (found.approx ?? null) === gold.approx;
      const role = found !== undefined && found.role === gold.role;
      counts.add('figures value+approx+role', split, value && approx && role);
      counts.add('figures role', split, role);
      counts.add(`class ${item.class}`, split, value && approx && role);
      if (!(value && approx && role))
        miss(`${gold.text}: gold ${show(gold)}, got ${found ? show(found) : 'none'}`);
    }
    for (const negative of item.negatives) {
      const wrong = over(negative).filter((q) => q.role !== null && q.role !== 'age');
      counts.add('negatives without a role', split, wrong.length === 0);
      counts.add(`class ${item.class}`, split, wrong.length === 0);
      if (wrong.length > 0) miss(`negative ${negative}: got ${wrong.map(show).join('; ')}`);
    }
  }
  writeFileSync(missesFile, `${misses.join('\n')}\n`);
  writeFileSync(checkMissesFile, `${checkMisses.join('\n')}\n`);
  return counts.rows(label);
}
