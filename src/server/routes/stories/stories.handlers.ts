import { type AppRouteHandler, storeOf } from '../../app-types.js';
import { ApiError } from '../../errors.js';
import type { getStoryRoute, listStoriesRoute } from './stories.routes.js';

export const listStories: AppRouteHandler<typeof listStoriesRoute> = async (c) =>
  c.json(await storeOf(c.var.deps).stories(c.req.valid('query')), 200);

export const getStory: AppRouteHandler<typeof getStoryRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const story = await storeOf(c.var.deps).story(id);
  if (!story) throw new ApiError(404, 'not_found', `No story "${id}".`);
  return c.json(story, 200);
};
