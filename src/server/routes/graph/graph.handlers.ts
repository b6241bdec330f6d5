import { type AppRouteHandler, storeOf } from '../../app-types.js';
import { buildActorGraph } from './actor-graph.js';
import type { getGraphRoute } from './graph.routes.js';

export const getGraph: AppRouteHandler<typeof getGraphRoute> = async (c) => {
  const { stories, entity } = c.req.valid('query');
  const list = await storeOf(c.var.deps).stories({ limit: stories, ...(entity ? { entity } : {}) });
  return c.json(buildActorGraph(list.items.flatMap((story) => story.events)), 200);
};
