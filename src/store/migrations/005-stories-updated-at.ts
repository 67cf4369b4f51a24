import type { Migration } from './migration.js';

export const storiesUpdatedAtMigration: Migration = {
  version: 5,
  name: 'stories by time of change',
  up(db) {
    // Monitoring clients poll for the stories changed since their last poll (`changedSince`).
    db.exec('CREATE INDEX stories_updated_at ON stories(updated_at)');
  },
};
