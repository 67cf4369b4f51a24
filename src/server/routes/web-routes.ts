import type { FastifyInstance, FastifyReply } from 'fastify';
import { StoryweaveError } from '../../core/errors.js';
import { STYLE_CSS } from '../../web/assets/style-css.js';
import { renderArticlePage } from '../../web/pages/article-page.js';
import { renderArticlesPage } from '../../web/pages/articles-page.js';
import { renderComparePage } from '../../web/pages/compare-page.js';
import { renderSearchPage } from '../../web/pages/search-page.js';
import { renderStoriesPage } from '../../web/pages/stories-page.js';
import { renderStoryPage } from '../../web/pages/story-page.js';
import {
  articleListQuery,
  idParams,
  searchQuery,
  webStoryListQuery,
  storyPageQuery,
  type ArticleListQuery,
  type StoryPageQuery,
  type SearchQuery,
  type WebStoryListQuery,
} from '../api-schemas.js';
import type { ServerContext } from '../context.js';
import { articleBrief } from '../services/article-brief.js';
import { compareStored, type ComparisonResult } from '../services/compare.js';
import { entityFilterId } from '../services/entity-search.js';
import { searchArticles } from '../services/search.js';
import { pageOf } from './api-routes.js';

function sendPage(reply: FastifyReply, page: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page);
}

const webCompareQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { a: { type: 'string', maxLength: 80 }, b: { type: 'string', maxLength: 80 } },
} as const;

/** Stories named in the live view's note of what changed since the previous load (the latest changes). */
const LIVE_CHANGES_LISTED = 5;

export function registerWebRoutes(app: FastifyInstance, context: ServerContext): void {
  const { store, stories } = context;

  app.get('/assets/style.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(STYLE_CSS),
  );

  app.get<{ Querystring: WebStoryListQuery }>('/', { schema: { querystring: webStoryListQuery } }, async (request, reply) => {
    const { limit, offset, live, mark, ...filter } = request.query;
    const entity = entityFilterId(store, filter.entity);
    const page = pageOf(stories.listStories({ ...filter, entity, limit: limit + 1, offset }), limit);
    // What changed since the previous load, wherever those stories sort in the list.
    const changedSince = (since: string) => {
      const count = stories.countStories({ ...filter, entity, changedSince: since });
      // Changes are listed oldest first: the latest are the last page of them.
      const latest = stories.listStories({ ...filter, entity, changedSince: since, offset: Math.max(0, count - LIVE_CHANGES_LISTED), limit: LIVE_CHANGES_LISTED });
      return { count, latest: latest.reverse() };
    };
    return sendPage(
      reply,
      renderStoriesPage({
        stories: page.items,
        hasMore: page.hasMore,
        filter: { ...filter, limit, offset },
        languages: store.languageCounts(),
        totalArticles: store.countArticles(),
        totalStories: stories.countStories({ ...filter, entity }),
        ...(live ? { live: { renderedAt: new Date().toISOString(), ...(mark ? { mark, changed: changedSince(mark) } : {}) } } : {}),
      }),
    );
  });

  app.get<{ Params: { id: string }; Querystring: StoryPageQuery }>('/stories/:id', { schema: { params: idParams, querystring: storyPageQuery } }, async (request, reply) => {
    const story = stories.getStory(request.params.id);
    if (!story) throw new StoryweaveError('SW_NOT_FOUND', `story ${request.params.id}`);
    return sendPage(reply, renderStoryPage(story, { allArticles: request.query.all === '1' }));
  });

  app.get<{ Querystring: ArticleListQuery }>('/articles', { schema: { querystring: articleListQuery } }, async (request, reply) => {
    const { limit, offset, lang } = request.query;
    return sendPage(
      reply,
      renderArticlesPage({
        articles: store.listArticles({ lang, limit, offset }).map(articleBrief),
        total: store.countArticles({ lang }),
        lang,
        limit,
        offset,
        languages: store.languageCounts(),
      }),
    );
  });

  app.get<{ Params: { id: string } }>('/articles/:id', { schema: { params: idParams } }, async (request, reply) => {
    const article = store.findArticle(request.params.id);
    if (!article) throw new StoryweaveError('SW_NOT_FOUND', `article ${request.params.id}`);
    const storyId = stories.storyOfArticle(article.id);
    const story = storyId ? stories.getStory(storyId) : undefined;
    return sendPage(reply, renderArticlePage({ article, analysis: store.getAnalysis(article.id), storyId, storyHeadline: story?.headline }));
  });

  app.get<{ Querystring: SearchQuery }>('/search', { schema: { querystring: searchQuery } }, async (request, reply) => {
    const { q, entity, limit, offset } = request.query;
    const result = q?.trim() || entity ? searchArticles(store, request.query) : undefined;
    return sendPage(reply, renderSearchPage(result, { q: q ?? entity, entity, limit, offset }));
  });

  app.get<{ Querystring: { a?: string; b?: string } }>('/compare', { schema: { querystring: webCompareQuery } }, async (request, reply) => {
    const { a, b } = request.query;
    const choices = store.listArticles({ limit: 500 }).map(articleBrief);
    for (const id of [a, b]) {
      const chosen = id ? store.findArticle(id) : undefined;
      if (chosen && !choices.some((choice) => choice.id === chosen.id)) choices.unshift(articleBrief(chosen));
    }
    let result: ComparisonResult | undefined;
    let error: string | undefined;
    if (a && b) {
      try {
        result = compareStored(store, context.stats, a, b);
      } catch (caught) {
        if (!(caught instanceof StoryweaveError)) throw caught;
        error = caught.message;
      }
    }
    return sendPage(reply, renderComparePage({ a, b, choices, result, error }));
  });
}
