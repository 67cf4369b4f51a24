import { defaultDbPath } from '../core/paths.js';
import { openStore, type SqliteStore } from '../store/sqlite-store.js';

export const DB_OPTION_FLAGS = '--db <file>';
export const DB_OPTION_HELP = 'SQLite store file (env STORYWEAVE_DB, default ./storyweave.db)';

/** Opens the store named by --db (or the default), runs fn, and always closes it. */
export async function withStore<T>(dbPath: string | undefined, fn: (store: SqliteStore) => T | Promise<T>): Promise<T> {
  const store = openStore(dbPath ?? defaultDbPath());
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}
