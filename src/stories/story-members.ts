import type { ArticleBrief, EntityType } from '../core/model.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import type { StoryEntity } from './model.js';
import { preferredName } from '../core/preferred-name.js';
import { OPENING_CHARS, titleOrOpening } from '../core/display-title.js';

export interface MemberArticle extends ArticleBrief {
  /** Published, else ingested: what timelines and spans sort by. */
  date: string;
}

interface ArticleMetaRow {
  id: string;
  title: string;
  lang: string;
  site: string | null;
  source: string;
  url: string | null;
  published: string | null;
  ingested_at: string;
  opening: string | null;
}

export function memberArticles(store: SqliteStore, ids: string[]): MemberArticle[] {
  if (ids.length === 0) return [];
  // An untitled article is called by its opening words: only those are read of its text.
  const rows = store
    .statement(
      `SELECT id, title, lang, site, source, url, published, ingested_at, CASE WHEN trim(title) = '' THEN substr(text, 1, ${OPENING_CHARS * 2}) END AS opening
         FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(JSON.stringify(ids)) as ArticleMetaRow[];
  return rows.map((row) => ({
    id: row.id,
    title: row.opening === null ? row.title : titleOrOpening(row.title, row.opening) || row.id,
    lang: row.lang,
    ...(row.site ? { site: row.site } : {}),
    source: row.source,
    ...(row.url ? { url: row.url } : {}),
    ...(row.published ? { published: row.published } : {}),
    ingestedAt: row.ingested_at,
    date: row.published ?? row.ingested_at,
  }));
}

/** The site an article came from: its declared site, else the host of its URL or source. */
export function siteOf(article: Pick<MemberArticle, 'site' | 'url' | 'source'>): string {
  if (article.site) return article.site;
  for (const candidate of [article.url, article.source]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.hostname) return url.hostname.replace(/^www\./, '');
    } catch {
      // not a URL: a file path
    }
  }
  return article.source.split(/[\\/]/).at(-2) ?? article.source;
}

/** Entities of the members with the forms each language used, most widely mentioned first. */
export function memberEntities(store: SqliteStore, ids: string[]): StoryEntity[] {
  if (ids.length === 0) return [];
  const entities = new Map<string, StoryEntity>();
  // Forms are gathered in sets and sorted once per entity and language, not once per row.
  const formSets = new Map<StoryEntity, Map<string, Set<string>>>();
  const names = new Map<StoryEntity, Map<string, number>>();
  for (const rows of store.articleEntities(ids).values()) {
    for (const row of rows) {
      let entity = entities.get(row.entityId);
      if (!entity) {
        entity = { id: row.entityId, canonical: row.canonical, type: row.type as EntityType, articles: 0, forms: {} };
        entities.set(row.entityId, entity);
        formSets.set(entity, new Map());
        names.set(entity, new Map());
      }
      entity.articles++;
      const named = names.get(entity)!;
      named.set(row.canonical, (named.get(row.canonical) ?? 0) + 1);
      if (row.forms.length === 0) continue;
      const byLang = formSets.get(entity)!;
      let forms = byLang.get(row.lang);
      if (!forms) byLang.set(row.lang, (forms = new Set()));
      for (const form of row.forms) forms.add(form);
    }
  }
  for (const [entity, byLang] of formSets) for (const [lang, forms] of byLang) entity.forms[lang] = [...forms].sort();
  for (const [entity, named] of names) entity.canonical = preferredName(named) ?? entity.canonical;
  return [...entities.values()].sort((x, y) => y.articles - x.articles || (x.id < y.id ? -1 : 1));
}
