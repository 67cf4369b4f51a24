import type { Migration } from './migration.js';
import { headlineSearchText } from '../headline-search.js';

export const storyHeadlineSearchMigration: Migration = {
  version: 8,
  name: 'story headlines searchable in any script',
  up(db) {
    // `?q=` matched the summary's JSON: key names (`headline`, `articleId`) matched every story, and SQLite's
    // LIKE folds case for ASCII only (`казахстан` missed `Казахстан`). Headlines are kept folded instead.
    db.exec("ALTER TABLE stories ADD COLUMN headline_search TEXT NOT NULL DEFAULT ''");
    const update = db.prepare('UPDATE stories SET headline_search = ? WHERE rowid = ?');
    const page = db.prepare('SELECT rowid, summary FROM stories WHERE rowid > ? ORDER BY rowid LIMIT 1000');
    for (let after = 0; ; ) {
      const rows = page.all(after) as Array<{ rowid: number; summary: string }>;
      if (rows.length === 0) break;
      for (const row of rows) {
        const summary = JSON.parse(row.summary) as { headline?: string; headlines?: Array<{ title?: string }> };
        update.run(headlineSearchText([summary.headline ?? '', ...(summary.headlines ?? []).map((h) => h.title ?? '')]), row.rowid);
      }
      after = rows[rows.length - 1]!.rowid;
    }
  },
};
