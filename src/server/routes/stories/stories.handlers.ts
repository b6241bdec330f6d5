import { coverageOf } from '../../../corpus/coverage.js';
import { type AppRouteHandler, storeOf } from '../../app-types.js';
import { ApiError } from '../../errors.js';
import type { getStoryCoverageRoute, getStoryRoute, listStoriesRoute } from './stories.routes.js';

export const listStories: AppRouteHandler<typeof listStoriesRoute> = async (c) =>
  c.json(await storeOf(c.var.deps).stories(c.req.valid('query')), 200);

export const getStory: AppRouteHandler<typeof getStoryRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const story = await storeOf(c.var.deps).story(id);
  if (!story) throw new ApiError(404, 'not_found', `No story "${id}".`);
  return c.json(story, 200);
};

/** Read from the members' stored analyses, so the store needs no new query for it. */
export const getStoryCoverage: AppRouteHandler<typeof getStoryCoverageRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const store = storeOf(c.var.deps);
  const story = await store.story(id);
  if (!story) throw new ApiError(404, 'not_found', `No story "${id}".`);
  const documents = [];
  for (const ref of story.documents) {
    const record = await store.getDocument(ref.id);
    documents.push({ id: ref.id, ...(record ? coverageOf(record.analysis) : { lead: null, figures: {} }) });
  }
  return c.json({ storyId: story.id, documents }, 200);
};
