/**
 * The word lists the line classifier reads (data/ar/segment-*.json), validated, and folded once
 * with the same `foldArabic` the lines are folded with, so `اقرأ أيضاً` matches `اقرا ايضا`.
 */
import { z } from 'zod';
import { foldArabic } from '../text/normalize.js';

export const BoilerplateDataSchema = z.object({
  maxWords: z.number().int().positive(),
  shortLinePhrases: z.array(z.string()),
  glueWords: z.array(z.string()),
  cookieWords: z.array(z.string()),
  consentWords: z.array(z.string()),
  copyrightPhrases: z.array(z.string()),
  interfacePhrases: z.array(z.string()).default([]),
  siteNameWords: z.array(z.string()).default([]),
  outletKinds: z.array(z.string()).default([]),
  socialNetworks: z.array(z.string()),
  menuWords: z.array(z.string()),
  breadcrumbRoots: z.array(z.string()).default([]),
  siteDescriptions: z.array(z.string()).default([]),
  mastheadTitles: z.array(z.string()).default([]),
});

export const RelatedDataSchema = z.object({
  listLabels: z.array(z.string()),
  formatTags: z.array(z.string()),
  maxHeadlineWords: z.number().int().positive(),
  leadWords: z.array(z.string()).default([]),
  leadAsides: z.array(z.string()).default([]),
  maxOutletWords: z.number().int().positive(),
  kickerOpeners: z.array(z.string()).default([]),
  maxKickerWords: z.number().int().positive().default(6),
  breakingLabels: z.array(z.string()).default([]),
});

export const CaptionDataSchema = z.object({
  prefixes: z.array(z.string()),
  credits: z.array(z.string()),
  creditWords: z.array(z.string()),
  maxWords: z.number().int().positive(),
});

export const BylineDataSchema = z.object({
  outletCues: z.array(z.string()),
  authorCues: z.array(z.string()),
  genericSources: z.array(z.string()),
  maxWords: z.number().int().positive(),
  writerRoles: z.array(z.string()).default([]),
  correspondentCues: z.array(z.string()).default([]),
  roleCues: z.array(z.string()).default([]),
  selfReferences: z.array(z.string()).default([]),
});

export const DatelineDataSchema = z.object({
  months: z.array(z.string()),
  weekdays: z.array(z.string()),
  fillerWords: z.array(z.string()),
  weatherWords: z.array(z.string()).default([]),
  publicationCues: z.array(z.string()).default([]),
  maxPlaceWords: z.number().int().positive(),
});

export interface SegmentData {
  readonly boilerplate: z.infer<typeof BoilerplateDataSchema>;
  readonly related: z.infer<typeof RelatedDataSchema>;
  readonly caption: z.infer<typeof CaptionDataSchema>;
  readonly byline: z.infer<typeof BylineDataSchema>;
  readonly dateline: z.infer<typeof DatelineDataSchema>;
  /** Place names (the entity gazetteer's), to tell a dateline's place from an outlet's name. */
  readonly places?: readonly string[];
  /** Month names in Latin letters, lower case: English and French datelines (`January 9, 2021`). */
  readonly latinMonths?: readonly string[];
  /** Given names (the entity gazetteer's) and outlets' own names: a two-word line of one is no headline. */
  readonly firstNames?: readonly string[];
  readonly outletNames?: readonly string[];
  /** Country names (the entity gazetteer's): `بغداد/ الفرات` credits an outlet, `القاهرة/ مصر` does not. */
  readonly countries?: readonly string[];
}

/** The data folded for matching; phrases are sorted longest first so `نشر في` wins over `نشر`. */
export interface SegmentVocabulary {
  readonly boilerplateMaxWords: number;
  readonly shortLinePhrases: readonly string[];
  /** Words an interface label may trail (`تابعونا على`, `شارك الخبر عبر`…). */
  readonly glueWords: ReadonlySet<string>;
  readonly cookieWords: readonly string[];
  readonly consentWords: readonly string[];
  readonly copyrightPhrases: readonly string[];
  /** Phrases only a site's interface says (`بريدك الإلكتروني`, `إلى الأعلى`), anywhere in a short line. */
  readonly interfacePhrases: readonly string[];
  /** Words naming a kind of news site (`الإخبارية`, `نيوز`): a short line with one is the site's name. */
  readonly siteNameWords: ReadonlySet<string>;
  /** Nouns a site's name opens with (`صحيفة`، `جريدة`، `موقع`). */
  readonly outletKinds: ReadonlySet<string>;
  readonly socialNetworks: ReadonlySet<string>;
  readonly menuWords: ReadonlySet<string>;
  /** `الرئيسية`: a line starting with one and a separator is a breadcrumb. */
  readonly breadcrumbRoots: ReadonlySet<string>;
  /** First words of a site's description of itself in its header (`جريدة إلكترونية`، `صوت …`). */
  readonly siteDescriptions: ReadonlySet<string>;
  /** `رئيس التحرير`: a masthead title, the line under it a staff member's name. */
  readonly mastheadTitles: ReadonlySet<string>;
  readonly listLabels: readonly string[];
  /** Folded tails that say what kind of item a headline is (`لحظة بلحظة`, `بالفيديو`), never an outlet. */
  readonly formatTags: ReadonlySet<string>;
  readonly maxHeadlineWords: number;
  /** `إن`: a word of a lead sentence that headlines leave out (raw spelling: `أن` is no cue). */
  readonly leadWords: ReadonlySet<string>;
  /** `اليوم`, `أمس`: a date after a comma, as a lead sentence sets it off. */
  readonly leadAsides: ReadonlySet<string>;
  readonly maxOutletWords: number;
  /** `بعد`، `في ظل`: how a kicker above the headline opens. */
  readonly kickerOpeners: readonly string[];
  readonly maxKickerWords: number;
  /** `عاجل`: a ticker's label before a separator. */
  readonly breakingLabels: readonly string[];
  readonly captionPrefixes: readonly string[];
  readonly credits: ReadonlySet<string>;
  readonly creditWords: readonly string[];
  readonly captionMaxWords: number;
  readonly outletCues: readonly string[];
  readonly authorCues: readonly string[];
  readonly genericSources: ReadonlySet<string>;
  readonly bylineMaxWords: number;
  /** `صحفي`، `مراسل`: the role noun a line under the writer's name opens with. */
  readonly writerRoles: ReadonlySet<string>;
  /** `مراسل`: a cue whose next words up to `في` name the outlet (`مراسل الرافد في نينوى`). */
  readonly correspondentCues: ReadonlySet<string>;
  /** `role`: a credit list's role line, naming the outlet when it opens with an outlet's name. */
  readonly roleCues: ReadonlySet<string>;
  /** `الموقع`، `الصحيفة`: how a site names itself after such a cue; no outlet's name. */
  readonly selfReferences: ReadonlySet<string>;
  /** Every single word of a month, weekday or date filler word. */
  readonly dateWords: ReadonlySet<string>;
  /** Month and weekday words only: the words that make a line a date. */
  readonly strongDateWords: ReadonlySet<string>;
  /** `الطقس`، `مشمس`: weather words a site's date line carries. */
  readonly weatherWords: ReadonlySet<string>;
  /** `نشر`، `آخر تحديث`: words of the article's own date line. */
  readonly publicationCues: readonly string[];
  readonly maxPlaceWords: number;
  /** Folded place names, with and without the article. */
  readonly places: ReadonlySet<string>;
  readonly firstNames: ReadonlySet<string>;
  readonly outletNames: ReadonlySet<string>;
  readonly countries: ReadonlySet<string>;
}

export function fold(text: string): string {
  return foldArabic(text).replace(/\s+/g, ' ').trim();
}

function folded(list: readonly string[]): string[] {
  return [...new Set(list.map(fold))].sort((a, b) => b.length - a.length);
}

function words(list: readonly string[]): Set<string> {
  return new Set(list.flatMap((item) => fold(item).split(' ')));
}

export function buildVocabulary(data: SegmentData): SegmentVocabulary {
  const { boilerplate, related, caption, byline, dateline, places = [], latinMonths = [] } = data;
  const { firstNames = [], outletNames = [], countries = [] } = data;
  return {
    boilerplateMaxWords: boilerplate.maxWords,
    shortLinePhrases: folded(boilerplate.shortLinePhrases),
    glueWords: new Set(folded(boilerplate.glueWords)),
    cookieWords: folded(boilerplate.cookieWords),
    consentWords: folded(boilerplate.consentWords),
    copyrightPhrases: folded(boilerplate.copyrightPhrases),
    interfacePhrases: folded(boilerplate.interfacePhrases),
    siteNameWords: new Set(folded(boilerplate.siteNameWords)),
    outletKinds: new Set(folded(boilerplate.outletKinds)),
    socialNetworks: new Set(folded(boilerplate.socialNetworks)),
    menuWords: new Set(folded(boilerplate.menuWords)),
    breadcrumbRoots: new Set(folded(boilerplate.breadcrumbRoots)),
    siteDescriptions: new Set(folded(boilerplate.siteDescriptions)),
    mastheadTitles: new Set(folded(boilerplate.mastheadTitles)),
    listLabels: folded(related.listLabels),
    formatTags: new Set(related.formatTags.map(fold)),
    maxHeadlineWords: related.maxHeadlineWords,
    leadWords: new Set(related.leadWords),
    leadAsides: new Set(related.leadAsides.map(fold)),
    maxOutletWords: related.maxOutletWords,
    kickerOpeners: folded(related.kickerOpeners),
    maxKickerWords: related.maxKickerWords,
    breakingLabels: folded(related.breakingLabels),
    captionPrefixes: folded(caption.prefixes),
    credits: new Set(folded(caption.credits)),
    creditWords: folded(caption.creditWords),
    captionMaxWords: caption.maxWords,
    outletCues: folded(byline.outletCues),
    authorCues: folded(byline.authorCues),
    genericSources: new Set(folded(byline.genericSources)),
    bylineMaxWords: byline.maxWords,
    writerRoles: new Set(folded(byline.writerRoles)),
    correspondentCues: new Set(folded(byline.correspondentCues)),
    roleCues: new Set(folded(byline.roleCues)),
    selfReferences: new Set(folded(byline.selfReferences)),
    dateWords: words([...dateline.months, ...dateline.weekdays, ...dateline.fillerWords, ...latinMonths]),
    // Only a month's first word: `الثاني` of `كانون الثاني` alone says nothing about dates.
    strongDateWords: new Set([
      ...dateline.months.map((m) => fold(m).split(' ')[0] ?? ''),
      ...folded(dateline.weekdays),
      ...latinMonths,
    ]),
    weatherWords: words(dateline.weatherWords),
    publicationCues: folded(dateline.publicationCues),
    maxPlaceWords: dateline.maxPlaceWords,
    places: new Set(places.map(fold)),
    firstNames: new Set(firstNames.map(fold)),
    outletNames: new Set(outletNames.map(fold)),
    countries: new Set(countries.map(fold)),
  };
}
