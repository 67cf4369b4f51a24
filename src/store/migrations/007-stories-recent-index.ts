import type { Migration } from './migration.js';

export const storiesRecentIndexMigration: Migration = {
  version: 7,
  name: 'stories in list order',
  up(db) {
    // Story lists sort by last activity, size and id: with this index a page is read in order, instead of
    // every story (summary and all) being sorted for each page.
    db.exec('CREATE INDEX stories_recent ON stories(last_seen DESC, article_count DESC, id)');
  },
};
