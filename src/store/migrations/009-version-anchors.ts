import type { Migration } from './migration.js';

export const versionAnchorsMigration: Migration = {
  version: 9,
  name: 'version anchors of articles',
  up(db) {
    // What version families compare (figures, days and entities sentence by sentence): a few hundred bytes
    // per article, written when the article joins the stories, so that rebuilding a story's summary does not
    // inflate every member's whole analysis.
    db.exec(`
      CREATE TABLE version_anchors (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        format INTEGER NOT NULL,
        data TEXT NOT NULL
      )`);
  },
};
