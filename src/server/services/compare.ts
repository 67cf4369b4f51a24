import { StoryweaveError } from '../../core/errors.js';
import { compareArticles, CorpusStats, type AnalyzedArticle, type PairComparison } from '../../compare/index.js';
import type { SqliteStore } from '../../store/sqlite-store.js';
import { articleBrief, type ArticleBrief } from './article-brief.js';

export interface ComparisonResult {
  a: ArticleBrief;
  b: ArticleBrief;
  comparison: PairComparison;
}

/** Corpus statistics over the stored analyses, rebuilt when the number of articles changes. */
export class StatsCache {
  private cached?: { count: number; stats: CorpusStats };

  get(store: SqliteStore): CorpusStats {
    const count = store.countArticles();
    if (this.cached?.count !== count) {
      const analyses = store.listArticles().flatMap((article) => store.getAnalysis(article.id) ?? []);
      this.cached = { count, stats: CorpusStats.fromAnalyses(analyses) };
    }
    return this.cached.stats;
  }
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
