import type { ArticleStoredHook } from '../../pipeline/ingest.js';
import { attachStories } from '../../pipeline/stories-hook.js';
import { createStoryEngine } from '../../stories/story-engine.js';
import type { SqliteStore } from '../../store/sqlite-store.js';

/**
 * The hook that places each stored article in a story: the pipeline's own when it provides one,
 * else a story engine kept for this store, so ingesting through the server always yields stories.
 */
export function storyHookFor(store: SqliteStore): ArticleStoredHook {
  const attached = attachStories(store);
  if (attached) return attached;
  const engine = createStoryEngine(store);
  return (article, analysis) => {
    engine.addArticle(article, analysis);
  };
}
