/** Contract of `POST /api/analyze`: a text or a URL in, the analysis contract v1 out. */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { AnalysisSchema } from '../../../contract/analysis.js';
import { IsoDateSchema } from '../../../times/iso-date.js';
import { errorResponses } from '../../errors.js';

const IsoDate = IsoDateSchema;

export const AnalyzeRequestSchema = z
  .object({
    text: z.string().min(1, 'the text is empty').optional().describe('The article text to analyse.'),
    url: z
      .url({ protocol: /^https?$/, error: 'an http(s) URL' })
      .optional()
      .describe('A page to fetch and analyse through the ingestion reader, instead of `text`.'),
    title: z.string().max(1000).optional(),
    outlet: z.string().max(200).optional(),
    published: IsoDate.optional().describe('The publication date, which anchors relative dates.'),
  })
  .refine((body) => (body.text === undefined) !== (body.url === undefined), {
    message: 'give exactly one of `text` or `url`',
    path: ['text'],
  })
  .meta({ id: 'AnalyzeRequest' });

export const analyzeRoute = createRoute({
  method: 'post',
  path: '/api/analyze',
  tags: ['analysis'],
  summary: 'Analyse one article',
  description:
    'Runs the analysis pipeline on a pasted text or on a page fetched from `url`, and answers with the analysis contract v1: every entity, time, quantity, quote and event with offsets into `text`.',
  request: {
    body: { required: true, content: { 'application/json': { schema: AnalyzeRequestSchema } } },
  },
  responses: {
    200: {
      description: 'The analysis (contract v1).',
      content: { 'application/json': { schema: AnalysisSchema.meta({ id: 'Analysis' }) } },
    },
    ...errorResponses(400, 413, 422, 429, 504),
  },
});
