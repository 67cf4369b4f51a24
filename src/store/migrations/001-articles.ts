import type { Migration } from './migration.js';

export const articlesMigration: Migration = {
  version: 1,
  name: 'articles, raw inputs, duplicates, analyses, search',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        external_id TEXT,
        source TEXT NOT NULL,
        site TEXT,
        url TEXT,
        canonical_url TEXT,
        lang TEXT NOT NULL,
        lang_confidence REAL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        published TEXT,
        author TEXT,
        content_hash TEXT NOT NULL UNIQUE,
        raw_hash TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_lang ON articles(lang);
      CREATE INDEX articles_published ON articles(published);

      -- Every raw input that was fully processed, so a re-run skips it.
      CREATE TABLE raw_inputs (
        raw_hash TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        article_id TEXT REFERENCES articles(id),
        outcome TEXT NOT NULL,
        seen_at TEXT NOT NULL
      );

      -- Exact duplicates: the same clean text seen again from another source.
      CREATE TABLE duplicate_sightings (
        article_id TEXT NOT NULL REFERENCES articles(id),
        source TEXT NOT NULL,
        url TEXT,
        raw_hash TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (article_id, raw_hash)
      );

      -- Near duplicates (syndicated copies with small edits), linked to the earliest copy.
      CREATE TABLE near_duplicates (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        original_id TEXT NOT NULL REFERENCES articles(id),
        similarity REAL NOT NULL
      );
      CREATE INDEX near_duplicates_original ON near_duplicates(original_id);

      -- MinHash LSH bands for near-duplicate candidate retrieval.
      CREATE TABLE near_duplicate_bands (
        band TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id)
      );
      CREATE INDEX near_duplicate_bands_band ON near_duplicate_bands(band);
      CREATE TABLE article_minhash (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        signature BLOB NOT NULL
      );

      CREATE TABLE analyses (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        analyzer_version TEXT NOT NULL,
        data TEXT NOT NULL
      );

      -- Resolved entities per article, for entity search across scripts.
      CREATE TABLE article_entities (
        article_id TEXT NOT NULL REFERENCES articles(id),
        entity_id TEXT NOT NULL,
        canonical TEXT NOT NULL,
        type TEXT NOT NULL,
        forms TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (article_id, entity_id)
      );
      CREATE INDEX article_entities_entity ON article_entities(entity_id);

      -- Full-text search in every script: trigrams need no word segmentation.
      CREATE VIRTUAL TABLE article_search USING fts5(title, text, content='', contentless_delete=1, tokenize='trigram remove_diacritics 1');
    `);
  },
};
