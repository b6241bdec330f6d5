/** Contract of `GET /api/dossier`: the chronology of relations between two actors. */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { DossierSchema } from '../../corpus-schemas.js';
import { errorResponses } from '../../errors.js';

const Actor = z.string().trim().min(1, 'name an actor').max(200);

export const getDossierRoute = createRoute({
  method: 'get',
  path: '/api/dossier',
  tags: ['dossiers'],
  summary:
    'The stages of relations between two actors: one entry per event, dated when it happened, with every outlet',
  request: {
    query: z.object({
      a: Actor.describe('An entity id (`C…`) or name.'),
      b: Actor.describe('The other entity.'),
      all: z
        .enum(['true', 'false'])
        .optional()
        .describe('`true` also lists sentences naming both with no event between them (kind `mention`).'),
    }),
  },
  responses: {
    200: { description: 'The dossier.', content: { 'application/json': { schema: DossierSchema } } },
    ...errorResponses(400, 404, 503),
  },
});
