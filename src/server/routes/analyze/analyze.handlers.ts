import type { AnalysisInput } from '../../../core/layers.js';
import { InputError } from '../../../ingest/errors.js';
import { runAnalysis } from '../../analysis/run-analysis.js';
import type { AppRouteHandler } from '../../app-types.js';
import { ApiError } from '../../errors.js';
import type { analyzeRoute } from './analyze.routes.js';

export const analyze: AppRouteHandler<typeof analyzeRoute> = async (c) => {
  const body = c.req.valid('json');
  const input =
    body.url === undefined ? { text: body.text ?? '' } : await readUrl(c.var.deps.readUrl, body.url);
  const analysis = await runAnalysis(
    c,
    {
      ...input,
      ...(body.title ? { title: body.title } : {}),
      ...(body.outlet ? { outlet: body.outlet } : {}),
    },
    body.published ? { publishedOverride: body.published } : {},
  );
  return c.json(analysis, 200);
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
