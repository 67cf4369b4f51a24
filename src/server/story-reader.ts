import type { StoryDetail, StoryFilter, StorySummary } from '../stories/model.js';

/** What the server reads stories through; the story store implements it. */
export interface StoryReader {
  listStories(filter: StoryFilter): StorySummary[];
  countStories(filter: StoryFilter): number;
  getStory(id: string): StoryDetail | undefined;
  storyOfArticle(articleId: string): string | undefined;
}

/** For stores without a story engine: no stories, articles still browsable. */
export const NO_STORIES: StoryReader = {
  listStories: () => [],
  countStories: () => 0,
  getStory: () => undefined,
  storyOfArticle: () => undefined,
};
