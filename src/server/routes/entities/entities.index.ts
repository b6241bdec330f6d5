import { createRouter } from '../../app-types.js';
import { getEntity, listEntities } from './entities.handlers.js';
import { getEntityRoute, listEntitiesRoute } from './entities.routes.js';

export const entitiesRouter = createRouter()
  .openapi(listEntitiesRoute, listEntities)
  .openapi(getEntityRoute, getEntity);
