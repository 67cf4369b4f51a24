import type { Article } from '../../core/model.js';

/** An article in lists and search results: no body text. */
export interface ArticleBrief {
  id: string;
  title: string;
  lang: string;
  site?: string;
  source: string;
  url?: string;
  published?: string;
  ingestedAt: string;
}

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
