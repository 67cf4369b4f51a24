import { decodeVersionAnchors, encodeVersionAnchors, VERSION_ANCHORS_FORMAT, versionAnchors, type VersionAnchors } from '../stories/version-anchors.js';
import type { SqliteStore } from './sqlite-store.js';

/**
 * The version anchors of these articles: stored ones, else made from the article and its analysis (articles
 * stored before anchors were kept). Not written back: readers (a story page while `watch` ingests) must not
 * wait on the writer's lock. Articles without an analysis are left out.
 */
export function versionAnchorsOf(store: SqliteStore, articleIds: string[]): Map<string, VersionAnchors> {
  const found = new Map<string, VersionAnchors>();
  if (articleIds.length === 0) return found;
  const rows = store
    .statement('SELECT article_id, data FROM version_anchors WHERE article_id IN (SELECT value FROM json_each(?)) AND format = ?')
    .all(JSON.stringify(articleIds), VERSION_ANCHORS_FORMAT) as { article_id: string; data: string }[];
  for (const row of rows) found.set(row.article_id, decodeVersionAnchors(row.data));
  for (const id of articleIds) {
    if (found.has(id)) continue;
    const article = store.getArticle(id);
    const analysis = article && store.getAnalysis(id);
    if (!article || !analysis) continue;
    found.set(id, versionAnchors(article, analysis));
  }
  return found;
}

/** Stores an article's anchors, or their stored form (made where its analysis is at hand: reading it back costs ten times more). */
export function putVersionAnchors(store: SqliteStore, articleId: string, anchors: VersionAnchors | string): void {
  const data = typeof anchors === 'string' ? anchors : encodeVersionAnchors(anchors);
  store.statement('INSERT OR REPLACE INTO version_anchors (article_id, format, data) VALUES (?, ?, ?)').run(articleId, VERSION_ANCHORS_FORMAT, data);
}
