import type { SqliteStore } from '../store/sqlite-store.js';
import type { MembershipRow, StoryEdge } from '../store/story-store.js';
import type { StoryHeadline, StorySummary } from './model.js';
import { familyLinks } from './family-links.js';
import { memberArticles, memberEntities, siteOf, type MemberArticle } from './story-members.js';
import { versionFamilies } from './version-families.js';

const KEY_ENTITIES = 6;
/** Key entities are counted over at most this many of the most central articles, so huge stories stay cheap. */
const KEY_ENTITY_SAMPLE = 200;

function centralIds(members: MembershipRow[]): string[] {
  return [...members]
    .sort((x, y) => y.centrality - x.centrality || (x.articleId < y.articleId ? -1 : 1))
    .slice(0, KEY_ENTITY_SAMPLE)
    .map((member) => member.articleId);
}

/** Headlines per language from each language's most central article, main language first. */
export function headlinesOf(members: MembershipRow[], articles: Map<string, MemberArticle>): StoryHeadline[] {
  const byLang = new Map<string, { count: number; best: MembershipRow }>();
  for (const member of members) {
    const article = articles.get(member.articleId);
    if (!article) continue;
    const entry = byLang.get(article.lang);
    if (!entry) byLang.set(article.lang, { count: 1, best: member });
    else {
      entry.count++;
      if (member.centrality > entry.best.centrality || (member.centrality === entry.best.centrality && member.articleId < entry.best.articleId)) {
        entry.best = member;
      }
    }
  }
  const top = [...members].sort((x, y) => y.centrality - x.centrality || (x.articleId < y.articleId ? -1 : 1))[0];
  const mainLang = top ? articles.get(top.articleId)?.lang : undefined;
  return [...byLang]
    .sort((x, y) => Number(y[0] === mainLang) - Number(x[0] === mainLang) || y[1].count - x[1].count || (x[0] < y[0] ? -1 : 1))
    .map(([lang, { best }]) => ({ lang, title: articles.get(best.articleId)!.title, articleId: best.articleId }));
}

export function buildSummary(
  store: SqliteStore,
  storyId: string,
  members: MembershipRow[],
  edges: StoryEdge[],
  createdAt: string,
  updatedAt: string,
): StorySummary {
  const ids = members.map((member) => member.articleId);
  const list = memberArticles(store, ids);
  const articles = new Map(list.map((article) => [article.id, article]));
  const headlines = headlinesOf(members, articles);
  const langCounts = new Map<string, number>();
  for (const article of list) langCounts.set(article.lang, (langCounts.get(article.lang) ?? 0) + 1);
  const dates = list.map((article) => article.date).sort();
  const families = versionFamilies(
    list.map((article) => ({ articleId: article.id, lang: article.lang, site: article.site, date: article.date })),
    familyLinks(store, ids, edges),
  );
  return {
    id: storyId,
    headline: headlines[0]?.title ?? '',
    headlines,
    languages: [...langCounts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([lang]) => lang),
    sites: [...new Set(list.map(siteOf))].sort(),
    articleCount: list.length,
    familyCount: families.length,
    firstSeen: dates[0] ?? updatedAt,
    lastSeen: dates.at(-1) ?? updatedAt,
    keyEntities: memberEntities(store, centralIds(members)).slice(0, KEY_ENTITIES),
    createdAt,
    updatedAt,
  };
}
