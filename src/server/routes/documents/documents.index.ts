import { createRouter } from '../../app-types.js';
import { getDocument, ingest, listDocuments } from './documents.handlers.js';
import { getDocumentRoute, ingestRoute, listDocumentsRoute } from './documents.routes.js';

export const documentsRouter = createRouter()
  .openapi(listDocumentsRoute, listDocuments)
  .openapi(getDocumentRoute, getDocument)
  .openapi(ingestRoute, ingest);
