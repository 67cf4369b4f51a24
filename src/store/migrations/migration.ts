import type { Database } from 'better-sqlite3';

/** One schema step. Versions are applied in order, each in its own transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
