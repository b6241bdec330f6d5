import { createRouter } from '../../app-types.js';
import { listConflicts } from './conflicts.handlers.js';
import { listConflictsRoute } from './conflicts.routes.js';

export const conflictsRouter = createRouter().openapi(listConflictsRoute, listConflicts);
