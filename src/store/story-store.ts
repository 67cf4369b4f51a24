import { StoryweaveError } from '../core/errors.js';
import type { StoryDetail, StoryEvidence, StoryFilter, StoryMerge, StorySummary } from '../stories/model.js';
import { buildStoryDetail } from '../stories/story-detail.js';
import { headlineSearchPattern, headlineSearchText } from './headline-search.js';
import type { SqliteStore } from './sqlite-store.js';

export interface StoryEdge {
  a: string;
  b: string;
  probability: number;
  overall: number;
  evidence?: Omit<StoryEvidence, 'bestMatch'>;
}

export interface MembershipRow {
  articleId: string;
  storyId: string;
  addedAt: string;
  centrality: number;
  evidence: StoryEvidence;
}

interface StoryRow {
  id: string;
  summary: string;
}

/** Orders a pair the way story_edges keys it. */
export function edgeKey(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

export function putEdge(store: SqliteStore, edge: StoryEdge): void {
  const [a, b] = edgeKey(edge.a, edge.b);
  store.statement('INSERT OR REPLACE INTO story_edges (a, b, probability, overall, evidence) VALUES (?, ?, ?, ?, ?)')
    .run(a, b, edge.probability, edge.overall, edge.evidence ? JSON.stringify(edge.evidence) : null);
}

interface EdgeRow {
  a: string;
  b: string;
  probability: number;
  overall: number;
  evidence: string | null;
}

function rowToEdge(row: EdgeRow): StoryEdge {
  return {
    a: row.a,
    b: row.b,
    probability: row.probability,
    overall: row.overall,
    ...(row.evidence ? { evidence: JSON.parse(row.evidence) as StoryEdge['evidence'] } : {}),
  };
}

/** Neighbours of an article whose pair probability reaches minProbability, in id order. */
export function neighbours(store: SqliteStore, articleId: string, minProbability: number): string[] {
  // UNION ALL and a sort here: SQLite's UNION builds a temporary b-tree per call.
  const rows = store.statement('SELECT b AS other FROM story_edges WHERE a = ? AND probability >= ? UNION ALL SELECT a AS other FROM story_edges WHERE b = ? AND probability >= ?')
    .all(articleId, minProbability, articleId, minProbability) as { other: string }[];
  return [...new Set(rows.map((row) => row.other))].sort();
}

/** The stored pairs one article is part of, with their evidence. */
export function edgesOf(store: SqliteStore, articleId: string, minProbability: number): StoryEdge[] {
  const rows = store.statement(
    `SELECT a, b, probability, overall, evidence FROM story_edges WHERE a = ? AND probability >= ?
     UNION ALL SELECT a, b, probability, overall, evidence FROM story_edges WHERE b = ? AND probability >= ?`,
  ).all(articleId, minProbability, articleId, minProbability) as EdgeRow[];
  return rows.map(rowToEdge);
}

/** Every stored pair with both ends among these articles, without evidence (edgeEvidence reads it for one pair). */
export function edgesAmong(store: SqliteStore, articleIds: string[]): StoryEdge[] {
  if (articleIds.length < 2) return [];
  // One range scan per article and a filter here: two IN lists made SQLite probe every pair (n² seeks).
  const rows = store.statement('SELECT a, b, probability, overall, NULL AS evidence FROM story_edges WHERE a IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(articleIds)) as EdgeRow[];
  const among = new Set(articleIds);
  const edges: StoryEdge[] = [];
  for (const row of rows) if (among.has(row.b)) edges.push(rowToEdge(row));
  return edges;
}

/** The evidence stored with one pair. */
export function edgeEvidence(store: SqliteStore, x: string, y: string): StoryEdge['evidence'] {
  const [a, b] = edgeKey(x, y);
  const row = store.statement('SELECT evidence FROM story_edges WHERE a = ? AND b = ?').get(a, b) as { evidence: string | null } | undefined;
  return row?.evidence ? (JSON.parse(row.evidence) as StoryEdge['evidence']) : undefined;
}

/** Stores the evidence of a pair explained after it was scored (explanations are computed when a membership needs one). */
export function setEdgeEvidence(store: SqliteStore, x: string, y: string, evidence: NonNullable<StoryEdge['evidence']>): void {
  const [a, b] = edgeKey(x, y);
  store.statement('UPDATE story_edges SET evidence = ? WHERE a = ? AND b = ?').run(JSON.stringify(evidence), a, b);
}

export function allEdgeKeys(store: SqliteStore): { a: string; b: string }[] {
  return store.statement('SELECT a, b FROM story_edges ORDER BY a, b').all() as { a: string; b: string }[];
}

export function storyIdOf(store: SqliteStore, articleId: string): string | undefined {
  const row = store.statement('SELECT story_id FROM story_articles WHERE article_id = ?').get(articleId) as { story_id: string } | undefined;
  return row?.story_id;
}

interface MemberRow {
  article_id: string;
  story_id: string;
  added_at: string;
  centrality: number;
  evidence: string;
}

function rowToMember(row: MemberRow): MembershipRow {
  return {
    articleId: row.article_id,
    storyId: row.story_id,
    addedAt: row.added_at,
    centrality: row.centrality,
    evidence: JSON.parse(row.evidence) as StoryEvidence,
  };
}

/** Article id -> story id for those of these articles that are in a story. */
export function storyIdsOf(store: SqliteStore, articleIds: string[]): Map<string, string> {
  if (articleIds.length === 1) {
    const storyId = storyIdOf(store, articleIds[0]);
    return new Map(storyId ? [[articleIds[0], storyId]] : []);
  }
  const rows = store.statement('SELECT article_id, story_id FROM story_articles WHERE article_id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(articleIds),
  ) as { article_id: string; story_id: string }[];
  return new Map(rows.map((row) => [row.article_id, row.story_id]));
}

export function storyMembers(store: SqliteStore, storyId: string): MembershipRow[] {
  const rows = store.statement('SELECT article_id, story_id, added_at, centrality, evidence FROM story_articles WHERE story_id = ? ORDER BY article_id')
    .all(storyId) as MemberRow[];
  return rows.map(rowToMember);
}

/** One article's membership row, if it is in a story. */
export function membershipOf(store: SqliteStore, articleId: string): MembershipRow | undefined {
  const row = store.statement('SELECT article_id, story_id, added_at, centrality, evidence FROM story_articles WHERE article_id = ?').get(articleId) as
    | MemberRow
    | undefined;
  return row ? rowToMember(row) : undefined;
}

/** Ids of a story's members, in id order (no evidence parsed). */
export function storyMemberIds(store: SqliteStore, storyId: string): string[] {
  return (store.statement('SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY article_id').all(storyId) as { article_id: string }[]).map(
    (row) => row.article_id,
  );
}

/** How many articles a story has: its summary's count, written with every change of its members. */
export function storySize(store: SqliteStore, storyId: string): number {
  const row = store.statement('SELECT article_count AS n FROM stories WHERE id = ?').get(storyId) as { n: number } | undefined;
  return row?.n ?? (store.statement('SELECT COUNT(*) AS n FROM story_articles WHERE story_id = ?').get(storyId) as { n: number }).n;
}

/** Sum and count of the compared pairs with one article in each story; reads the edges of the first story's members only. */
export function crossLinks(store: SqliteStore, fromStory: string, toStory: string): { sum: number; count: number } {
  const row = store.statement(
    `SELECT COALESCE(SUM(p), 0) AS sum, COUNT(*) AS count FROM (
       SELECT e.probability AS p FROM story_articles x JOIN story_edges e ON e.a = x.article_id JOIN story_articles y ON y.article_id = e.b
         WHERE x.story_id = ? AND +y.story_id = ?
       UNION ALL
       SELECT e.probability AS p FROM story_articles x JOIN story_edges e ON e.b = x.article_id JOIN story_articles y ON y.article_id = e.a
         WHERE x.story_id = ? AND +y.story_id = ?)`,
  ).get(fromStory, toStory, fromStory, toStory) as { sum: number; count: number };
  return row;
}

export function putMembership(store: SqliteStore, row: MembershipRow): void {
  store.statement('INSERT OR REPLACE INTO story_articles (article_id, story_id, added_at, centrality, evidence) VALUES (?, ?, ?, ?, ?)')
    .run(row.articleId, row.storyId, row.addedAt, row.centrality, JSON.stringify(row.evidence));
}

export function putStory(store: SqliteStore, summary: StorySummary): void {
  store.statement(
      `INSERT OR REPLACE INTO stories (id, headline, article_count, family_count, languages, sites, first_seen, last_seen, summary, created_at, updated_at, headline_search)
       VALUES (@id, @headline, @articleCount, @familyCount, @languages, @sites, @firstSeen, @lastSeen, @summary, @createdAt, @updatedAt, @headlineSearch)`,
    )
    .run({
      id: summary.id,
      headline: summary.headline,
      articleCount: summary.articleCount,
      familyCount: summary.familyCount,
      languages: ` ${summary.languages.join(' ')} `,
      sites: JSON.stringify(summary.sites),
      firstSeen: summary.firstSeen,
      lastSeen: summary.lastSeen,
      summary: JSON.stringify(summary),
      createdAt: summary.createdAt,
      updatedAt: summary.updatedAt,
      headlineSearch: headlineSearchText([summary.headline, ...summary.headlines.map((h) => h.title)]),
    });
}

export function deleteStory(store: SqliteStore, storyId: string): void {
  store.statement('DELETE FROM stories WHERE id = ?').run(storyId);
}

export function storyExists(store: SqliteStore, storyId: string): boolean {
  return (
    store.statement('SELECT 1 FROM stories WHERE id = ? UNION ALL SELECT 1 FROM story_merges WHERE from_id = ? LIMIT 1').get(storyId, storyId) !==
    undefined
  );
}

export function storyCreatedAt(store: SqliteStore, storyId: string): string | undefined {
  const row = store.statement('SELECT created_at FROM stories WHERE id = ?').get(storyId) as { created_at: string } | undefined;
  return row?.created_at;
}

export function recordMerge(store: SqliteStore, merge: StoryMerge): void {
  store.statement('INSERT INTO story_merges (from_id, into_id, at, reason) VALUES (?, ?, ?, ?)').run(merge.from, merge.into, merge.at, merge.reason);
}

/** Stories merged into this one, directly or through earlier merges. */
export function mergesInto(store: SqliteStore, storyId: string): StoryMerge[] {
  const rows = store.statement(
      `WITH RECURSIVE chain(id) AS (SELECT ? UNION SELECT m.from_id FROM story_merges m JOIN chain c ON m.into_id = c.id)
       SELECT m.from_id, m.into_id, m.at, m.reason FROM story_merges m JOIN chain c ON m.into_id = c.id ORDER BY m.at, m.from_id`,
    )
    .all(storyId) as { from_id: string; into_id: string; at: string; reason: string }[];
  return rows.map((row) => ({ from: row.from_id, into: row.into_id, at: row.at, reason: row.reason }));
}

/** Where a story id now lives: itself, or the story it was (transitively) merged into. */
export function resolveStoryId(store: SqliteStore, storyId: string): string | undefined {
  let id = storyId;
  for (let hops = 0; hops < 100; hops++) {
    if (store.statement('SELECT 1 FROM stories WHERE id = ?').get(id)) return id;
    const next = store.statement('SELECT into_id FROM story_merges WHERE from_id = ? ORDER BY at DESC LIMIT 1').get(id) as
      | { into_id: string }
      | undefined;
    if (!next) return undefined;
    id = next.into_id;
  }
  return undefined;
}

export function getStoryState(store: SqliteStore, name: string): string | undefined {
  const row = store.statement('SELECT value FROM story_state WHERE name = ?').get(name) as { value: string } | undefined;
  return row?.value;
}

export function setStoryState(store: SqliteStore, name: string, value: string): void {
  store.statement('INSERT OR REPLACE INTO story_state (name, value) VALUES (?, ?)').run(name, value);
}

function storyWhere(filter: StoryFilter): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.lang) {
    clauses.push('s.languages LIKE ?');
    params.push(`% ${filter.lang.replace(/[%_ ]/g, '')} %`);
  }
  if (filter.since) {
    clauses.push('s.last_seen >= ?');
    params.push(filter.since);
  }
  if (filter.until) {
    clauses.push('s.first_seen <= ?');
    params.push(filter.until.length === 10 ? `${filter.until}T23:59:59.999Z` : filter.until);
  }
  if (filter.changedSince) {
    // Stored times are ISO UTC with milliseconds: compared as text, `...:00Z` would sort after `...:00.123Z`.
    const time = Date.parse(filter.changedSince);
    if (!Number.isFinite(time)) throw new StoryweaveError('SW_BAD_REQUEST', `changedSince is not a time: ${filter.changedSince}`);
    clauses.push('s.updated_at >= ?');
    params.push(new Date(time).toISOString());
  }
  if (filter.q?.trim()) {
    const pattern = headlineSearchPattern(filter.q);
    // A query of punctuation alone is in no headline's letters.
    clauses.push(pattern ? "s.headline_search LIKE ? ESCAPE '\\'" : '0');
    if (pattern) params.push(pattern);
  }
  if (filter.entity) {
    // Two halves, not `entity_id = ? OR canonical = ?`: for the OR SQLite read every entity row of the store.
    clauses.push(
      `s.id IN (SELECT sa.story_id FROM article_entities ae JOIN story_articles sa ON sa.article_id = ae.article_id WHERE ae.entity_id = ?
        UNION ALL SELECT sa.story_id FROM article_entities ae JOIN story_articles sa ON sa.article_id = ae.article_id WHERE ae.canonical = ? COLLATE NOCASE)`,
    );
    params.push(filter.entity, filter.entity);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The SQL and parameters listing (or counting) the stories a filter selects; exported so tests can read its query plan. */
export function storyListQuery(filter: StoryFilter, count = false): { sql: string; params: unknown[] } {
  const { where, params } = storyWhere(filter);
  if (count) return { sql: `SELECT COUNT(*) AS n FROM stories s ${where}`, params };
  const order = filter.changedSince ? 's.updated_at, s.id' : 's.last_seen DESC, s.article_count DESC, s.id';
  return { sql: `SELECT s.id, s.summary FROM stories s ${where} ORDER BY ${order} LIMIT ? OFFSET ?`, params: [...params, filter.limit ?? 50, filter.offset ?? 0] };
}

/** Stories, most recently active first; with `changedSince`, oldest change first. */
export function listStories(store: SqliteStore, filter: StoryFilter = {}): StorySummary[] {
  const { sql, params } = storyListQuery(filter);
  const rows = store.statement(sql).all(...params) as StoryRow[];
  return rows.map((row) => JSON.parse(row.summary) as StorySummary);
}

export function countStories(store: SqliteStore, filter: StoryFilter = {}): number {
  const { sql, params } = storyListQuery(filter, true);
  return (store.statement(sql).get(...params) as { n: number }).n;
}

export function getStorySummary(store: SqliteStore, storyId: string): StorySummary | undefined {
  const row = store.statement('SELECT id, summary FROM stories WHERE id = ?').get(storyId) as StoryRow | undefined;
  return row ? (JSON.parse(row.summary) as StorySummary) : undefined;
}

/** Full detail of a story (a merged-away id leads to the story it was merged into). */
export function getStory(store: SqliteStore, storyId: string): StoryDetail | undefined {
  const id = resolveStoryId(store, storyId);
  const summary = id ? getStorySummary(store, id) : undefined;
  return summary ? buildStoryDetail(store, summary, storyMembers(store, summary.id), mergesInto(store, summary.id)) : undefined;
}

export function storyOfArticle(store: SqliteStore, articleId: string): StorySummary | undefined {
  const storyId = storyIdOf(store, articleId);
  return storyId ? getStorySummary(store, storyId) : undefined;
}

/** Article id -> story id for every clustered article. */
export function storyPartition(store: SqliteStore): Map<string, string> {
  const rows = store.statement('SELECT article_id, story_id FROM story_articles ORDER BY article_id').all() as { article_id: string; story_id: string }[];
  return new Map(rows.map((row) => [row.article_id, row.story_id]));
}
