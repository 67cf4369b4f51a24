import { existsSync } from 'node:fs';
import { StoryweaveError } from '../core/errors.js';
import { defaultDbPath } from '../core/paths.js';
import { openStore, type SqliteStore } from '../store/sqlite-store.js';

export const DB_OPTION_FLAGS = '--db <file>';
export const DB_OPTION_HELP = 'SQLite store file (env STORYWEAVE_DB, default ./storyweave.db)';

/** Opens the store named by --db (or the default), creating it if needed, runs fn, and always closes it. */
export async function withStore<T>(dbPath: string | undefined, fn: (store: SqliteStore) => T | Promise<T>): Promise<T> {
  const store = openStore(dbPath ?? defaultDbPath());
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

/** For commands that read a store: a --db naming no file is refused instead of answered from a new, empty store (a typo). */
export async function withExistingStore<T>(dbPath: string | undefined, fn: (store: SqliteStore) => T | Promise<T>): Promise<T> {
  const path = dbPath ?? defaultDbPath();
  if (!existsSync(path)) throw new StoryweaveError('SW_NOT_FOUND', `no store at ${path}`);
  return withStore(path, fn);
}
