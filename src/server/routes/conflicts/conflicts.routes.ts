/** Contract of `GET /api/conflicts`: where outlets give different figures or dates for one event. */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ConflictSchema, listOf, PageQuerySchema } from '../../corpus-schemas.js';
import { errorResponses } from '../../errors.js';

export const listConflictsRoute = createRoute({
  method: 'get',
  path: '/api/conflicts',
  tags: ['conflicts'],
  summary: 'List conflicting reports',
  request: {
    query: PageQuerySchema.extend({
      story: z.string().max(100).optional(),
      verdict: z.enum(['update', 'contradiction']).optional(),
    }),
  },
  responses: {
    200: {
      description: 'One page of conflicts, each with its claims and their evidence.',
      content: { 'application/json': { schema: listOf(ConflictSchema, 'ConflictList') } },
    },
    ...errorResponses(400, 503),
  },
});
