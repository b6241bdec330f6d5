/**
 * The quantity vocabulary (`data/ar/quantities.json`) as phrase lexicons ready for matching.
 * The data is validated here; the algorithm in `extract.ts` only sees `QuantityLexicon`.
 */
import { z } from 'zod';
import type { Quantity } from '../contract/analysis.js';
import { PhraseLexicon } from '../text/phrases.js';
import { foldKey } from '../text/words.js';

export type Approx = NonNullable<Quantity['approx']>;

const APPROX = z.enum(['about', 'more_than', 'at_least', 'less_than', 'at_most']);

export const QuantityDataSchema = z.object({
  approximators: z.partialRecord(APPROX, z.array(z.string())),
  postApproximators: z.partialRecord(APPROX, z.array(z.string())),
  verbApproximators: z.partialRecord(APPROX, z.array(z.string())),
  multipliers: z.record(z.string(), z.number().positive()),
  vague: z.record(
    z.string(),
    z.object({ min: z.number().optional(), max: z.number().optional(), loose: z.boolean().optional() }),
  ),
  definiteNumerals: z.record(z.string(), z.number().positive()).default({}),
  thresholdNouns: z.array(z.string()).default([]),
  stateVerbs: z.array(z.string()).default([]),
  elisionFollowers: z.array(z.string()).default([]),
  caseUnits: z.array(z.string()).default([]),
  units: z.array(z.object({ unit: z.string(), role: z.string().optional(), forms: z.array(z.string()) })),
  duals: z
    .array(z.object({ unit: z.string(), role: z.string().optional(), forms: z.array(z.string()) }))
    .default([]),
  roleCues: z.record(z.string(), z.array(z.string())),
  adjacentRoleCues: z.record(z.string(), z.array(z.string())).default({}),
  frameCues: z
    .array(z.object({ role: z.string(), verbs: z.array(z.string()), objects: z.array(z.string()) }))
    .default([]),
  asideLeads: z.array(z.string()).default([]),
  civilBodies: z.array(z.string()).default([]),
  conditions: z.array(z.string()).default([]),
  partCues: z.object({ part: z.array(z.string()), breakdown: z.array(z.string()) }),
  nisba: z.object({
    endings: z.array(z.string()),
    endingsAfterMultiplier: z.array(z.string()),
    notPeople: z.array(z.string()),
  }),
  plurals: z
    .object({
      prefixes: z.array(z.string()),
      endings: z.array(z.string()),
      minLength: z.number(),
      constructSuffixes: z.array(z.string()),
      notPeople: z.array(z.string()),
    })
    .default({ prefixes: [], endings: [], minLength: 99, constructSuffixes: [], notPeople: [] }),
  ageCues: z.array(z.string()),
  skipBefore: z.array(z.string()),
  yearCues: z.array(z.string()),
  notYearAfter: z.array(z.string()),
  months: z.array(z.string()),
  partitives: z.array(z.string()),
  diseases: z.array(z.string()).default([]),
  casualtyRoles: z.array(z.string()).default([]),
  verdictCues: z.array(z.string()).default([]),
  verdictPrepositions: z.array(z.string()).default(['على']),
  suspensions: z
    .object({ verbs: z.array(z.string()), people: z.array(z.string()) })
    .default({ verbs: [], people: [] }),
  kinshipHeads: z.array(z.string()).default([]),
  attributeNumerals: z.record(z.string(), z.number().positive()).default({}),
  chargeWords: z.array(z.string()).default([]),
  lossNouns: z.array(z.string()).default([]),
});

export type QuantityData = z.infer<typeof QuantityDataSchema>;

/** How a figure introduced by a part cue relates to the figure before it. */
export type PieceKind = 'part' | 'breakdown';

export interface VagueSense {
  readonly min?: number;
  readonly max?: number;
  readonly loose?: boolean;
}

export interface UnitSense {
  readonly unit: string;
  readonly role: string | null;
}

export interface FrameCue {
  readonly role: string;
  readonly verbs: PhraseLexicon<true>;
  readonly objects: PhraseLexicon<true>;
}

export interface QuantityLexicon {
  readonly approximators: PhraseLexicon<Approx>;
  readonly postApproximators: PhraseLexicon<Approx>;
  readonly verbApproximators: PhraseLexicon<Approx>;
  readonly multipliers: PhraseLexicon<number>;
  /** `عشرات` (at least 20); a `loose` one (`عدد كبير`) has no bound and counts only casualties or fighters. */
  readonly vague: PhraseLexicon<VagueSense>;
  /** `الألف`, `المليون`: numbers only after a bounding verb or a threshold noun (`حاجز`). */
  readonly definiteNumerals: PhraseLexicon<number>;
  readonly thresholdNouns: PhraseLexicon<true>;
  /** `ما زالوا`, `باتوا`: a lasting state whose complement says what happened to the figure's people. */
  readonly stateVerbs: PhraseLexicon<true>;
  /** Folded words after a bare figure that leave its noun unsaid (a place, an inclusion, `آخرين`). */
  readonly elisionFollowers: ReadonlySet<string>;
  /** `حالة`, `حالات`: a case noun whose next word (`وفاة`, `اختناق`) says what happened. */
  readonly caseUnits: PhraseLexicon<true>;
  readonly units: PhraseLexicon<UnitSense>;
  /** Dual nouns (`شخصين`, `قتيلان`): two of the unit they name. */
  readonly duals: PhraseLexicon<UnitSense>;
  readonly roleCues: PhraseLexicon<string>;
  /** Cues read only right before the figure (`فقد 4 صيادين`: elsewhere `فقد` is the particle). */
  readonly adjacentRoleCues: PhraseLexicon<string>;
  /** A verb right before the figure and its object after it (`فارق 3 أطفال الحياة`): a role together. */
  readonly frameCues: readonly FrameCue[];
  /** Words opening an aside between commas (`بحسب`, `وفق`) that a role cue may be read across. */
  readonly asideLeads: PhraseLexicon<true>;
  /** `الدفاع المدني`, `الهلال الأحمر`: their members (`عنصرا من …`) are crews, not fighters. */
  readonly civilBodies: PhraseLexicon<true>;
  /** `في حالة حرجة`: after a figure, it makes the figure a subgroup (a part) of the total before. */
  readonly conditions: PhraseLexicon<true>;
  readonly partCues: PhraseLexicon<PieceKind>;
  /** Folded endings of nisba adjectives, and folded words with those endings that are not people. */
  readonly nisba: {
    readonly endings: readonly string[];
    readonly endingsAfterMultiplier: readonly string[];
    readonly notPeople: ReadonlySet<string>;
  };
  /** Rule 6d's plurals of people: participle plurals (`م…ين`) and constructs (`موظفيها`). */
  readonly plurals: {
    readonly prefixes: readonly string[];
    readonly endings: readonly string[];
    readonly minLength: number;
    readonly constructSuffixes: readonly string[];
    readonly notPeople: ReadonlySet<string>;
  };
  /** Every one-word person unit's folded form → its sense (`موظفين` → person). */
  readonly personForms: ReadonlyMap<string, UnitSense>;
  readonly ageCues: PhraseLexicon<true>;
  readonly skipBefore: PhraseLexicon<true>;
  readonly yearCues: PhraseLexicon<true>;
  readonly notYearAfter: PhraseLexicon<true>;
  readonly months: PhraseLexicon<true>;
  /** Folded partitive particles (`من`): a vague count's noun may follow one (`الآلاف من المقاتلين`). */
  readonly partitives: ReadonlySet<string>;
  /** الكوليرا، كورونا: after `إصابة` they make the figure a count of cases, not of the wounded. */
  readonly diseases: PhraseLexicon<true>;
  /** killed, injured…: roles that say what happened to people, not who they are. */
  readonly casualtyRoles: ReadonlySet<string>;
  /** `بالسجن`، `بالإعدام`: a court's punishment; with `على` before the figure, those sentenced. */
  readonly verdictCues: PhraseLexicon<true>;
  /** `على`، `بحق`: the word before the figure that a sentence is passed on. */
  readonly verdictPrepositions: PhraseLexicon<true>;
  /** `أوقف` before players, coaches or referees: a suspension, not an arrest. */
  readonly suspensions: { readonly verbs: PhraseLexicon<true>; readonly people: PhraseLexicon<true> };
  /** `أم`، `أب`: before `ل` and a figure, the figure counts their children. */
  readonly kinshipHeads: ReadonlySet<string>;
  /** `الستة` in `الحجاج الستة`: a definite number word after a definite plural of people. */
  readonly attributeNumerals: PhraseLexicon<number>;
  /** `بتهمة`: a charge names a crime; a role cue after the figure is not read past it. */
  readonly chargeWords: PhraseLexicon<true>;
  /** `فقدان`: loss of people, death in a sentence that has named deaths, else the missing. */
  readonly lossNouns: PhraseLexicon<true>;
}

function byValue<V extends string>(record: Partial<Record<V, string[]>>): [string, V][] {
  return Object.entries(record).flatMap(([value, forms]) =>
    (forms as string[]).map((form): [string, V] => [form, value as V]),
  );
}

const flag = (forms: readonly string[]) => new PhraseLexicon(forms.map((f): [string, true] => [f, true]));

function senses(groups: QuantityData['units']): PhraseLexicon<UnitSense> {
  return new PhraseLexicon(
    groups.flatMap((u) =>
      withGenitives(u.forms).map((f): [string, UnitSense] => [f, { unit: u.unit, role: u.role ?? null }]),
    ),
  );
}

/** A one-word accusative singular: a letter, then the tanween alef (`شخصاً`, `شخصا`, `مدنيًا`). */
const ACCUSATIVE = /^(\p{L}{3,}?)\u064B?\u0627\u064B?$/u;

/**
 * Eleven to ninety-nine count their noun in the accusative singular (`15 شخصاً`), a hundred and
 * more and the multipliers in the genitive (`300 شخص`, `5 آلاف مدني`): every accusative form the
 * data lists stands for its genitive too, so the data need not list both.
 */
function withGenitives(forms: readonly string[]): string[] {
  const out = new Set(forms);
  for (const form of forms) {
    const stem = ACCUSATIVE.exec(form)?.[1];
    // Not a broken plural in -ايا (`ضحايا`): its alef is no case ending.
    if (stem && !stem.endsWith('ا') && !stem.endsWith('اي')) out.add(stem);
  }
  return [...out];
}

function personForms(groups: QuantityData['units']): Map<string, UnitSense> {
  const out = new Map<string, UnitSense>();
  for (const u of groups) {
    if (u.unit !== 'person') continue;
    for (const form of withGenitives(u.forms))
      if (!/\s/u.test(form)) out.set(foldKey(form), { unit: u.unit, role: u.role ?? null });
  }
  return out;
}

export function buildQuantityLexicon(data: QuantityData): QuantityLexicon {
  return {
    approximators: new PhraseLexicon(byValue<Approx>(data.approximators)),
    postApproximators: new PhraseLexicon(byValue<Approx>(data.postApproximators)),
    verbApproximators: new PhraseLexicon(byValue<Approx>(data.verbApproximators)),
    multipliers: new PhraseLexicon(Object.entries(data.multipliers)),
    vague: new PhraseLexicon(Object.entries(data.vague)),
    definiteNumerals: new PhraseLexicon(Object.entries(data.definiteNumerals)),
    thresholdNouns: flag(data.thresholdNouns),
    stateVerbs: flag(data.stateVerbs),
    elisionFollowers: new Set(data.elisionFollowers.map(foldKey)),
    caseUnits: flag(data.caseUnits),
    units: senses(data.units),
    duals: senses(data.duals),
    roleCues: new PhraseLexicon(byValue<string>(data.roleCues)),
    adjacentRoleCues: new PhraseLexicon(byValue<string>(data.adjacentRoleCues)),
    frameCues: data.frameCues.map((f) => ({ role: f.role, verbs: flag(f.verbs), objects: flag(f.objects) })),
    asideLeads: flag(data.asideLeads),
    civilBodies: flag(data.civilBodies),
    conditions: flag(data.conditions),
    partCues: new PhraseLexicon(byValue<PieceKind>(data.partCues)),
    nisba: {
      endings: data.nisba.endings.map(foldKey),
      endingsAfterMultiplier: data.nisba.endingsAfterMultiplier.map(foldKey),
      notPeople: new Set(data.nisba.notPeople.map(foldKey)),
    },
    plurals: {
      prefixes: data.plurals.prefixes.map(foldKey),
      endings: data.plurals.endings.map(foldKey),
      minLength: data.plurals.minLength,
      constructSuffixes: data.plurals.constructSuffixes.map(foldKey),
      notPeople: new Set(data.plurals.notPeople.map(foldKey)),
    },
    personForms: personForms(data.units),
    ageCues: flag(data.ageCues),
    skipBefore: flag(data.skipBefore),
    yearCues: flag(data.yearCues),
    notYearAfter: flag(data.notYearAfter),
    months: flag(data.months),
    partitives: new Set(data.partitives.map(foldKey)),
    diseases: flag(data.diseases),
    casualtyRoles: new Set(data.casualtyRoles),
    verdictCues: flag(data.verdictCues),
    verdictPrepositions: flag(data.verdictPrepositions),
    suspensions: { verbs: flag(data.suspensions.verbs), people: flag(data.suspensions.people) },
    kinshipHeads: new Set(data.kinshipHeads.map(foldKey)),
    attributeNumerals: new PhraseLexicon(Object.entries(data.attributeNumerals)),
    chargeWords: flag(data.chargeWords),
    lossNouns: flag(data.lossNouns),
  };
}
