import type { SqliteStore } from '../../store/sqlite-store.js';
import { articleBrief, type ArticleBrief } from './article-brief.js';
import { resolveQueryEntities, type ResolvedQueryEntity } from './entity-search.js';

export interface SearchHit {
  article: ArticleBrief;
  /** Found by the words of the text, by an entity, or both. */
  matchedBy: ('text' | 'entity')[];
  /** The matched entities with the spellings this article used. */
  entities: { id: string; canonical: string; forms: string[] }[];
}

export interface SearchResult {
  query: string;
  entities: ResolvedQueryEntity[];
  hits: SearchHit[];
  hasMore: boolean;
}

export interface SearchOptions {
  q?: string;
  /** An entity id to search for directly (`loc:KZ`). */
  entity?: string;
  lang?: string;
  limit?: number;
  offset?: number;
}

/** Full-text search over titles and texts in every script, plus the same query resolved to entities across scripts. */
export function searchArticles(store: SqliteStore, options: SearchOptions): SearchResult {
  const query = (options.q ?? '').trim();
  const limit = options.limit ?? 20;
  const offset = options.offset ?? 0;
  const entities = options.entity
    ? resolveQueryEntities(store, options.entity).filter((entity) => entity.id === options.entity || entity.via !== 'id')
    : resolveQueryEntities(store, query);
  const hits = new Map<string, { matchedBy: Set<'text' | 'entity'>; entities: SearchHit['entities']; rank: number }>();
  for (const hit of store.articlesWithEntities(entities.map((entity) => entity.id), 1000)) {
    const entry = hits.get(hit.articleId) ?? { matchedBy: new Set(), entities: [], rank: 0 };
    entry.matchedBy.add('entity');
    entry.entities.push({ id: hit.entityId, canonical: hit.canonical, forms: hit.forms });
    hits.set(hit.articleId, entry);
  }
  if (query && !options.entity) {
    for (const [index, hit] of store.searchText(query, 1000).entries()) {
      const entry = hits.get(hit.articleId) ?? { matchedBy: new Set(), entities: [], rank: 0 };
      entry.matchedBy.add('text');
      entry.rank = index;
      hits.set(hit.articleId, entry);
    }
  }
  const ordered = [...hits.entries()]
    .map(([id, entry]) => ({ id, ...entry }))
    .sort((a, b) => b.matchedBy.size - a.matchedBy.size || b.entities.length - a.entities.length || a.rank - b.rank);
  const results: SearchHit[] = [];
  for (const entry of ordered.slice(offset)) {
    if (results.length >= limit) break;
    const article = store.getArticle(entry.id);
    if (!article || (options.lang && article.lang !== options.lang)) continue;
    results.push({ article: articleBrief(article), matchedBy: [...entry.matchedBy].sort(), entities: entry.entities });
  }
  return { query: options.entity ?? query, entities, hits: results, hasMore: ordered.length > offset + limit };
}
