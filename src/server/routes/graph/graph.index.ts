import { createRouter } from '../../app-types.js';
import { getGraph } from './graph.handlers.js';
import { getGraphRoute } from './graph.routes.js';

export const graphRouter = createRouter().openapi(getGraphRoute, getGraph);
