/**
 * The store's records as zod schemas, for validating answers and describing them in OpenAPI. Each
 * is annotated with its store type, so a change on either side fails the type check here instead
 * of drifting silently.
 */
import { z } from 'zod';
import { ENTITY_TYPES, PLOVER_TYPES } from '../contract/analysis.js';
import type {
  Citation,
  Conflict,
  CorpusEntity,
  DocumentRef,
  Dossier,
  EntityDetail,
  Story,
} from '../corpus/types.js';
import type { DocumentSummary, SearchHit } from '../store/store.js';
import { IsoDateSchema } from '../times/iso-date.js';

export const DocumentRefSchema: z.ZodType<DocumentRef> = z
  .object({
    id: z.string().describe('`url:<canonical url>` or `text:<sha256>`'),
    url: z.string().nullable(),
    source: z.string().nullable(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
  })
  .meta({ id: 'DocumentRef' });

export const DocumentSummarySchema: z.ZodType<DocumentSummary> = z
  .object({
    id: z.string(),
    url: z.string().nullable(),
    source: z.string().nullable(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    ingestedAt: z.string(),
    storyId: z.string().nullable(),
    length: z.number().int(),
  })
  .meta({ id: 'DocumentSummary' });

export const CitationSchema: z.ZodType<Citation> = z
  .object({ document: DocumentRefSchema, start: z.number().int(), end: z.number().int(), text: z.string() })
  .meta({ id: 'Citation' });

const corpusEntityShape = {
  id: z.string(),
  type: z.enum(ENTITY_TYPES),
  name: z.string(),
  aliases: z.array(z.string()),
  documentCount: z.number().int(),
  mentionCount: z.number().int(),
};

export const CorpusEntitySchema: z.ZodType<CorpusEntity> = z
  .object(corpusEntityShape)
  .meta({ id: 'CorpusEntity' });

export const EntityDetailSchema: z.ZodType<EntityDetail> = z
  .object({
    ...corpusEntityShape,
    mentionsByOutlet: z.array(z.object({ outlet: z.string().nullable(), mentions: z.number().int() })),
    cooccurring: z.array(z.object({ entity: CorpusEntitySchema, documents: z.number().int() })),
    timeline: z.array(CitationSchema),
  })
  .meta({ id: 'EntityDetail' });

export const ConflictSchema: z.ZodType<Conflict> = z
  .object({
    storyId: z.string(),
    kind: z.enum(['figure', 'date']),
    role: z.string(),
    verdict: z.enum(['update', 'contradiction']),
    claims: z.array(
      z.object({
        value: z.union([z.number(), z.string()]),
        evidence: CitationSchema,
        approx: z.string().nullable().optional(),
        alsoIn: z.array(DocumentRefSchema).optional(),
      }),
    ),
    explanation: z.string(),
    explanationAr: z.string().optional(),
    scope: z.object({ places: z.array(z.string()), subgroup: z.string().optional() }).optional(),
  })
  .meta({ id: 'Conflict' });

export const StorySchema: z.ZodType<Story> = z
  .object({
    id: z.string(),
    title: z.string(),
    documents: z.array(
      z.object({
        id: z.string(),
        url: z.string().nullable(),
        source: z.string().nullable(),
        title: z.string().nullable(),
        outlet: z.string().nullable(),
        published: z.string().nullable(),
        duplicateOf: z.string().nullable(),
        copyBasis: z
          .enum(['credit', 'earlier'])
          .nullable()
          .optional()
          .describe('Why it is the copy: it credits the original’s outlet, or was published later.'),
        sameTextAs: z
          .string()
          .nullable()
          .optional()
          .describe('A member with the same text, when neither can be told the original.'),
      }),
    ),
    events: z.array(
      z.object({
        type: z.enum(PLOVER_TYPES),
        date: z.string().nullable(),
        actors: z.array(z.string()),
        targets: z.array(z.string()),
        evidence: CitationSchema,
      }),
    ),
    conflicts: z.array(ConflictSchema),
    first: z.string().nullable(),
    last: z.string().nullable(),
  })
  .meta({ id: 'Story' });

const DossierPartySchema = z.object({
  name: z.string().describe('the name as the report writes it'),
  entity: z.string().nullable(),
  state: z.string().nullable().describe('the state a capital, seat of power or ministry stands for'),
});

const DateBasisSchema = z.enum(['event', 'article', 'story', 'none']);
const DateAnchorSchema = z
  .literal('story')
  .optional()
  .describe(
    'the date is a relative one (a weekday) of a report without its own date, read against its story',
  );

export const DossierSchema: z.ZodType<Dossier> = z
  .object({
    a: CorpusEntitySchema,
    b: CorpusEntitySchema,
    entries: z.array(
      z.object({
        kind: z.enum(['event', 'mention']),
        date: z.string().nullable(),
        dateBasis: DateBasisSchema,
        precision: z.enum(['day', 'month', 'season', 'year', 'decade', 'other', 'none']),
        dateMod: z.string().nullable(),
        dateAnchor: DateAnchorSchema,
        type: z.enum(PLOVER_TYPES).nullable(),
        relation: z.string().nullable(),
        actors: z.array(DossierPartySchema),
        targets: z.array(DossierPartySchema),
        place: z.string().nullable(),
        summary: z.string(),
        sources: z.array(
          CitationSchema.and(
            z.object({
              outlet: z.string().nullable(),
              url: z.string().nullable(),
              published: z.string().nullable(),
              date: z.string().nullable(),
              dateBasis: DateBasisSchema,
              dateAnchor: DateAnchorSchema,
            }),
          ),
        ),
        disagreements: z.array(
          z.object({
            field: z.literal('date'),
            values: z.array(z.object({ value: z.string(), outlets: z.array(z.string()) })),
          }),
        ),
        alsoReportedAs: z
          .array(z.object({ type: z.enum(PLOVER_TYPES).nullable(), relation: z.string().nullable() }))
          .optional(),
        evidence: CitationSchema,
      }),
    ),
    stages: z.array(
      z.object({
        label: z.string(),
        from: z.string().nullable(),
        to: z.string().nullable(),
        entries: z.array(z.number().int()),
      }),
    ),
  })
  .meta({ id: 'Dossier' });

const SpanSchema = z.object({ start: z.number().int(), end: z.number().int() });

export const SearchHitSchema: z.ZodType<SearchHit> = z
  .object({
    document: DocumentSummarySchema,
    score: z.number(),
    snippet: SpanSchema.extend({ text: z.string(), highlights: z.array(SpanSchema) }),
  })
  .meta({ id: 'SearchHit' });

/** A named entity of a search query and the other spellings searched with it. */
export const QueryExpansionSchema = z
  .object({
    entity: z.string().describe('The corpus identity (`C…`).'),
    name: z.string(),
    matched: z.string().describe('The query words that name it, as typed.'),
    spellings: z.array(z.string()).readonly().describe('Its other spellings, also searched.'),
  })
  .meta({ id: 'QueryExpansion' });

/** `{ total, items }`: one page of a longer list. */
export function listOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      total: z.number().int().describe('Items matching, over all pages.'),
      items: z.array(item).readonly(),
    })
    .meta({ id });
}

/** `limit`/`offset` query parameters, shared by every list. */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20).describe('At most 200.'),
  offset: z.coerce.number().int().min(0).default(0),
});

export const IsoDateQuery = IsoDateSchema.optional();
