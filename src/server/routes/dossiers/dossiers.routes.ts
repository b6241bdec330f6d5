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
  summary: 'The relations between two actors, oldest first, each citing its sentence',
  request: {
    query: z.object({
      a: Actor.describe('An entity id (`C…`) or name.'),
      b: Actor.describe('The other entity.'),
    }),
  },
  responses: {
    200: { description: 'The dossier.', content: { 'application/json': { schema: DossierSchema } } },
    ...errorResponses(400, 404, 503),
  },
});
