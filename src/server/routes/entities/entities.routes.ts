/** Contracts of the entity routes: the corpus's people, organisations and places. */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ENTITY_TYPES } from '../../../contract/analysis.js';
import { ENTITY_SORTS } from '../../../store/store.js';
import { CorpusEntitySchema, EntityDetailSchema, listOf, PageQuerySchema } from '../../corpus-schemas.js';
import { errorResponses } from '../../errors.js';

export const listEntitiesRoute = createRoute({
  method: 'get',
  path: '/api/entities',
  tags: ['entities'],
  summary: 'List entities, most mentioned first',
  request: {
    query: PageQuerySchema.extend({
      name: z.string().trim().min(1).max(200).optional().describe('Any spelling of a name.'),
      type: z.enum(ENTITY_TYPES).optional(),
      minMentions: z.coerce
        .number()
        .int()
        .min(1)
        .optional()
        .describe('Only entities mentioned at least this often (2 hides one-off noise).'),
      sort: z
        .enum(ENTITY_SORTS)
        .optional()
        .describe('documents (default: in most documents first), mentions, or name.'),
    }),
  },
  responses: {
    200: {
      description: 'One page of entities.',
      content: { 'application/json': { schema: listOf(CorpusEntitySchema, 'EntityList') } },
    },
    ...errorResponses(400, 503),
  },
});

export const getEntityRoute = createRoute({
  method: 'get',
  path: '/api/entities/{id}',
  tags: ['entities'],
  summary: 'One entity: aliases, outlets, timeline and co-occurring entities',
  request: {
    params: z.object({
      id: z.string().min(1).max(200).describe('A corpus id (`C…`) or any spelling of a name.'),
    }),
  },
  responses: {
    200: { description: 'The entity.', content: { 'application/json': { schema: EntityDetailSchema } } },
    ...errorResponses(400, 404, 503),
  },
});
