import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where compiled caches (dictionaries, gazetteers) live: STORYWEAVE_DATA_DIR, else the user cache dir. */
export function dataDir(): string {
  if (process.env.STORYWEAVE_DATA_DIR) return process.env.STORYWEAVE_DATA_DIR;
  const cacheRoot = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cacheRoot, 'storyweave');
}

/** The default store file: STORYWEAVE_DB, else ./storyweave.db. */
export function defaultDbPath(): string {
  return process.env.STORYWEAVE_DB || 'storyweave.db';
}
