import { runAnalysis, runAnalysisJson } from '../../analysis/run-analysis.js';
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
  const deps = c.var.deps;
  const store = storeOf(deps);
  const turn = deps.storeTurns ?? ((work) => work());
  const results = [];
  for (const doc of c.req.valid('json').documents) {
    const input = {
      text: doc.text,
      title: doc.title ?? null,
      outlet: doc.outlet ?? null,
      url: doc.url ?? null,
    };
    const context = doc.published ? { publishedOverride: doc.published } : {};
    const source = doc.source ?? doc.url ?? null;
    // A writer waits briefly for a busy worker rather than being refused (analysis-pool.ts).
    if (deps.writer) {
      // The embedded store writes on its own thread (store-writer.ts): the analysis goes there as
      // the JSON text the analysis worker wrote, never parsed on the event loop.
      const analysisJson = await runAnalysisJson(c, input, context, { wait: true });
      results.push(await deps.writer.putDocument({ analysisJson, source }));
    } else {
      const analysis = await runAnalysis(c, input, context, { wait: true });
      results.push(await turn(() => store.putDocument({ analysis, source })));
    }
  }
  // Answered once the documents are joined to the corpus, so the writer's next read sees them in stories.
  const corpus = deps.writer
    ? await deps.writer.refreshCorpus({ ifStale: true })
    : await turn(() => store.refreshCorpus({ ifStale: true }));
  return c.json({ results, corpus }, 200);
};
