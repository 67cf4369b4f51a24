import type { Article, ArticleBrief } from '../../core/model.js';

export type { ArticleBrief };

export function articleBrief(article: Article): ArticleBrief {
  return {
    id: article.id,
    title: article.title,
    lang: article.lang,
    ...(article.site ? { site: article.site } : {}),
    source: article.source,
    ...(article.url ? { url: article.url } : {}),
    ...(article.published ? { published: article.published } : {}),
    ingestedAt: article.ingestedAt,
  };
}
