import { type AppRouteHandler, storeOf } from '../../app-types.js';
import type { searchRoute } from './search.routes.js';

export const search: AppRouteHandler<typeof searchRoute> = async (c) => {
  const { q, story, exact, sort, facets, ...filter } = c.req.valid('query');
  const hits = await storeOf(c.var.deps).search({
    text: q,
    ...filter,
    ...(story ? { storyId: story } : {}),
    ...(exact === 'true' ? { exact: true } : {}),
    ...(sort ? { sort } : {}),
    ...(facets === 'outlet' ? { facets: true } : {}),
  });
  return c.json(hits, 200);
};
