import type { Article, ArticleAnalysis } from '../core/model.js';

export interface ArticleFilter {
  lang?: string;
  /** ISO date; articles published (or ingested, when unknown) on or after it. */
  since?: string;
  limit?: number;
  offset?: number;
}

export type NewArticle = Omit<Article, 'id' | 'ingestedAt'> & { id?: string };

export interface PutArticleResult {
  id: string;
  status: 'inserted' | 'duplicate';
  /** For duplicates: the stored article with the same clean text. */
  duplicateOf?: string;
}

/** The article store. SQLite by default; other engines implement the same interface. */
export interface ArticleStore {
  /** Inserts unless an article with the same content hash exists. Atomic. */
  putArticle(article: NewArticle): PutArticleResult;
  getArticle(id: string): Article | undefined;
  listArticles(filter?: ArticleFilter): Article[];
  countArticles(filter?: ArticleFilter): number;
  /** True when a raw input with this hash has been fully ingested before (re-runs skip it). */
  hasRawInput(rawHash: string): boolean;
  putAnalysis(articleId: string, analysis: ArticleAnalysis, encoded?: Uint8Array): void;
  getAnalysis(articleId: string): ArticleAnalysis | undefined;
  /** Links a near-duplicate (syndicated copy) to the article it copies. */
  linkNearDuplicate(articleId: string, originalId: string, similarity: number): void;
  /** Runs fn in one transaction: all of its writes land, or none. */
  transaction<T>(fn: () => T): T;
  close(): void;
}
