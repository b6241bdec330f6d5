import { type AppRouteHandler, storeOf } from '../../app-types.js';
import { ApiError } from '../../errors.js';
import type { getDossierRoute } from './dossiers.routes.js';

export const getDossier: AppRouteHandler<typeof getDossierRoute> = async (c) => {
  const { a, b, all } = c.req.valid('query');
  const dossier = await storeOf(c.var.deps).dossier(a, b, { all: all === 'true' });
  if (!dossier) throw new ApiError(404, 'not_found', `No dossier: "${a}" or "${b}" is not a known entity.`);
  return c.json(dossier, 200);
};
