import { createStoryEngine } from '../stories/story-engine.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import type { ArticleStoredHook } from './ingest.js';

/** Places every article the pipeline stores in a story, inside the same transaction. */
export function attachStories(store: SqliteStore): ArticleStoredHook {
  const engine = createStoryEngine(store);
  return (article, analysis) => {
    engine.addArticle(article, analysis);
  };
}
