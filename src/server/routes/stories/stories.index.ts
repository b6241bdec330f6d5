import { createRouter } from '../../app-types.js';
import { getStory, getStoryCoverage, listStories } from './stories.handlers.js';
import { getStoryCoverageRoute, getStoryRoute, listStoriesRoute } from './stories.routes.js';

export const storiesRouter = createRouter()
  .openapi(listStoriesRoute, listStories)
  .openapi(getStoryRoute, getStory)
  .openapi(getStoryCoverageRoute, getStoryCoverage);
