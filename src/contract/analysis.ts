/**
 * The analysis contract, version 1: what `rasd analyze --format json` prints.
 *
 * Field names are read by tests, the API, exports and evaluation scripts outside this project:
 * add fields freely, rename none without raising `version`. This zod schema is the one source of
 * truth; the TypeScript types are inferred from it and `docs/analysis-v1.schema.json` is generated
 * from it (`npm run schema`).
 *
 * Objects are loose: a reader must accept fields it does not know, which is how fields are added.
 *
 * Every `start`/`end` pair is a pair of JavaScript string indices (UTF-16 code units) into `text`,
 * so `text.slice(start, end)` is the evidence.
 */
import { z } from 'zod';

const offset = z.number().int().nonnegative();

export const SEGMENT_KINDS = [
  'boilerplate',
  'title',
  'byline',
  'dateline',
  'heading',
  'body',
  'related',
  'caption',
] as const;

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** PLOVER's 19 event categories (openeventdata/PLOVER). */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'INVESTIGATE',
  'DEMAND',
  'DISAPPROVE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'CRIME',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
  'FIGHT',
  'SANCTION',
] as const;

export const SpanSchema = z.looseObject({ start: offset, end: offset });

export const PublishedSchema = z.looseObject({
  value: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/)
    .nullable(),
  inferred: z.boolean(),
  /** Where the date came from: "stated", "metadata", "url", "dateline", "caption", "latest-date", "none"… */
  basis: z.string(),
});

export const DocumentInfoSchema = z.looseObject({
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  published: PublishedSchema,
  language: z.string(),
});

export const SegmentSchema = SpanSchema.extend({
  kind: z.enum(SEGMENT_KINDS),
  outlet: z.string().optional(),
});

/** One mention of an entity; `text` is `text.slice(start, end)`, given for readers of the JSON alone. */
export const MentionSchema = SpanSchema.extend({ text: z.string().optional() });

export const EntitySchema = z.looseObject({
  id: z.string().regex(/^E\d+$/),
  type: z.enum(ENTITY_TYPES),
  /** The canonical name: an alias's canonical form, else the fullest mention. */
  name: z.string(),
  mentions: z.array(MentionSchema),
  /** Other names the document uses for the entity (surname alone, spelling variants, aliases). */
  aliases: z.array(z.string()).optional(),
});

export const TimeSchema = SpanSchema.extend({
  id: z.string().regex(/^T\d+$/),
  text: z.string(),
  value: z.string().nullable(),
  mod: z.enum(['EARLY', 'MID', 'LATE', 'APPROX']).nullable(),
  kind: z.enum(['date', 'duration', 'set']),
  anchor: z.enum(['absolute', 'publication', 'unresolved']),
  conflict: z.string().optional(),
  /** The Hijri date as the text states it (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), beside the Gregorian value. */
  hijri: z.string().optional(),
  /** Both ends of a range carry the ids of both ends. */
  range: z.looseObject({ from: z.string(), to: z.string() }).optional(),
  /** A month stated without its year takes the year of this earlier time of its sentence. */
  yearFrom: z.string().optional(),
});

export const QuantitySchema = SpanSchema.extend({
  value: z.number().nullable(),
  min: z.number().optional(),
  max: z.number().optional(),
  approx: z.enum(['about', 'more_than', 'at_least', 'less_than', 'at_most']).nullable(),
  unit: z.string().nullable(),
  role: z.string().nullable(),
  /**
   * What the figure counts beside its role, when the text says it is a piece of another figure:
   * `part` (`من بينهم 80 إصابة خطيرة`), `breakdown` (one of a list by place or nationality) or
   * `total` (the figure such pieces belong to). `of` is the index of that total in `quantities`.
   */
  scope: z
    .object({
      kind: z.enum(['total', 'part', 'breakdown']),
      of: z.number().int().optional(),
      place: z.string().optional(),
      subgroup: z.string().optional(),
    })
    .optional(),
});

export const QuoteSchema = SpanSchema.extend({
  text: z.string(),
  speaker: z.string().nullable(),
  speakerText: z.string().nullable(),
  cue: z.string().nullable(),
  /** `direct` (in quotation marks) or `indirect` (a clause after أن/إن following a cue). */
  kind: z.enum(['direct', 'indirect']).optional(),
  /** The closing mark is missing: the quote was closed at the end of its paragraph. */
  unclosed: z.boolean().optional(),
});

export const EventSchema = SpanSchema.extend({
  id: z.string().regex(/^V\d+$/),
  type: z.enum(PLOVER_TYPES),
  actors: z.array(z.string()),
  targets: z.array(z.string()),
  time: z.string().nullable(),
  place: z.string().nullable(),
  quantities: z.array(z.number().int().nonnegative()),
  /** The trigger word or phrase the type was read from. */
  trigger: SpanSchema.extend({ text: z.string() }).optional(),
  /** PLOVER's `mode` (e.g. CONSULT `visit`). */
  mode: z.string().optional(),
  /** PLOVER's `context` values the text states (`future`). */
  context: z.array(z.string()).optional(),
  /** A lasting state (relations severed since 2016): a `منذ` date after it is when it began. */
  lasting: z.boolean().optional(),
  /** PLOVER's magnitudes, read from the roles of the sentence's quantities. */
  magnitudes: z
    .looseObject({
      dead: z.number().optional(),
      injured: z.number().optional(),
      arrested: z.number().optional(),
      size: z.number().optional(),
    })
    .optional(),
});

export const AnalysisSchema = z.looseObject({
  version: z.literal(1),
  text: z.string(),
  document: DocumentInfoSchema,
  segments: z.array(SegmentSchema),
  entities: z.array(EntitySchema),
  times: z.array(TimeSchema),
  quantities: z.array(QuantitySchema),
  quotes: z.array(QuoteSchema),
  events: z.array(EventSchema),
});

export type Span = z.infer<typeof SpanSchema>;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];
export type EntityType = (typeof ENTITY_TYPES)[number];
export type PloverType = (typeof PLOVER_TYPES)[number];
export type Published = z.infer<typeof PublishedSchema>;
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;
export type Segment = z.infer<typeof SegmentSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type TimeMention = z.infer<typeof TimeSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type EventMention = z.infer<typeof EventSchema>;
export type Analysis = z.infer<typeof AnalysisSchema>;
