import type { Analysis } from '../../../contract/analysis.js';
import type { AnalysisInput } from '../../../core/layers.js';
import { InputError } from '../../../ingest/errors.js';
import { runAnalysisJson } from '../../analysis/run-analysis.js';
import type { AppRouteHandler } from '../../app-types.js';
import { ApiError } from '../../errors.js';
import type { analyzeRoute } from './analyze.routes.js';

export const analyze: AppRouteHandler<typeof analyzeRoute> = async (c) => {
  const body = c.req.valid('json');
  const input =
    body.url === undefined ? { text: body.text ?? '' } : await readUrl(c.var.deps.readUrl, body.url);
  // The worker's JSON text is the body as it is: parsing and re-serialising a big analysis here
  // would hold the event loop (and every other request) for hundreds of milliseconds.
  const json = await runAnalysisJson(
    c,
    {
      ...input,
      ...(body.title ? { title: body.title } : {}),
      ...(body.outlet ? { outlet: body.outlet } : {}),
    },
    body.published ? { publishedOverride: body.published } : {},
  );
  c.header('Content-Type', 'application/json');
  // The route's contract is AnalysisSchema; this text is that object, serialised by the worker.
  return c.body(json, 200) as unknown as ReturnType<typeof c.json<Analysis, 200>>;
};

async function readUrl(read: (url: string) => Promise<{ input: AnalysisInput }[]>, url: string) {
  try {
    const [first] = await read(url);
    if (!first) throw new ApiError(422, 'unreadable_source', `${url}: no article found on the page`);
    return first.input;
  } catch (error) {
    if (error instanceof InputError) throw new ApiError(422, 'unreadable_source', error.message);
    throw error;
  }
}
