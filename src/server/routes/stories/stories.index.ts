import { createRouter } from '../../app-types.js';
import { getStory, listStories } from './stories.handlers.js';
import { getStoryRoute, listStoriesRoute } from './stories.routes.js';

export const storiesRouter = createRouter()
  .openapi(listStoriesRoute, listStories)
  .openapi(getStoryRoute, getStory);
