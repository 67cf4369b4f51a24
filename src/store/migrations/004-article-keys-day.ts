import type { Migration } from './migration.js';

export const articleKeysDayMigration: Migration = {
  version: 4,
  name: 'retrieval keys by day',
  up(db) {
    // The candidate index keeps only recent weeks in memory; an article dated further back reads
    // its window's keys from here.
    db.exec('CREATE INDEX story_article_keys_day ON story_article_keys(day)');
  },
};
