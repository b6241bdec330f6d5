/** Contracts of the story routes: articles about one event, across outlets. */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { STORY_SORTS } from '../../../store/store.js';
import { IsoDateQuery, listOf, PageQuerySchema, StorySchema } from '../../corpus-schemas.js';
import { errorResponses } from '../../errors.js';

export const listStoriesRoute = createRoute({
  method: 'get',
  path: '/api/stories',
  tags: ['stories'],
  summary: 'List stories, largest first',
  request: {
    query: PageQuerySchema.extend({
      outlet: z.string().max(200).optional(),
      from: IsoDateQuery,
      to: IsoDateQuery,
      entity: z.string().max(200).optional(),
      minDocuments: z.coerce.number().int().min(1).optional(),
      sort: z
        .enum(STORY_SORTS)
        .optional()
        .describe(
          'coverage (default: most documents first), latest, oldest, or conflicts (most contradictions).',
        ),
    }),
  },
  responses: {
    200: {
      description: 'One page of stories.',
      content: { 'application/json': { schema: listOf(StorySchema, 'StoryList') } },
    },
    ...errorResponses(400, 503),
  },
});

export const getStoryRoute = createRoute({
  method: 'get',
  path: '/api/stories/{id}',
  tags: ['stories'],
  summary: 'One story: its outlets, events and conflicts',
  request: { params: z.object({ id: z.string().min(1).max(100) }) },
  responses: {
    200: { description: 'The story.', content: { 'application/json': { schema: StorySchema } } },
    ...errorResponses(400, 404, 503),
  },
});

const CoverageFigureSchema = z.object({
  value: z.number(),
  approx: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
});

export const StoryCoverageSchema = z
  .object({
    storyId: z.string(),
    documents: z.array(
      z.object({
        id: z.string(),
        lead: z.string().nullable().describe('The first sentence of the article’s own text after its title.'),
        figures: z
          .object({
            killed: CoverageFigureSchema.optional(),
            injured: CoverageFigureSchema.optional(),
            missing: CoverageFigureSchema.optional(),
          })
          .describe('Each role’s toll in the article’s own text (totals only, the largest).'),
      }),
    ),
  })
  .meta({ id: 'StoryCoverage' });

export const getStoryCoverageRoute = createRoute({
  method: 'get',
  path: '/api/stories/{id}/coverage',
  tags: ['stories'],
  summary: 'Each member’s lead and tolls, for comparing the outlets of a story',
  request: { params: z.object({ id: z.string().min(1).max(100) }) },
  responses: {
    200: {
      description: 'One row per story member, in the story’s order.',
      content: { 'application/json': { schema: StoryCoverageSchema } },
    },
    ...errorResponses(400, 404, 503),
  },
});
