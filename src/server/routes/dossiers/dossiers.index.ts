import { createRouter } from '../../app-types.js';
import { getDossier } from './dossiers.handlers.js';
import { getDossierRoute } from './dossiers.routes.js';

export const dossiersRouter = createRouter().openapi(getDossierRoute, getDossier);
