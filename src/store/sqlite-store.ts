import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Article, ArticleAnalysis } from '../core/model.js';
import { StoryweaveError } from '../core/errors.js';
import { decodeAnalysis, encodeAnalysis } from './analysis-codec.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';
import type { ArticleFilter, ArticleStore, NewArticle, PutArticleResult } from './store.js';

interface ArticleRow {
  id: string;
  seq: number;
  external_id: string | null;
  source: string;
  site: string | null;
  url: string | null;
  canonical_url: string | null;
  lang: string;
  lang_confidence: number | null;
  title: string;
  text: string;
  published: string | null;
  author: string | null;
  content_hash: string;
  raw_hash: string;
  ingested_at: string;
  near_duplicate_of: string | null;
}

export interface DuplicateSighting {
  source: string;
  url?: string;
  seenAt: string;
}

/** One resolved entity of an article, with the article's language. */
export interface ArticleEntityRow {
  entityId: string;
  canonical: string;
  type: string;
  forms: string[];
  lang: string;
}

/** Articles whose entity rows are kept in memory (story summaries read the same members again and again). */
const ENTITY_CACHE_SIZE = 10_000;

export interface EntityHit {
  articleId: string;
  entityId: string;
  canonical: string;
  type: string;
  forms: string[];
}

const ARTICLE_COLUMNS = `a.*, nd.original_id AS near_duplicate_of`;
const ARTICLE_FROM = `articles a LEFT JOIN near_duplicates nd ON nd.article_id = a.id`;

/** The default store: one SQLite file, WAL mode, versioned migrations. */
export class SqliteStore implements ArticleStore {
  readonly db: Database.Database;
  readonly path: string;
  /** Full-text rows of articles stored in the current transaction, by seq (see transaction). */
  private pendingSearchRows = new Map<number, { title: string; text: string }>();

  constructor(path: string, extraMigrations: Migration[] = []) {
    this.path = path;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      this.db = new Database(path);
      this.db.pragma('journal_mode = WAL');
      // WAL + NORMAL survives a killed process (not a power cut) and keeps writes fast.
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
      // The default 2 MB page cache makes every index lookup read pages again once the store is large.
      this.db.pragma('cache_size = -65536');
      this.db.pragma('temp_store = MEMORY');
    } catch (error) {
      throw new StoryweaveError('SW_STORE_OPEN', error instanceof Error ? error.message : String(error), path, { cause: error });
    }
    this.migrate([...MIGRATIONS, ...extraMigrations]);
  }

  private readonly statements = new Map<string, Database.Statement>();
  private readonly entityRows = new Map<string, ArticleEntityRow[]>();

  /** Prepared once per store: preparing SQL costs more than running it. For every module that queries the store. */
  statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  private migrate(migrations: Migration[]): void {
    const ordered = [...migrations].sort((a, b) => a.version - b.version);
    const latest = ordered.at(-1)?.version ?? 0;
    if (this.schemaVersion > latest) {
      throw new StoryweaveError('SW_STORE_SCHEMA', `schema version ${this.schemaVersion}, this storyweave knows ${latest}`, this.path);
    }
    for (const migration of ordered) {
      if (migration.version <= this.schemaVersion) continue;
      this.db.transaction(() => {
        migration.up(this.db);
        this.db.pragma(`user_version = ${migration.version}`);
      }).immediate();
    }
  }

  /**
   * Runs fn in a transaction (a savepoint when nested). Articles' full-text rows are written when the
   * outermost transaction ends: FTS5 writes a segment of its index at every savepoint, so one row per
   * article, each in its own savepoint, cost about 1 ms per article in segments and their merging
   * (BENCHMARKS.md, Scale, session 5).
   */
  transaction<T>(fn: () => T): T {
    if (this.db.inTransaction) return this.db.transaction(fn)();
    try {
      return this.db
        .transaction(() => {
          const result = fn();
          this.writePendingSearchRows();
          return result;
        })
        .immediate();
    } finally {
      this.pendingSearchRows.clear();
    }
  }

  /**
   * Search rows of the articles the transaction stored and kept. A rolled-back savepoint drops its
   * article, and the next article stored takes its seq: the row last recorded for a seq is the kept one.
   */
  private writePendingSearchRows(): void {
    if (this.pendingSearchRows.size === 0) return;
    const kept = this.statement('SELECT 1 FROM articles WHERE seq = ?');
    const insert = this.statement('INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?)');
    for (const [seq, row] of this.pendingSearchRows) if (kept.get(seq)) insert.run(seq, row.title, row.text);
    this.pendingSearchRows.clear();
  }

  putArticle(article: NewArticle): PutArticleResult {
    return this.transaction(() => {
      const existing = this.statement('SELECT id FROM articles WHERE content_hash = ?').get(article.contentHash) as { id: string } | undefined;
      const now = new Date().toISOString();
      if (existing) {
        this.addDuplicateSighting(existing.id, article.source, article.url, article.rawHash);
        return { id: existing.id, status: 'duplicate', duplicateOf: existing.id };
      }
      const id = article.id ?? articleIdFor(article.contentHash);
      const seq = ((this.statement('SELECT COALESCE(MAX(seq), 0) AS seq FROM articles').get() as { seq: number }).seq ?? 0) + 1;
      this.statement(
          `INSERT INTO articles (id, seq, external_id, source, site, url, canonical_url, lang, lang_confidence, title, text,
             published, author, content_hash, raw_hash, ingested_at)
           VALUES (@id, @seq, @externalId, @source, @site, @url, @canonicalUrl, @lang, @langConfidence, @title, @text,
             @published, @author, @contentHash, @rawHash, @ingestedAt)`,
        )
        .run({
          id,
          seq,
          externalId: article.externalId ?? null,
          source: article.source,
          site: article.site ?? null,
          url: article.url ?? null,
          canonicalUrl: article.canonicalUrl ?? null,
          lang: article.lang,
          langConfidence: article.langConfidence ?? null,
          title: article.title,
          text: article.text,
          published: article.published ?? null,
          author: article.author ?? null,
          contentHash: article.contentHash,
          rawHash: article.rawHash,
          ingestedAt: now,
        });
      this.pendingSearchRows.set(seq, { title: article.title, text: article.text });
      return { id, status: 'inserted' };
    });
  }

  /** Records that a raw input was fully processed (in the same transaction as its article, when there is one). */
  markRawInput(rawHash: string, source: string, outcome: 'inserted' | 'duplicate' | 'failed', articleId?: string): void {
    this.statement('INSERT OR REPLACE INTO raw_inputs (raw_hash, source, article_id, outcome, seen_at) VALUES (?, ?, ?, ?, ?)')
      .run(rawHash, source, articleId ?? null, outcome, new Date().toISOString());
  }

  hasRawInput(rawHash: string): boolean {
    return this.rawInput(rawHash) !== undefined;
  }

  /** Where a raw input with these bytes was ingested before, and the article it gave. */
  rawInput(rawHash: string): { source: string; articleId?: string } | undefined {
    const row = this.statement("SELECT source, article_id FROM raw_inputs WHERE raw_hash = ? AND outcome != 'failed'")
      .get(rawHash) as { source: string; article_id: string | null } | undefined;
    return row ? { source: row.source, ...(row.article_id ? { articleId: row.article_id } : {}) } : undefined;
  }

  /** Counts another source carrying an article already stored. */
  addDuplicateSighting(articleId: string, source: string, url: string | undefined, rawHash: string): void {
    this.statement('INSERT OR IGNORE INTO duplicate_sightings (article_id, source, url, raw_hash, seen_at) VALUES (?, ?, ?, ?, ?)')
      .run(articleId, source, url ?? null, rawHash, new Date().toISOString());
  }

  getArticle(id: string): Article | undefined {
    const row = this.statement(`SELECT ${ARTICLE_COLUMNS} FROM ${ARTICLE_FROM} WHERE a.id = ?`).get(id) as ArticleRow | undefined;
    return row ? rowToArticle(row) : undefined;
  }

  /** Looks an article up by id, or by a unique id prefix as users type them. */
  findArticle(idOrPrefix: string): Article | undefined {
    const exact = this.getArticle(idOrPrefix);
    if (exact || idOrPrefix.length < 4) return exact;
    const rows = this.statement(`SELECT ${ARTICLE_COLUMNS} FROM ${ARTICLE_FROM} WHERE a.id LIKE ? ESCAPE '\\' LIMIT 2`)
      .all(`${idOrPrefix.replace(/[\\%_]/g, '\\$&')}%`) as ArticleRow[];
    return rows.length === 1 ? rowToArticle(rows[0]) : undefined;
  }

  listArticles(filter: ArticleFilter = {}): Article[] {
    const { sql, params } = articleListQuery(filter);
    return (this.statement(sql).all(...params) as ArticleRow[]).map(rowToArticle);
  }

  countArticles(filter: ArticleFilter = {}): number {
    const { sql, params } = articleListQuery(filter, true);
    return (this.statement(sql).get(...params) as { n: number }).n;
  }

  /** How many times each language occurs. */
  languageCounts(): Record<string, number> {
    const rows = this.statement('SELECT lang, COUNT(*) AS n FROM articles GROUP BY lang ORDER BY n DESC').all() as { lang: string; n: number }[];
    return Object.fromEntries(rows.map((row) => [row.lang, row.n]));
  }

  duplicateSightings(articleId: string): DuplicateSighting[] {
    const rows = this.statement('SELECT source, url, seen_at FROM duplicate_sightings WHERE article_id = ? ORDER BY seen_at')
      .all(articleId) as { source: string; url: string | null; seen_at: string }[];
    return rows.map((row) => ({ source: row.source, ...(row.url ? { url: row.url } : {}), seenAt: row.seen_at }));
  }

  nearDuplicatesOf(articleId: string): { articleId: string; similarity: number }[] {
    const rows = this.statement('SELECT article_id, similarity FROM near_duplicates WHERE original_id = ? ORDER BY article_id')
      .all(articleId) as { article_id: string; similarity: number }[];
    return rows.map((row) => ({ articleId: row.article_id, similarity: row.similarity }));
  }

  /** `encoded`, when given, must be `encodeAnalysis(JSON.stringify(analysis))` (made where the analysis was, off the writer thread). */
  putAnalysis(articleId: string, analysis: ArticleAnalysis, encoded: Uint8Array = encodeAnalysis(JSON.stringify(analysis))): void {
    this.transaction(() => {
      this.statement('INSERT OR REPLACE INTO analyses (article_id, analyzer_version, data) VALUES (?, ?, ?)')
        // A worker's bytes arrive as a plain Uint8Array; SQLite binds only Buffers as blobs.
        .run(articleId, analysis.analyzerVersion, Buffer.isBuffer(encoded) ? encoded : Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength));
      this.entityRows.delete(articleId);
      this.statement('DELETE FROM article_entities WHERE article_id = ?').run(articleId);
      // Anchors are made from the analysis: a new analysis makes them again when a family needs them.
      this.statement('DELETE FROM version_anchors WHERE article_id = ?').run(articleId);
      const insert = this.statement(
        'INSERT OR REPLACE INTO article_entities (article_id, entity_id, canonical, type, forms, mentions) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const entity of analysis.entities) {
        const forms = [...new Set(entity.mentions.map((mention) => mention.text))];
        insert.run(articleId, entity.id, entity.canonical, entity.type, JSON.stringify(forms), entity.mentions.length);
      }
    });
  }

  getAnalysis(articleId: string): ArticleAnalysis | undefined {
    const row = this.statement('SELECT data FROM analyses WHERE article_id = ?').get(articleId) as { data: string | Buffer } | undefined;
    return row ? decodeAnalysis(row.data) : undefined;
  }

  /** Ids of articles with no analysis, or one made by another analyzer version. */
  articlesNeedingAnalysis(analyzerVersion: string): string[] {
    const rows = this.statement(
        `SELECT a.id FROM articles a LEFT JOIN analyses an ON an.article_id = a.id
         WHERE an.article_id IS NULL OR an.analyzer_version != ? ORDER BY a.seq`,
      )
      .all(analyzerVersion) as { id: string }[];
    return rows.map((row) => row.id);
  }

  linkNearDuplicate(articleId: string, originalId: string, similarity: number): void {
    this.statement('INSERT OR REPLACE INTO near_duplicates (article_id, original_id, similarity) VALUES (?, ?, ?)')
      .run(articleId, originalId, similarity);
  }

  /** Stores an article's MinHash signature and its LSH band keys. */
  addNearDuplicateSignature(articleId: string, signature: Buffer, bands: string[]): void {
    this.statement('INSERT OR REPLACE INTO article_minhash (article_id, signature) VALUES (?, ?)').run(articleId, signature);
    const insert = this.statement('INSERT INTO near_duplicate_bands (band, article_id) VALUES (?, ?)');
    for (const band of bands) insert.run(band, articleId);
  }

  /** Articles sharing at least one LSH band, most shared first, with their signatures. */
  nearDuplicateCandidates(bands: string[], limit = 20): { articleId: string; signature: Buffer }[] {
    if (bands.length === 0) return [];
    const rows = this.statement(
        `SELECT b.article_id AS article_id, m.signature AS signature, COUNT(*) AS shared
         FROM near_duplicate_bands b JOIN article_minhash m ON m.article_id = b.article_id
         WHERE b.band IN (SELECT value FROM json_each(?))
         GROUP BY b.article_id ORDER BY shared DESC, b.article_id LIMIT ?`,
      )
      .all(JSON.stringify(bands), limit) as { article_id: string; signature: Buffer }[];
    return rows.map((row) => ({ articleId: row.article_id, signature: row.signature }));
  }

  /** Full-text search over titles and texts in every script. */
  searchText(query: string, limit = 50): { articleId: string; rank: number }[] {
    const phrases = query
      .split(/\s+/)
      .map((part) => part.replace(/"/g, ''))
      .filter((part) => [...part].length >= 3)
      .map((part) => `"${part}"`);
    if (phrases.length === 0) return [];
    const rows = this.statement(
        `SELECT a.id AS id, s.rank AS rank FROM article_search s JOIN articles a ON a.seq = s.rowid
         WHERE article_search MATCH ? ORDER BY s.rank LIMIT ?`,
      )
      .all(phrases.join(' AND '), limit) as { id: string; rank: number }[];
    return rows.map((row) => ({ articleId: row.id, rank: row.rank }));
  }

  /** The entity rows of these articles, by article id (an article's rows change only with its analysis). */
  articleEntities(articleIds: string[]): Map<string, ArticleEntityRow[]> {
    const result = new Map<string, ArticleEntityRow[]>();
    const missing: string[] = [];
    for (const id of articleIds) {
      const cached = this.entityRows.get(id);
      // Placeholders keep the callers' order, which decides whose canonical name a story shows.
      result.set(id, cached ?? []);
      if (!cached) missing.push(id);
    }
    if (missing.length > 0) {
      const rows = this.statement(
        `SELECT ae.article_id, ae.entity_id, ae.canonical, ae.type, ae.forms, a.lang FROM article_entities ae JOIN articles a ON a.id = ae.article_id
         WHERE ae.article_id IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(missing)) as { article_id: string; entity_id: string; canonical: string; type: string; forms: string; lang: string }[];
      for (const row of rows) {
        result.get(row.article_id)?.push({ entityId: row.entity_id, canonical: row.canonical, type: row.type, forms: JSON.parse(row.forms) as string[], lang: row.lang });
      }
      for (const id of missing) {
        this.entityRows.set(id, result.get(id)!);
        if (this.entityRows.size > ENTITY_CACHE_SIZE) this.entityRows.delete(this.entityRows.keys().next().value as string);
      }
    }
    return result;
  }

  /** Articles mentioning any of these entity ids. */
  articlesWithEntities(entityIds: string[], limit = 200): EntityHit[] {
    if (entityIds.length === 0) return [];
    const rows = this.statement(
        `SELECT article_id, entity_id, canonical, type, forms FROM article_entities
         WHERE entity_id IN (SELECT value FROM json_each(?)) ORDER BY article_id LIMIT ?`,
      )
      .all(JSON.stringify(entityIds), limit) as { article_id: string; entity_id: string; canonical: string; type: string; forms: string }[];
    return rows.map((row) => ({
      articleId: row.article_id,
      entityId: row.entity_id,
      canonical: row.canonical,
      type: row.type,
      forms: JSON.parse(row.forms) as string[],
    }));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export function openStore(path: string, extraMigrations: Migration[] = []): SqliteStore {
  return new SqliteStore(path, extraMigrations);
}

/** Ids come from the clean text, so the same article gets the same id in every store and run. */
export function articleIdFor(contentHash: string): string {
  return contentHash.slice(0, 16);
}

/** The SQL and parameters listing (or counting) the articles a filter selects; exported so tests can read its query plan. */
export function articleListQuery(filter: ArticleFilter, count = false): { sql: string; params: unknown[] } {
  const { where, params } = articleWhere(filter);
  // Counted from the articles alone: joining near duplicates (one row at most per article) read every article's row.
  if (count) return { sql: `SELECT COUNT(*) AS n FROM articles a ${where}`, params };
  // The page is chosen from an index first, so the rows an offset skips are not read.
  return {
    sql: `SELECT ${ARTICLE_COLUMNS} FROM ${ARTICLE_FROM}
      WHERE a.rowid IN (SELECT a.rowid FROM articles a ${where} ORDER BY a.seq LIMIT ? OFFSET ?) ORDER BY a.seq`,
    params: [...params, filter.limit ?? -1, filter.offset ?? 0],
  };
}

function articleWhere(filter: ArticleFilter): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.lang) {
    clauses.push('a.lang = ?');
    params.push(filter.lang);
  }
  if (filter.since) {
    clauses.push('COALESCE(a.published, a.ingested_at) >= ?');
    params.push(filter.since);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function rowToArticle(row: ArticleRow): Article {
  const article: Article = {
    id: row.id,
    source: row.source,
    lang: row.lang,
    title: row.title,
    text: row.text,
    contentHash: row.content_hash,
    rawHash: row.raw_hash,
    ingestedAt: row.ingested_at,
  };
  if (row.external_id) article.externalId = row.external_id;
  if (row.site) article.site = row.site;
  if (row.url) article.url = row.url;
  if (row.canonical_url) article.canonicalUrl = row.canonical_url;
  if (row.lang_confidence !== null) article.langConfidence = row.lang_confidence;
  if (row.published) article.published = row.published;
  if (row.author) article.author = row.author;
  if (row.near_duplicate_of) article.nearDuplicateOf = row.near_duplicate_of;
  return article;
}
