import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type SqliteStore } from '../../src/store/sqlite-store.js';

/** Runs `run` on a fresh store file, removed afterwards. */
export function withStore(run: (store: SqliteStore) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'sw-query-plan-'));
  const store = openStore(join(dir, 'test.db'));
  try {
    run(store);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The steps SQLite's EXPLAIN QUERY PLAN gives for a query. */
export function plan(store: SqliteStore, query: { sql: string; params: unknown[] }): string[] {
  return (store.db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as { detail: string }[]).map((row) => row.detail);
}
