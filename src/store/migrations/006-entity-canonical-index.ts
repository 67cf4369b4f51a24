import type { Migration } from './migration.js';

export const entityCanonicalIndexMigration: Migration = {
  version: 6,
  name: 'entity rows by canonical name',
  up(db) {
    // The story filter `entity` matches an id or a canonical name (any case); without this index the
    // name half made SQLite read every entity row of the store for each list and count.
    db.exec('CREATE INDEX article_entities_canonical ON article_entities(canonical COLLATE NOCASE)');
  },
};
