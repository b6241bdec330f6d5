import { type AppRouteHandler, storeOf } from '../../app-types.js';
import { ApiError } from '../../errors.js';
import type { getDossierRoute } from './dossiers.routes.js';

/** The store names an actor it does not know by a pseudo-identity `name:…` found by its words. */
const isUnknown = (id: string) => id.startsWith('name:');

export const getDossier: AppRouteHandler<typeof getDossierRoute> = async (c) => {
  const { a, b, all } = c.req.valid('query');
  const dossier = await storeOf(c.var.deps).dossier(a, b, { all: all === 'true' });
  // An unknown name with nothing found is not an empty relation: it is an actor we do not know,
  // and answering with an invented entity and an empty timeline would say otherwise.
  const unknown = dossier ? [dossier.a, dossier.b].filter((e) => isUnknown(e.id)).map((e) => e.name) : [a, b];
  if (!dossier || (unknown.length > 0 && dossier.entries.length === 0))
    throw new ApiError(
      404,
      'unknown_actor',
      `No known actor named ${unknown.map((n) => `"${n}"`).join(' or ')}.`,
    );
  return c.json(dossier, 200);
};
