import type { Migration } from './migration.js';

export const storiesMigration: Migration = {
  version: 2,
  name: 'stories, memberships, same-story edges, merges, candidate keys',
  up(db) {
    db.exec(`
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        headline TEXT NOT NULL,
        article_count INTEGER NOT NULL,
        family_count INTEGER NOT NULL,
        languages TEXT NOT NULL,
        sites TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        summary TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX stories_last_seen ON stories(last_seen);

      CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        story_id TEXT NOT NULL,
        added_at TEXT NOT NULL,
        centrality REAL NOT NULL,
        evidence TEXT NOT NULL
      );
      CREATE INDEX story_articles_story ON story_articles(story_id);

      -- Every compared pair above a floor (a < b), so stories can be recomputed from the graph
      -- in any ingestion order; evidence only where the pair is plausibly the same story.
      CREATE TABLE story_edges (
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        probability REAL NOT NULL,
        overall REAL NOT NULL,
        evidence TEXT,
        PRIMARY KEY (a, b)
      ) WITHOUT ROWID;
      CREATE INDEX story_edges_b ON story_edges(b);

      CREATE TABLE story_merges (
        from_id TEXT NOT NULL,
        into_id TEXT NOT NULL,
        at TEXT NOT NULL,
        reason TEXT NOT NULL
      );
      CREATE INDEX story_merges_into ON story_merges(into_id);
      CREATE INDEX story_merges_from ON story_merges(from_id);

      -- Candidate-retrieval keys of each article (entity ids, concepts, rare tokens) and its day,
      -- one row per article; the inverted index is rebuilt in memory from these on open.
      CREATE TABLE story_article_keys (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id TEXT NOT NULL UNIQUE REFERENCES articles(id),
        day INTEGER NOT NULL,
        keys TEXT NOT NULL
      );

      CREATE TABLE story_state (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
