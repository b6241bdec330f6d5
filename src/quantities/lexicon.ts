/**
 * The quantity vocabulary (`data/ar/quantities.json`) as phrase lexicons ready for matching.
 * The data is validated here; the algorithm in `extract.ts` only sees `QuantityLexicon`.
 */
import { z } from 'zod';
import type { Quantity } from '../contract/analysis.js';
import { PhraseLexicon } from './words.js';

export type Approx = NonNullable<Quantity['approx']>;

const APPROX = z.enum(['about', 'more_than', 'at_least', 'less_than', 'at_most']);

export const QuantityDataSchema = z.object({
  approximators: z.partialRecord(APPROX, z.array(z.string())),
  postApproximators: z.partialRecord(APPROX, z.array(z.string())),
  multipliers: z.record(z.string(), z.number().positive()),
  vague: z.record(z.string(), z.object({ min: z.number(), max: z.number().optional() })),
  units: z.array(z.object({ unit: z.string(), role: z.string().optional(), forms: z.array(z.string()) })),
  roleCues: z.record(z.string(), z.array(z.string())),
  ageCues: z.array(z.string()),
  skipBefore: z.array(z.string()),
  yearCues: z.array(z.string()),
  months: z.array(z.string()),
});

export type QuantityData = z.infer<typeof QuantityDataSchema>;

export interface UnitSense {
  readonly unit: string;
  readonly role: string | null;
}

export interface QuantityLexicon {
  readonly approximators: PhraseLexicon<Approx>;
  readonly postApproximators: PhraseLexicon<Approx>;
  readonly multipliers: PhraseLexicon<number>;
  readonly vague: PhraseLexicon<{ min: number; max?: number }>;
  readonly units: PhraseLexicon<UnitSense>;
  readonly roleCues: PhraseLexicon<string>;
  readonly ageCues: PhraseLexicon<true>;
  readonly skipBefore: PhraseLexicon<true>;
  readonly yearCues: PhraseLexicon<true>;
  readonly months: PhraseLexicon<true>;
}

function byValue<V extends string>(record: Partial<Record<V, string[]>>): [string, V][] {
  return Object.entries(record).flatMap(([value, forms]) =>
    (forms as string[]).map((form): [string, V] => [form, value as V]),
  );
}

const flag = (forms: readonly string[]) => new PhraseLexicon(forms.map((f): [string, true] => [f, true]));

export function buildQuantityLexicon(data: QuantityData): QuantityLexicon {
  return {
    approximators: new PhraseLexicon(byValue<Approx>(data.approximators)),
    postApproximators: new PhraseLexicon(byValue<Approx>(data.postApproximators)),
    multipliers: new PhraseLexicon(Object.entries(data.multipliers)),
    vague: new PhraseLexicon(Object.entries(data.vague)),
    units: new PhraseLexicon(
      data.units.flatMap((u) =>
        u.forms.map((f): [string, UnitSense] => [f, { unit: u.unit, role: u.role ?? null }]),
      ),
    ),
    roleCues: new PhraseLexicon(byValue<string>(data.roleCues)),
    ageCues: flag(data.ageCues),
    skipBefore: flag(data.skipBefore),
    yearCues: flag(data.yearCues),
    months: flag(data.months),
  };
}
