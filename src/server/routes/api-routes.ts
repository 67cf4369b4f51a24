import type { FastifyInstance } from 'fastify';
import { StoryweaveError } from '../../core/errors.js';
import { analysedText } from '../../analyze/analyzer.js';
import {
  articleListQuery,
  compareQuery,
  idParams,
  ingestBody,
  searchQuery,
  storyListQuery,
  type ArticleListQuery,
  type CompareQuery,
  type SearchQuery,
  type StoryListQuery,
} from '../api-schemas.js';
import { bearerMatches } from '../access.js';
import { statusOf } from '../http-errors.js';
import type { ServerContext } from '../context.js';
import { openApiDocument } from '../openapi.js';
import { articleBrief } from '../services/article-brief.js';
import { compareStored } from '../services/compare.js';
import type { IngestRequest } from '../services/ingest.js';
import { entityFilterId } from '../services/entity-search.js';
import { searchArticles } from '../services/search.js';

/** Lists fetch one extra row to know whether another page exists, without counting. */
export function pageOf<T>(rows: T[], limit: number): { items: T[]; hasMore: boolean } {
  return { items: rows.slice(0, limit), hasMore: rows.length > limit };
}

export function registerApiRoutes(app: FastifyInstance, context: ServerContext): void {
  const { store, stories } = context;

  app.get('/api/health', async () => ({
    status: 'ok',
    version: context.version,
    articles: store.countArticles(),
    languages: store.languageCounts(),
  }));

  app.get('/api/openapi.json', async () => openApiDocument(context.version));

  app.get<{ Querystring: StoryListQuery }>('/api/stories', { schema: { querystring: storyListQuery } }, async (request) => {
    const { limit, offset, ...query } = request.query;
    const filter = { ...query, entity: entityFilterId(store, query.entity) };
    const page = pageOf(stories.listStories({ ...filter, limit: limit + 1, offset }), limit);
    return { stories: page.items, total: stories.countStories(filter), limit, offset, hasMore: page.hasMore };
  });

  app.get<{ Params: { id: string } }>('/api/stories/:id', { schema: { params: idParams } }, async (request) => {
    const story = stories.getStory(request.params.id);
    if (!story) throw new StoryweaveError('SW_NOT_FOUND', `story ${request.params.id}`);
    const byLanguage: Record<string, string[]> = {};
    for (const article of story.articles) (byLanguage[article.lang] ??= []).push(article.articleId);
    return { ...story, byLanguage };
  });

  app.get<{ Querystring: ArticleListQuery }>('/api/articles', { schema: { querystring: articleListQuery } }, async (request) => {
    const { limit, offset, lang, since } = request.query;
    const filter = { lang, since };
    return { articles: store.listArticles({ ...filter, limit, offset }).map(articleBrief), total: store.countArticles(filter), limit, offset };
  });

  app.get<{ Params: { id: string } }>('/api/articles/:id', { schema: { params: idParams } }, async (request) => {
    const article = store.findArticle(request.params.id);
    if (!article) throw new StoryweaveError('SW_NOT_FOUND', `article ${request.params.id}`);
    const analysis = store.getAnalysis(article.id);
    return {
      article,
      analysedText: analysedText(article),
      lang: analysis?.lang ?? article.lang,
      entities: analysis?.entities ?? [],
      numbers: analysis?.numbers ?? [],
      dates: analysis?.dates ?? [],
      analyzed: analysis !== undefined,
      storyId: stories.storyOfArticle(article.id) ?? null,
      duplicateSightings: store.duplicateSightings(article.id),
    };
  });

  app.get<{ Querystring: CompareQuery }>('/api/compare', { schema: { querystring: compareQuery } }, async (request) =>
    compareStored(store, context.stats, request.query.a, request.query.b),
  );

  app.get<{ Querystring: SearchQuery }>('/api/search', { schema: { querystring: searchQuery } }, async (request) => {
    const { q, entity } = request.query;
    if (!q?.trim() && !entity) throw new StoryweaveError('SW_BAD_REQUEST', 'give q or entity');
    return searchArticles(store, request.query);
  });

  app.post<{ Body: IngestRequest }>(
    '/api/ingest',
    {
      schema: { body: ingestBody },
      onRequest: async (request) => {
        if (context.token && !bearerMatches(request.headers.authorization, context.token)) {
          throw new StoryweaveError('SW_UNAUTHORIZED', 'send Authorization: Bearer TOKEN');
        }
      },
    },
    async (request, reply) => {
      const report = await context.ingest(store, request.body);
      const storyIds = [...new Set(report.articleIds.flatMap((id) => stories.storyOfArticle(id) ?? []))];
      const [firstFailure] = report.failed;
      // Nothing stored and something failed: the request as a whole failed, so say so with the failure's code.
      if (firstFailure && report.articleIds.length === 0 && report.unchanged === 0) {
        const error = { code: firstFailure.code, message: firstFailure.message, location: firstFailure.location };
        return reply.status(statusOf(firstFailure.code)).send({ error, report: { ...report, storyIds } });
      }
      return { ...report, storyIds };
    },
  );
}
