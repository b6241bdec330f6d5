/**
 * The eval gate, kept the way Trafilatura keeps one: `eval/baseline.json` holds the headline
 * figures as they stand; a change may not push any of them more than `tolerance` the wrong way.
 * Figures where higher is better may not drop; counts of false alarms may not grow. A change that
 * improves a figure updates the baseline in the same commit (`npm run eval:baseline`).
 */
import type { Figures } from './results.js';

export interface Baseline {
  readonly tolerance: number;
  readonly higherIsBetter: Readonly<Record<string, number>>;
  readonly lowerIsBetter: Readonly<Record<string, number>>;
}

export interface Movement {
  readonly key: string;
  readonly baseline: number;
  /** Null when the figure is missing from the results (an evaluation failed or lost its data). */
  readonly now: number | null;
  readonly worse: boolean;
}

export interface GateReport {
  readonly passed: boolean;
  /** Every headline figure that moved by more than rounding, worse ones first. */
  readonly moved: readonly Movement[];
}

const ROUNDING = 1e-4;

export function checkGate(figures: Figures, baseline: Baseline): GateReport {
  const moved: Movement[] = [];
  const compare = (entries: Readonly<Record<string, number>>, sign: 1 | -1) => {
    for (const [key, before] of Object.entries(entries)) {
      const now = figures[key];
      if (now === undefined || now === null) {
        moved.push({ key, baseline: before, now: null, worse: true });
        continue;
      }
      const gain = sign * (now - before);
      if (Math.abs(gain) <= ROUNDING) continue;
      moved.push({ key, baseline: before, now, worse: gain < -baseline.tolerance });
    }
  };
  compare(baseline.higherIsBetter, 1);
  compare(baseline.lowerIsBetter, -1);
  moved.sort((a, b) => Number(b.worse) - Number(a.worse) || (a.key < b.key ? -1 : 1));
  return { passed: !moved.some((m) => m.worse), moved };
}

/** The headline figures of a results file: these keys go into the baseline. */
const HEADLINE: readonly RegExp[] = [
  /^real pages · entities \w+ F1 \[all\]$/,
  /^real pages · (entities (precision|recall|F1)|identities .*|dates (precision|recall|value)|publication date( from the text)?|quotes (precision|recall)|quote speakers.*|figures .*|title|outlet named with the URL|segments \w+ F1|stories B-cubed F1|conflicts update steps found|conflicts contradiction precision) \[(tune|held|all)\]$/,
  /^ner ANERcorp test \(as is, lenient\) · F1$/,
  /^ner AQMAR \(out of domain\) · F1$/,
  /^extraction · (dev|held-out|all) body F1$/,
  /^stories · B-cubed F1$/,
  /^identities · pairwise (precision|recall)$/,
  /^facts\/pipeline · (tune|held) (quote speaker acc|quantity (value|role) acc|event type [PR])$/,
  /^times:(tune|held) · all expressions value accuracy$/,
];
const FALSE_ALARMS: readonly RegExp[] = [/^real pages · conflicts false contradictions \[(tune|held|all)\]$/];

export function baselineFrom(figures: Figures, tolerance = 0.01): Baseline {
  const pick = (patterns: readonly RegExp[]) =>
    Object.fromEntries(
      Object.entries(figures).filter(
        (entry): entry is [string, number] => entry[1] !== null && patterns.some((p) => p.test(entry[0])),
      ),
    );
  return { tolerance, higherIsBetter: pick(HEADLINE), lowerIsBetter: pick(FALSE_ALARMS) };
}
