import { createRouter } from '../../app-types.js';
import { analyze } from './analyze.handlers.js';
import { analyzeRoute } from './analyze.routes.js';

export const analyzeRouter = createRouter().openapi(analyzeRoute, analyze);
