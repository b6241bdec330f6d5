import { createRouter } from '../../app-types.js';
import { search } from './search.handlers.js';
import { searchRoute } from './search.routes.js';

export const searchRouter = createRouter().openapi(searchRoute, search);
