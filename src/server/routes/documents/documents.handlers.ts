import { runAnalysis } from '../../analysis/run-analysis.js';
import { type AppRouteHandler, storeOf } from '../../app-types.js';
import { ApiError } from '../../errors.js';
import type { getDocumentRoute, ingestRoute, listDocumentsRoute } from './documents.routes.js';

export const listDocuments: AppRouteHandler<typeof listDocumentsRoute> = async (c) => {
  const { story, ...query } = c.req.valid('query');
  const list = await storeOf(c.var.deps).listDocuments({ ...query, ...(story ? { storyId: story } : {}) });
  return c.json(list, 200);
};

export const getDocument: AppRouteHandler<typeof getDocumentRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const record = await storeOf(c.var.deps).getDocument(id);
  if (!record) throw new ApiError(404, 'not_found', `No document with id "${id}".`);
  return c.json(record, 200);
};

export const ingest: AppRouteHandler<typeof ingestRoute> = async (c) => {
  const store = storeOf(c.var.deps);
  const turn = c.var.deps.storeTurns ?? ((work) => work());
  const results = [];
  for (const doc of c.req.valid('json').documents) {
    // A writer waits briefly for a busy worker rather than being refused (analysis-pool.ts).
    const analysis = await runAnalysis(
      c,
      { text: doc.text, title: doc.title ?? null, outlet: doc.outlet ?? null, url: doc.url ?? null },
      doc.published ? { publishedOverride: doc.published } : {},
      { wait: true },
    );
    results.push(await turn(() => store.putDocument({ analysis, source: doc.source ?? doc.url ?? null })));
  }
  const corpus = await turn(() => store.refreshCorpus({ ifStale: true }));
  return c.json({ results, corpus }, 200);
};
