import type { Migration } from './migration.js';

export const versionAnchorsMigration: Migration = {
  version: 9,
  name: 'version anchors of articles',
  up(db) {
    // What version families compare (figures, days and entities sentence by sentence): a few hundred bytes
    // per article, made from the article's analysis the first time a family needs it, instead of inflating
    // the whole analysis every time a story's summary is rebuilt.
    db.exec(`
      CREATE TABLE version_anchors (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        format INTEGER NOT NULL,
        data TEXT NOT NULL
      )`);
  },
};
