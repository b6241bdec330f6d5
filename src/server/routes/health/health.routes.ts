/** Contract of `GET /api/health`: is the server up, with which store, and may it write. */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';

export const HealthSchema = z
  .object({
    status: z.literal('ok'),
    store: z.object({ kind: z.string(), location: z.string() }).nullable(),
    writes: z.boolean().describe('Whether the server was started with RASD_TOKEN.'),
  })
  .meta({ id: 'Health' });

export const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['meta'],
  summary: 'Server status',
  responses: { 200: { description: 'Up.', content: { 'application/json': { schema: HealthSchema } } } },
});
