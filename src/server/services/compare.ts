import { StoryweaveError } from '../../core/errors.js';
import { compareArticles, CorpusStats, type AnalyzedArticle, type PairComparison } from '../../compare/index.js';
import type { SqliteStore } from '../../store/sqlite-store.js';
import { savedStats, savedStatsStamp } from '../../stories/story-engine.js';
import { articleBrief, type ArticleBrief } from './article-brief.js';

export interface ComparisonResult {
  a: ArticleBrief;
  b: ArticleBrief;
  comparison: PairComparison;
}

/** Articles (the first stored) whose analyses make the statistics when the story engine has saved none, as `storyweave compare` reads them. */
const BACKGROUND_ARTICLES = 5000;

/**
 * Corpus statistics for comparisons: those the story engine saved at its last checkpoint, else those of
 * the first stored articles. Reading every stored analysis instead took the server down on a store of
 * 100,000 articles (out of memory on its first comparison).
 */
export class StatsCache {
  private cached?: { stamp: string; stats: CorpusStats };

  get(store: SqliteStore): CorpusStats {
    const saved = savedStatsStamp(store);
    const stamp = saved ?? `articles:${store.countArticles()}`;
    if (this.cached?.stamp !== stamp) this.cached = { stamp, stats: (saved !== undefined ? savedStats(store) : undefined) ?? firstArticlesStats(store) };
    return this.cached.stats;
  }
}

function firstArticlesStats(store: SqliteStore): CorpusStats {
  const stats = new CorpusStats();
  for (const article of store.listArticles({ limit: BACKGROUND_ARTICLES })) {
    const analysis = store.getAnalysis(article.id);
    if (analysis) stats.add(analysis);
  }
  return stats;
}

function analyzed(store: SqliteStore, id: string): AnalyzedArticle {
  const article = store.findArticle(id);
  if (!article) throw new StoryweaveError('SW_NOT_FOUND', `article ${id}`);
  const analysis = store.getAnalysis(article.id);
  if (!analysis) throw new StoryweaveError('SW_ANALYSIS_FAILED', `article ${article.id} has no analysis yet`);
  return { id: article.id, title: article.title, text: article.text, lang: article.lang, published: article.published, analysis };
}

export function compareStored(store: SqliteStore, stats: StatsCache, idA: string, idB: string): ComparisonResult {
  const a = analyzed(store, idA);
  const b = analyzed(store, idB);
  const comparison = compareArticles(a, b, stats.get(store));
  return { a: articleBrief(store.getArticle(a.id)!), b: articleBrief(store.getArticle(b.id)!), comparison };
}
