/** Contract of `GET /api/graph`: actors as nodes, their events as edges coloured by PLOVER quad. */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { PLOVER_TYPES } from '../../../contract/analysis.js';
import { PLOVER_QUADS } from '../../../contract/plover-quad.js';
import { CitationSchema } from '../../corpus-schemas.js';
import { errorResponses } from '../../errors.js';

const Quad = z.enum(PLOVER_QUADS);
const quadCounts = z.object({
  'verbal-cooperation': z.number().int(),
  'material-cooperation': z.number().int(),
  'verbal-conflict': z.number().int(),
  'material-conflict': z.number().int(),
});

export const ActorGraphSchema = z
  .object({
    nodes: z.array(z.object({ id: z.string().describe('The actor’s name.'), events: z.number().int() })),
    edges: z.array(
      z.object({
        source: z.string(),
        target: z.string(),
        quad: Quad.describe('The quad with most events: the edge’s colour.'),
        count: z.number().int(),
        quads: quadCounts,
        types: z.array(z.enum(PLOVER_TYPES)),
        evidence: z.array(CitationSchema),
      }),
    ),
  })
  .meta({ id: 'ActorGraph' });

export const getGraphRoute = createRoute({
  method: 'get',
  path: '/api/graph',
  tags: ['graph'],
  summary: 'The actor graph of the largest stories',
  request: {
    query: z.object({
      stories: z.coerce
        .number()
        .int()
        .min(1)
        .max(200)
        .default(100)
        .describe('How many stories to draw from.'),
      entity: z.string().max(200).optional().describe('Only stories mentioning this entity.'),
    }),
  },
  responses: {
    200: { description: 'Nodes and edges.', content: { 'application/json': { schema: ActorGraphSchema } } },
    ...errorResponses(400, 503),
  },
});
