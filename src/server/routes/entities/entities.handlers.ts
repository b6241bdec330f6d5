import { type AppRouteHandler, storeOf } from '../../app-types.js';
import { ApiError } from '../../errors.js';
import type { getEntityRoute, listEntitiesRoute } from './entities.routes.js';

export const listEntities: AppRouteHandler<typeof listEntitiesRoute> = async (c) =>
  c.json(await storeOf(c.var.deps).entities(c.req.valid('query')), 200);

export const getEntity: AppRouteHandler<typeof getEntityRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const entity = await storeOf(c.var.deps).entity(id);
  if (!entity) throw new ApiError(404, 'not_found', `No entity "${id}".`);
  return c.json(entity, 200);
};
