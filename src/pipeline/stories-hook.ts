import type { SqliteStore } from '../store/sqlite-store.js';
import type { ArticleStoredHook } from './ingest.js';

// Placeholder until the story engine lands (issue #5): ingesting stores articles only.
export function attachStories(_store: SqliteStore): ArticleStoredHook | undefined {
  return undefined;
}
