import type { SqliteStore } from '../store/sqlite-store.js';
import { edgesAmong, type MembershipRow } from '../store/story-store.js';
import { compareCoverage, type CoverageArticle } from './coverage.js';
import { storyTimeline } from './story-timeline.js';
import type { StoryArticle, StoryDetail, StoryMerge, StorySummary } from './model.js';
import { familyLinks } from './family-links.js';
import { memberArticles, memberEntities, siteOf } from './story-members.js';
import { versionFamilies } from './version-families.js';

/** Coverage is compared over at most this many of the most central articles. */
const MAX_COVERAGE_ARTICLES = 200;

export function buildStoryDetail(store: SqliteStore, summary: StorySummary, members: MembershipRow[], merges: StoryMerge[]): StoryDetail {
  const ids = members.map((member) => member.articleId);
  const list = memberArticles(store, ids);
  const articles = new Map(list.map((article) => [article.id, article]));
  const families = versionFamilies(
    list.map((article) => ({ articleId: article.id, lang: article.lang, site: siteOf(article), date: article.date })),
    familyLinks(store, ids, edgesAmong(store, ids)),
  );
  const familyOf = new Map<string, string>();
  for (const family of families) for (const member of family.members) familyOf.set(member.articleId, family.id);
  const storyArticles: StoryArticle[] = members
    .filter((member) => articles.has(member.articleId))
    .map((member) => {
      const article = articles.get(member.articleId)!;
      return {
        articleId: article.id,
        title: article.title,
        lang: article.lang,
        site: siteOf(article),
        source: article.source,
        ...(article.url ? { url: article.url } : {}),
        ...(article.published ? { published: article.published } : {}),
        ingestedAt: article.ingestedAt,
        centrality: member.centrality,
        addedAt: member.addedAt,
        evidence: member.evidence,
        familyId: familyOf.get(article.id) ?? `f-${article.id}`,
      };
    })
    .sort((x, y) => (x.lang < y.lang ? -1 : x.lang > y.lang ? 1 : y.centrality - x.centrality || (x.articleId < y.articleId ? -1 : 1)));
  const central = [...members].sort((x, y) => y.centrality - x.centrality || (x.articleId < y.articleId ? -1 : 1)).slice(0, MAX_COVERAGE_ARTICLES);
  const coverageArticles: CoverageArticle[] = [];
  for (const member of central) {
    const meta = articles.get(member.articleId);
    const full = meta ? store.getArticle(member.articleId) : undefined;
    const analysis = full ? store.getAnalysis(member.articleId) : undefined;
    if (!meta || !full || !analysis) continue;
    coverageArticles.push({ id: meta.id, title: full.title, text: full.text, lang: meta.lang, site: siteOf(meta), date: meta.date, ...(meta.published ? { published: meta.published } : {}), analysis });
  }
  return {
    ...summary,
    articles: storyArticles,
    entities: memberEntities(store, ids),
    families,
    coverage: compareCoverage(coverageArticles, families, summary.headlines[0] ? { lang: summary.headlines[0].lang } : {}),
    timeline: storyTimeline(coverageArticles),
    merges,
  };
}
