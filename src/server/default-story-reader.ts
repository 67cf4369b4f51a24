import type { SqliteStore } from '../store/sqlite-store.js';
import { NO_STORIES, type StoryReader } from './story-reader.js';

/** The store's stories. Until the story store lands, a store has none. */
export function defaultStoryReader(_store: SqliteStore): StoryReader {
  return NO_STORIES;
}
