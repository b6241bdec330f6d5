/** Contract of `GET /api/search`: full-text search over stored documents, with snippets. */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { listOf, PageQuerySchema, QueryExpansionSchema, SearchHitSchema } from '../../corpus-schemas.js';
import { errorResponses } from '../../errors.js';
import { DocumentFilterQuerySchema } from '../documents/documents.routes.js';

export const SearchQuerySchema = DocumentFilterQuerySchema.extend({
  q: z
    .string()
    .trim()
    .min(1, 'type at least one word')
    .max(500)
    .describe('Words as typed; each must match (spelling variants and clitics are folded).'),
  exact: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: only the spelling typed, not the other spellings of an entity the words name.'),
  sort: z
    .enum(['relevance', 'newest'])
    .optional()
    .describe('relevance (default): best matches first; newest: latest publication first.'),
  facets: z
    .enum(['outlet'])
    .optional()
    .describe('outlet: also count the matches per outlet, the most frequent first.'),
}).extend(PageQuerySchema.shape);

const SearchResultsSchema = z
  .object({
    ...listOf(SearchHitSchema, 'SearchHits').shape,
    aliases: z
      .array(QueryExpansionSchema)
      .readonly()
      .describe('Entities the query names, whose other spellings were searched too (unless exact=true).'),
    outlets: z
      .array(z.object({ outlet: z.string().nullable(), count: z.number().int() }))
      .readonly()
      .optional()
      .describe('With facets=outlet: the matches per outlet, the most frequent first.'),
  })
  .meta({ id: 'SearchResults' });

export const searchRoute = createRoute({
  method: 'get',
  path: '/api/search',
  tags: ['search'],
  summary: 'Search stored documents',
  request: { query: SearchQuerySchema },
  responses: {
    200: {
      description: 'Best matches first, each with a snippet and its matched words as offsets.',
      content: {
        'application/json': {
          schema: SearchResultsSchema,
        },
      },
    },
    ...errorResponses(400, 503),
  },
});
