import type { SqliteStore } from '../store/sqlite-store.js';
import type { IngestFunction } from './services/ingest.js';
import type { StatsCache } from './services/compare.js';
import type { StoryReader } from './story-reader.js';

/** What route handlers share. */
export interface ServerContext {
  store: SqliteStore;
  stories: StoryReader;
  ingest: IngestFunction;
  stats: StatsCache;
  version: string;
  /** Writes need this bearer token when set. */
  token?: string;
}
