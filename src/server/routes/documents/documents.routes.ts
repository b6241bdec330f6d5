/** Contracts of the document routes: list, read one, and ingest (a write). */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { AnalysisSchema } from '../../../contract/analysis.js';
import { DocumentSummarySchema, IsoDateQuery, listOf, PageQuerySchema } from '../../corpus-schemas.js';
import { errorResponses } from '../../errors.js';

export const DocumentFilterQuerySchema = z.object({
  outlet: z.string().max(200).optional(),
  from: IsoDateQuery.describe('Published on or after (YYYY-MM-DD or YYYY-MM).'),
  to: IsoDateQuery.describe('Published on or before.'),
  entity: z.string().max(200).optional().describe('A corpus entity id (`C…`) or a name.'),
  story: z.string().max(100).optional().describe('A story id (`S…`).'),
});

export const listDocumentsRoute = createRoute({
  method: 'get',
  path: '/api/documents',
  tags: ['documents'],
  summary: 'List stored documents, newest first',
  request: { query: DocumentFilterQuerySchema.extend(PageQuerySchema.shape) },
  responses: {
    200: {
      description: 'One page of documents.',
      content: { 'application/json': { schema: listOf(DocumentSummarySchema, 'DocumentList') } },
    },
    ...errorResponses(400, 503),
  },
});

export const DocumentIdParamsSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(4000)
    .describe('The document key, URL-encoded (`url%3Ahttps%3A%2F%2F…` or `text%3A…`).'),
});

export const getDocumentRoute = createRoute({
  method: 'get',
  path: '/api/documents/{id}',
  tags: ['documents'],
  summary: 'One stored document with its full analysis',
  request: { params: DocumentIdParamsSchema },
  responses: {
    200: {
      description: 'The document, its analysis (contract v1) and each entity’s corpus identity.',
      content: {
        'application/json': {
          schema: DocumentSummarySchema.and(
            z.object({
              analysis: AnalysisSchema,
              identities: z.record(z.string(), z.string().nullable()),
            }),
          ).meta({ id: 'DocumentRecord' }),
        },
      },
    },
    ...errorResponses(400, 404, 503),
  },
});

export const IngestDocumentSchema = z.object({
  text: z.string().min(1, 'the text is empty'),
  title: z.string().max(1000).optional(),
  outlet: z.string().max(200).optional(),
  url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).optional(),
  published: IsoDateQuery.describe('The publication date (YYYY-MM-DD or YYYY-MM).'),
  source: z.string().max(1000).optional().describe('How to cite where it came from (a path, a feed).'),
});

export const IngestRequestSchema = z
  .object({ documents: z.array(IngestDocumentSchema).min(1).max(100) })
  .meta({ id: 'IngestRequest' });

export const IngestResultSchema = z
  .object({
    results: z.array(z.object({ id: z.string(), status: z.enum(['added', 'duplicate']) })),
    corpus: z.object({
      documents: z.number().int(),
      stories: z.number().int(),
      entities: z.number().int(),
      conflicts: z.number().int(),
    }),
  })
  .meta({ id: 'IngestResult' });

export const ingestRoute = createRoute({
  method: 'post',
  path: '/api/documents',
  tags: ['documents'],
  summary: 'Analyse and store documents (needs the bearer token)',
  description:
    'Analyses each text, stores it (idempotently: a known URL or text answers `duplicate`), then refreshes stories, identities and conflicts.',
  security: [{ bearer: [] }],
  request: {
    body: { required: true, content: { 'application/json': { schema: IngestRequestSchema } } },
  },
  responses: {
    200: {
      description: 'What happened to each document, and the corpus after.',
      content: { 'application/json': { schema: IngestResultSchema } },
    },
    ...errorResponses(400, 401, 403, 413, 429, 503, 504),
  },
});
