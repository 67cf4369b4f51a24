import { countStories, getStory, listStories, storyOfArticle } from '../store/story-store.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import type { StoryReader } from './story-reader.js';

/** The stories kept in the store's story tables. */
export function defaultStoryReader(store: SqliteStore): StoryReader {
  return {
    listStories: (filter) => listStories(store, filter),
    countStories: (filter) => countStories(store, filter),
    getStory: (id) => getStory(store, id),
    storyOfArticle: (articleId) => storyOfArticle(store, articleId)?.id,
  };
}
