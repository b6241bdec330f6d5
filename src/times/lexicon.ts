/**
 * The time vocabulary: month names of every system, Hijri months, weekdays and the words of
 * relative time, read from `data/ar/*.json` and folded the way the text is folded, so one lookup
 * matches every spelling. The algorithm modules take a `TimeLexicon` as a parameter.
 */
import { z } from 'zod';
import type { Relation, Season, TimeMod, TimeUnit } from '../contract/time-expression.js';
import { PhraseLexicon } from '../text/phrases.js';
import { foldKey } from '../text/words.js';

/** How the text is folded for matching, as `foldKey` folds a word (teh marbuta too: سنة = سنه). */
export const TIME_FOLD = { alefMaqsura: true, tehMarbuta: true } as const;

const forms = z.array(z.string().min(1)).min(1);

export const GregorianMonthsSchema = z.object({
  months: z.array(
    z.object({
      month: z.number().int().min(1).max(12),
      system: z.string(),
      forms,
      strict: z.boolean().optional(),
    }),
  ),
});

export const HijriMonthsSchema = z.object({
  months: z.array(
    z.object({ month: z.number().int().min(1).max(12), forms, strict: z.boolean().optional() }),
  ),
  markers: forms,
});

export const WeekdaysSchema = z.object({
  weekdays: z.array(z.object({ day: z.number().int().min(0).max(6), forms, strict: z.boolean().optional() })),
});

const UNITS = ['day', 'week', 'month', 'year', 'decade', 'century', 'hour', 'minute'] as const;

export const TimeWordsSchema = z.object({
  days: z.array(z.object({ forms, offset: z.number().int() })),
  units: z.array(z.object({ unit: z.enum(UNITS), one: forms, two: forms, many: forms })),
  periods: z.array(z.object({ unit: z.enum(UNITS), forms })),
  yearWords: forms,
  monthWords: forms,
  dayWords: forms,
  relatives: z.array(z.object({ relation: z.enum(['past', 'next', 'current']), forms })),
  demonstratives: forms,
  modifiers: z.array(z.object({ mod: z.enum(['EARLY', 'MID', 'LATE', 'APPROX']), forms })),
  partsOfDay: forms,
  firstOfMonth: forms.default([]),
  lastWords: forms.default([]),
  countNouns: forms.default([]),
  ago: forms,
  hence: forms,
  since: forms,
  durationCues: forms,
  every: forms,
  sets: z.array(z.object({ value: z.string(), forms })),
  one: forms,
  temporalPrepositions: forms,
  rangeStarts: forms,
  rangeJoins: forms,
  gregorianMarkers: forms,
  linkers: forms,
  nameHeads: forms,
  partsOfYear: forms,
  yearNouns: forms,
  notToday: forms,
  outletNouns: forms,
  futureCues: forms,
  futureVerbs: forms.default([]),
  pastFrames: forms.default([]),
  clauseOpeners: forms.default([]),
  dayMonthCues: forms,
  decades: z.array(z.object({ tens: z.number().int().min(0).max(9), forms })),
  seasons: z.array(z.object({ season: z.enum(['SP', 'SU', 'FA', 'WI']), forms })),
  centuries: z.array(
    z.object({ start: z.number().int().optional(), offset: z.number().int().optional(), forms }),
  ),
});

export type GregorianMonths = z.infer<typeof GregorianMonthsSchema>;
export type HijriMonths = z.infer<typeof HijriMonthsSchema>;
export type Weekdays = z.infer<typeof WeekdaysSchema>;
export type TimeWords = z.infer<typeof TimeWordsSchema>;

export interface TimeLanguageData {
  readonly gregorian: GregorianMonths;
  readonly hijri: HijriMonths;
  readonly weekdays: Weekdays;
  readonly words: TimeWords;
}

/** A month or weekday number; `strict` names are also ordinary words and need a dated context. */
export interface NamedNumber {
  readonly value: number;
  readonly strict: boolean;
}

export interface UnitWord {
  readonly unit: TimeUnit;
  /** 1 for the singular, 2 for the dual, null for a plural that needs a number. */
  readonly count: 1 | 2 | null;
}

export interface CenturyName {
  readonly start?: number | undefined;
  readonly offset?: number | undefined;
}

export interface TimeLexicon {
  readonly gregorianMonths: PhraseLexicon<NamedNumber>;
  readonly hijriMonths: PhraseLexicon<NamedNumber>;
  readonly weekdays: PhraseLexicon<NamedNumber>;
  readonly days: PhraseLexicon<number>;
  readonly units: ReadonlyMap<string, UnitWord>;
  readonly periods: ReadonlyMap<string, TimeUnit>;
  readonly relatives: ReadonlyMap<string, Relation>;
  readonly modifiers: ReadonlyMap<string, TimeMod>;
  readonly sets: ReadonlyMap<string, string>;
  readonly hijriMarkers: ReadonlySet<string>;
  readonly gregorianMarkers: ReadonlySet<string>;
  readonly yearWords: ReadonlySet<string>;
  readonly monthWords: ReadonlySet<string>;
  readonly dayWords: ReadonlySet<string>;
  readonly demonstratives: ReadonlySet<string>;
  readonly partsOfDay: ReadonlySet<string>;
  /** Words that stand for day 1 before a month name (فاتح يناير، غرة رمضان). */
  readonly firstOfMonth: ReadonlySet<string>;
  /** "Last" after a definite period: الأيام الثلاثة الأخيرة. */
  readonly lastWords: ReadonlySet<string>;
  /** Nouns counted by thousands: after one, a number that follows عام is a count (العام 1500 مندوب). */
  readonly countNouns: ReadonlySet<string>;
  readonly ago: ReadonlySet<string>;
  readonly hence: ReadonlySet<string>;
  readonly since: ReadonlySet<string>;
  readonly durationCues: ReadonlySet<string>;
  readonly every: ReadonlySet<string>;
  readonly one: ReadonlySet<string>;
  readonly temporalPrepositions: ReadonlySet<string>;
  readonly rangeStarts: ReadonlySet<string>;
  readonly rangeJoins: ReadonlySet<string>;
  readonly linkers: ReadonlySet<string>;
  readonly nameHeads: ReadonlySet<string>;
  /** Parts of a year before من ('الربع الأخير من 2024'): the number after من is a year. */
  readonly partsOfYear: ReadonlySet<string>;
  /** Nouns a year names an edition of ('موسم 2024', 'نسخة 2016', 'انتخابات 2020'): the number after is a year. */
  readonly yearNouns: ReadonlySet<string>;
  /** Adjectives after اليوم that make it a day other than today (اليوم التالي، اليوم الوطني). */
  readonly notToday: ReadonlySet<string>;
  /** Nouns of outlets: `اليوم` ending a name one or two words after one is the outlet's (`موقع الشروق اليوم`). */
  readonly outletNouns: ReadonlySet<string>;
  /** Words announcing what will happen (`من المقرر`, `توقعت`): a bare weekday after one is the coming one. */
  readonly futureCues: ReadonlySet<string>;
  /** Imperfect verbs of scheduled or forecast events (`يلتقي`, `تنخفض`): a bare weekday after one is the coming one. */
  readonly futureVerbs: ReadonlySet<string>;
  /** `لم`, `كان`: before an imperfect verb they set it in the past. */
  readonly pastFrames: ReadonlySet<string>;
  /** `الذي`, `عندما`: a clause of its own verb begins; a scheduling verb before it does not reach past. */
  readonly clauseOpeners: ReadonlySet<string>;
  /** Words before a day/month without a year (`في 12/8`) that make it a date, so `24/7` is not one. */
  readonly dayMonthCues: ReadonlySet<string>;
  /** Decade nouns, with and without the article (الثمانينيات): the tens digit. */
  readonly decades: ReadonlyMap<string, number>;
  /** Season nouns, with and without the article: TIMEX3's season codes. */
  readonly seasons: ReadonlyMap<string, Season>;
  /** Centuries named after a decade: a first year, or an offset from the publication century. */
  readonly centuries: PhraseLexicon<CenturyName>;
  /** Every word an expression can begin with, so the scanner skips all others at once. */
  readonly triggers: ReadonlySet<string>;
}

/** The time vocabulary is folded as the text's words are (src/text/words.ts). */
export const fold = foldKey;

function foldAll(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(fold));
}

/** Names that may span several words ("كانون الثاني", "ذي القعدة", "أول أمس"). */
function phraseIndex<T>(entries: readonly { forms: readonly string[]; value: T }[]): PhraseLexicon<T> {
  return new PhraseLexicon(
    entries.flatMap((entry) => entry.forms.map((form): [string, T] => [form, entry.value])),
  );
}

function wordMap<T>(entries: readonly { forms: readonly string[]; value: T }[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) for (const form of entry.forms) map.set(fold(form), entry.value);
  return map;
}

/** Each form as written and with the article (ثمانينيات، الثمانينيات). */
function withArticle(forms: readonly string[]): string[] {
  return forms.flatMap((form) => [form, `ال${form}`]);
}

export function buildTimeLexicon(data: TimeLanguageData): TimeLexicon {
  const { words } = data;
  const month = (m: { month: number; strict?: boolean | undefined }): NamedNumber => ({
    value: m.month,
    strict: m.strict ?? false,
  });
  const units = new Map<string, UnitWord>();
  for (const u of words.units) {
    for (const f of u.one) units.set(fold(f), { unit: u.unit, count: 1 });
    for (const f of u.two) units.set(fold(f), { unit: u.unit, count: 2 });
    for (const f of u.many) units.set(fold(f), { unit: u.unit, count: null });
  }
  const lexicon: Omit<TimeLexicon, 'triggers'> = {
    gregorianMonths: phraseIndex(data.gregorian.months.map((m) => ({ forms: m.forms, value: month(m) }))),
    hijriMonths: phraseIndex(data.hijri.months.map((m) => ({ forms: m.forms, value: month(m) }))),
    weekdays: phraseIndex(
      data.weekdays.weekdays.map((w) => ({
        forms: w.forms,
        value: { value: w.day, strict: w.strict ?? false },
      })),
    ),
    days: phraseIndex(words.days.map((d) => ({ forms: d.forms, value: d.offset }))),
    units,
    periods: wordMap(words.periods.map((p) => ({ forms: p.forms, value: p.unit }))),
    relatives: wordMap(words.relatives.map((r) => ({ forms: r.forms, value: r.relation }))),
    modifiers: wordMap(words.modifiers.map((m) => ({ forms: m.forms, value: m.mod }))),
    sets: wordMap(words.sets.map((s) => ({ forms: s.forms, value: s.value }))),
    hijriMarkers: foldAll(data.hijri.markers),
    gregorianMarkers: foldAll(words.gregorianMarkers),
    yearWords: foldAll(words.yearWords),
    monthWords: foldAll(words.monthWords),
    dayWords: foldAll(words.dayWords),
    demonstratives: foldAll(words.demonstratives),
    partsOfDay: foldAll(words.partsOfDay),
    firstOfMonth: foldAll(words.firstOfMonth),
    lastWords: foldAll(words.lastWords),
    countNouns: foldAll(words.countNouns),
    ago: foldAll(words.ago),
    hence: foldAll(words.hence),
    since: foldAll(words.since),
    durationCues: foldAll(words.durationCues),
    every: foldAll(words.every),
    one: foldAll(words.one),
    temporalPrepositions: foldAll(words.temporalPrepositions),
    rangeStarts: foldAll(words.rangeStarts),
    rangeJoins: foldAll(words.rangeJoins),
    linkers: foldAll(words.linkers),
    nameHeads: foldAll(words.nameHeads),
    partsOfYear: foldAll(words.partsOfYear),
    yearNouns: foldAll(words.yearNouns),
    notToday: foldAll(words.notToday),
    outletNouns: foldAll(words.outletNouns),
    futureCues: foldAll(words.futureCues),
    futureVerbs: foldAll(words.futureVerbs),
    pastFrames: foldAll(words.pastFrames),
    clauseOpeners: foldAll(words.clauseOpeners),
    dayMonthCues: foldAll(words.dayMonthCues),
    decades: wordMap(words.decades.map((d) => ({ forms: withArticle(d.forms), value: d.tens }))),
    seasons: wordMap(words.seasons.map((x) => ({ forms: withArticle(x.forms), value: x.season }))),
    centuries: phraseIndex(words.centuries.map(({ forms, ...name }) => ({ forms, value: name }))),
  };
  return { ...lexicon, triggers: triggersOf(lexicon) };
}

function triggersOf(lexicon: Omit<TimeLexicon, 'triggers'>): ReadonlySet<string> {
  const triggers = new Set<string>();
  const {
    partsOfYear: _p,
    yearNouns: _y,
    notToday: _n,
    outletNouns: _o,
    futureCues: _f,
    futureVerbs: _fv,
    pastFrames: _pf,
    clauseOpeners: _co,
    dayMonthCues: _d,
    nameHeads: _h,
    centuries: _c,
    lastWords: _l,
    countNouns: _cn,
    ...starters
  } = lexicon;
  for (const part of Object.values(starters) as (
    | ReadonlyMap<string, unknown>
    | ReadonlySet<string>
    | PhraseLexicon<unknown>
  )[]) {
    const keys = part instanceof PhraseLexicon ? part.firstWords() : part.keys();
    for (const key of keys) triggers.add(key);
  }
  // A definite period that states a duration: "الأيام الثلاثة", "الـ24 ساعة".
  for (const [form, unit] of lexicon.units) if (unit.count === null) triggers.add(`ال${form}`);
  triggers.add('ال');
  return triggers;
}
