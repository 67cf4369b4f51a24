import { ERROR_CATALOG } from '../core/errors.js';
import { articleListQuery, compareQuery, ingestBody, searchQuery, storyListQuery } from './api-schemas.js';

type QuerySchema = { properties: Record<string, object>; required?: readonly string[] };

function queryParameters(schema: QuerySchema): object[] {
  return Object.entries(schema.properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: (schema.required ?? []).includes(name),
    schema: property,
  }));
}

const idParameter = (what: string) => ({ name: 'id', in: 'path', required: true, description: `${what} id`, schema: { type: 'string' } });

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const json = (description: string, ref: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
});

const looseObject = (description: string, properties: Record<string, object> = {}) => ({ type: 'object', description, properties });

/** The OpenAPI 3 description of /api, served at /api/openapi.json. */
export function openApiDocument(version: string): object {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Storyweave API',
      version,
      description:
        'Find the same news story across languages and scripts. Reads are open; POST /api/ingest needs `Authorization: Bearer TOKEN` when the server has a token (always when bound beyond loopback). Errors are `{ "error": { "code", "message" } }` with codes from the error catalog.',
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/health': {
        get: { operationId: 'health', summary: 'Liveness and store counts', responses: { 200: json('Server is up', 'Health') } },
      },
      '/api/stories': {
        get: {
          operationId: 'listStories',
          summary: 'Stories, newest first, filtered by language, date range, entity and headline text',
          parameters: queryParameters(storyListQuery),
          responses: { 200: json('A page of stories', 'StoryPage'), 400: errorResponse('Invalid filter') },
        },
      },
      '/api/stories/{id}': {
        get: {
          operationId: 'getStory',
          summary: 'One story: articles by language, agreements, partial facts, conflicts, timeline, evidence',
          parameters: [idParameter('Story')],
          responses: { 200: json('The story', 'StoryDetail'), 404: errorResponse('No such story') },
        },
      },
      '/api/articles': {
        get: {
          operationId: 'listArticles',
          summary: 'Stored articles without their text',
          parameters: queryParameters(articleListQuery),
          responses: { 200: json('A page of articles', 'ArticlePage') },
        },
      },
      '/api/articles/{id}': {
        get: {
          operationId: 'getArticle',
          summary: 'One article: clean text, entities with positions, numbers, dates, its story',
          parameters: [idParameter('Article (or a unique prefix)')],
          responses: { 200: json('The article', 'ArticleDetail'), 404: errorResponse('No such article') },
        },
      },
      '/api/compare': {
        get: {
          operationId: 'compareArticles',
          summary: 'Similarity of two articles on seven dimensions (1 = very similar, 4 = very dissimilar), with the evidence',
          parameters: queryParameters(compareQuery),
          responses: { 200: json('The comparison', 'Comparison'), 400: errorResponse('Missing ids'), 404: errorResponse('No such article') },
        },
      },
      '/api/search': {
        get: {
          operationId: 'search',
          summary: 'Full-text search in every script, plus entity search across spellings and scripts (Токаев finds Tokayev and توكاييف)',
          parameters: queryParameters(searchQuery),
          responses: { 200: json('Matching articles', 'SearchResult'), 400: errorResponse('Invalid query') },
        },
      },
      '/api/ingest': {
        post: {
          operationId: 'ingest',
          summary: 'Ingest text, HTML, a feed document, or fetch a public URL (private and loopback addresses are refused)',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: ingestBody } } },
          responses: {
            200: json('What was stored', 'IngestReport'),
            400: errorResponse('Invalid request'),
            401: errorResponse('Missing or wrong token'),
            403: errorResponse('URL resolves to a forbidden address'),
            413: errorResponse('Body over the limit'),
          },
        },
      },
      '/api/openapi.json': {
        get: { operationId: 'openapi', summary: 'This document', responses: { 200: { description: 'OpenAPI 3 document' } } },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string', enum: Object.keys(ERROR_CATALOG) },
                message: { type: 'string' },
                location: { type: 'string' },
              },
            },
          },
        },
        Health: looseObject('Server status', {
          status: { type: 'string', enum: ['ok'] },
          version: { type: 'string' },
          articles: { type: 'integer' },
          languages: { type: 'object', additionalProperties: { type: 'integer' } },
        }),
        ArticleBrief: looseObject('An article without its text', {
          id: { type: 'string' },
          title: { type: 'string' },
          lang: { type: 'string' },
          site: { type: 'string' },
          source: { type: 'string' },
          url: { type: 'string' },
          published: { type: 'string' },
          ingestedAt: { type: 'string' },
        }),
        StorySummary: looseObject('A story in lists', {
          id: { type: 'string' },
          headline: { type: 'string' },
          headlines: { type: 'array', items: looseObject('Headline in one language', { lang: { type: 'string' }, title: { type: 'string' }, articleId: { type: 'string' } }) },
          languages: { type: 'array', items: { type: 'string' } },
          sites: { type: 'array', items: { type: 'string' } },
          articleCount: { type: 'integer' },
          familyCount: { type: 'integer' },
          firstSeen: { type: 'string' },
          lastSeen: { type: 'string' },
          keyEntities: { type: 'array', items: looseObject('Entity with its forms per language') },
        }),
        StoryPage: looseObject('A page of stories', {
          stories: { type: 'array', items: { $ref: '#/components/schemas/StorySummary' } },
          total: { type: 'integer', description: 'Stories matching the filter' },
          limit: { type: 'integer' },
          offset: { type: 'integer' },
          hasMore: { type: 'boolean' },
        }),
        StoryDetail: {
          allOf: [
            { $ref: '#/components/schemas/StorySummary' },
            looseObject('Everything about a story', {
              articles: { type: 'array', items: looseObject('Member article with why it was grouped') },
              byLanguage: { type: 'object', description: 'Member article ids per language', additionalProperties: { type: 'array', items: { type: 'string' } } },
              entities: { type: 'array', items: looseObject('Entity with forms per language') },
              families: { type: 'array', items: looseObject('Copies of one dispatch') },
              coverage: looseObject('Agreements, partial facts, conflicts and exclusives', {
                agreements: { type: 'array', items: { type: 'object' } },
                partial: { type: 'array', items: { type: 'object' } },
                conflicts: { type: 'array', items: { type: 'object' } },
                exclusives: { type: 'array', items: { type: 'object' } },
              }),
              timeline: { type: 'array', items: { type: 'object' } },
              merges: { type: 'array', items: { type: 'object' } },
            }),
          ],
        },
        ArticlePage: looseObject('A page of articles', {
          articles: { type: 'array', items: { $ref: '#/components/schemas/ArticleBrief' } },
          total: { type: 'integer' },
          limit: { type: 'integer' },
          offset: { type: 'integer' },
        }),
        ArticleDetail: looseObject('An article with its analysis', {
          article: looseObject('The stored article with clean title and text'),
          analysedText: { type: 'string', description: 'title + "\\n\\n" + text: entity, number and date offsets address this string' },
          entities: { type: 'array', items: looseObject('Entity with mentions (start/end offsets)') },
          numbers: { type: 'array', items: { type: 'object' } },
          dates: { type: 'array', items: { type: 'object' } },
          storyId: { type: 'string', nullable: true },
        }),
        Comparison: looseObject('Two articles compared', {
          a: { $ref: '#/components/schemas/ArticleBrief' },
          b: { $ref: '#/components/schemas/ArticleBrief' },
          comparison: looseObject('Scores, decision and explanation', {
            scores: { type: 'object', additionalProperties: { type: 'number' } },
            sameStory: { type: 'boolean' },
            sameStoryProbability: { type: 'number' },
            explanation: { type: 'object' },
          }),
        }),
        SearchResult: looseObject('Search hits', {
          query: { type: 'string' },
          entities: { type: 'array', items: looseObject('Entity the query resolved to') },
          hits: {
            type: 'array',
            items: looseObject('One matching article', {
              article: { $ref: '#/components/schemas/ArticleBrief' },
              matchedBy: { type: 'array', items: { type: 'string', enum: ['text', 'entity'] } },
              entities: { type: 'array', items: { type: 'object' } },
            }),
          },
          hasMore: { type: 'boolean' },
        }),
        IngestReport: looseObject('What an ingest did', {
          ingested: { type: 'integer' },
          duplicates: { type: 'integer' },
          nearDuplicates: { type: 'integer' },
          unchanged: { type: 'integer' },
          failed: { type: 'array', items: looseObject('A failed input', { location: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } }) },
          articleIds: { type: 'array', items: { type: 'string' } },
          storyIds: { type: 'array', items: { type: 'string' } },
        }),
      },
    },
  };
}
