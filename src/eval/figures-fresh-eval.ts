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
import type { Evaluation } from './types.js';

const DEV_SET = new URL('../../src/quantities/fixtures/figures-fresh-dev.jsonl', import.meta.url);
const MISSES_FILE = new URL('../../eval/figures-fresh-misses.txt', import.meta.url);
const CHECK_MISSES_FILE = new URL('../../eval/figures-fresh-misses-check.txt', import.meta.url);

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

export function loadFreshFigures(): FigureItem[] {
  return readJsonLines<FigureItem>(DEV_SET);
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

export const figuresFreshEvaluation: Evaluation = {
  name: 'figures-fresh',
  async run() {
    const counts = new SplitCounts();
    const misses: string[] = [];
    const checkMisses: string[] = [];
    for (const item of loadFreshFigures()) {
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
    writeFileSync(MISSES_FILE, `${misses.join('\n')}\n`);
    writeFileSync(CHECK_MISSES_FILE, `${checkMisses.join('\n')}\n`);
    return counts.rows('figures fresh');
  },
};
