import { type AppRouteHandler, storeOf } from '../../app-types.js';
import type { listConflictsRoute } from './conflicts.routes.js';

export const listConflicts: AppRouteHandler<typeof listConflictsRoute> = async (c) => {
  const { story, ...query } = c.req.valid('query');
  return c.json(await storeOf(c.var.deps).conflicts({ ...query, ...(story ? { storyId: story } : {}) }), 200);
};
