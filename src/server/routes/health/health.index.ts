import { type AppRouteHandler, createRouter } from '../../app-types.js';
import { healthRoute } from './health.routes.js';

const health: AppRouteHandler<typeof healthRoute> = (c) => {
  const { store, token } = c.var.deps;
  return c.json(
    {
      status: 'ok' as const,
      store: store ? { kind: store.kind, location: store.location } : null,
      writes: token !== null,
    },
    200,
  );
};

export const healthRouter = createRouter().openapi(healthRoute, health);
