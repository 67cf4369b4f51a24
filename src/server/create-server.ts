import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { isCalendarDate } from '../core/calendar-date.js';
import { StoryweaveError } from '../core/errors.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import { renderErrorPage } from '../web/pages/error-page.js';
import { isLoopbackHostHeader } from './access.js';
import { CALENDAR_DATE_FORMAT } from './api-schemas.js';
import type { ServerContext } from './context.js';
import { answerClientError, errorBody, httpStatusOf, toStoryweaveError } from './http-errors.js';
import { RouteMethods } from './route-methods.js';
import { registerApiRoutes } from './routes/api-routes.js';
import { registerWebRoutes } from './routes/web-routes.js';
import { SECURITY_HEADERS } from './security-headers.js';
import { StatsCache } from './services/compare.js';
import { pipelineIngest, type IngestFunction } from './services/ingest.js';
import { defaultStoryReader } from './default-story-reader.js';
import type { StoryReader } from './story-reader.js';

export interface ServerOptions {
  store: SqliteStore;
  /** Bearer token that write endpoints require. Required when `exposed`. */
  token?: string;
  /** The server will be reachable beyond loopback. Without a token, creation fails; with one, any Host header is accepted. */
  exposed?: boolean;
  /** Story source; the store's story tables by default. */
  stories?: StoryReader;
  /** Ingest implementation; the full pipeline by default. */
  ingest?: IngestFunction;
  /** Largest request body in bytes. Default 5 MiB. */
  bodyLimit?: number;
  /** Whole-request time limit in milliseconds. Default 120 s (URL ingests fetch). */
  requestTimeoutMs?: number;
  logger?: boolean;
  version?: string;
}

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  if (options.exposed && !options.token) {
    throw new StoryweaveError('SW_UNAUTHORIZED', 'a server reachable beyond loopback needs a token (--token or STORYWEAVE_TOKEN)');
  }
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    requestTimeout: options.requestTimeoutMs ?? 120_000,
    connectionTimeout: 130_000,
    keepAliveTimeout: 5_000,
    routerOptions: { maxParamLength: 200 },
    // Bodies are refused, not trimmed, when they hold properties the schema does not know (as the OpenAPI document says).
    ajv: { customOptions: { removeAdditional: false, formats: { [CALENDAR_DATE_FORMAT]: isCalendarDate } } },
    frameworkErrors: (error, request, reply) => sendError(error, request, reply),
    clientErrorHandler: answerClientError,
    return503OnClosing: true,
  });
  const context: ServerContext = {
    store: options.store,
    stories: options.stories ?? defaultStoryReader(options.store),
    ingest: options.ingest ?? pipelineIngest(),
    stats: new StatsCache(),
    version: options.version ?? '0.1.0',
    ...(options.token ? { token: options.token } : {}),
  };

  // JSON only: a text/plain body is what a cross-site form can send without a preflight.
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', async (request) => {
    // A loopback server answers only to loopback names, so a rebound DNS name cannot read or write through a browser.
    if (!options.exposed && !isLoopbackHostHeader(request.headers.host)) {
      throw new StoryweaveError('SW_UNAUTHORIZED', 'this server only answers to localhost');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.headers.origin) {
      const origin = safeOriginHost(request.headers.origin);
      if (origin !== request.headers.host) throw new StoryweaveError('SW_UNAUTHORIZED', 'cross-origin write refused');
    }
  });

  // Empty form fields (`lang=`) mean "any", not an invalid value; a parameter no route reads (a
  // tracking parameter on a shared link) is ignored, not refused.
  app.addHook('preValidation', async (request) => {
    const query = request.query as Record<string, unknown> | undefined;
    const known = (request.routeOptions.schema?.querystring as { properties?: object } | undefined)?.properties;
    if (!query || typeof query !== 'object') return;
    for (const [key, value] of Object.entries(query)) if (value === '' || (known && !Object.hasOwn(known, key))) delete query[key];
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    return payload;
  });

  app.setErrorHandler(async (error, request, reply) => sendError(error, request, reply));

  const routeMethods = new RouteMethods();
  app.addHook('onRoute', (route) => routeMethods.add(route.url, route.method));

  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0]!;
    const allowed = routeMethods.allowedAt(path);
    if (allowed.length > 0) {
      reply.header('allow', allowed.join(', '));
      return sendError(new StoryweaveError('SW_METHOD_NOT_ALLOWED', `${request.method} ${path}; allowed: ${allowed.join(', ')}`), request, reply);
    }
    return sendError(new StoryweaveError('SW_NOT_FOUND', `no page or endpoint at ${path}`), request, reply);
  });

  registerApiRoutes(app, context);
  registerWebRoutes(app, context);
  return app;
}

/** Every error answer: JSON with its catalog code under /api, an HTML page elsewhere. */
function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const failure = toStoryweaveError(error);
  const status = httpStatusOf(error, failure);
  if (status >= 500) request.log.error(error);
  if (isApi(request.url)) return reply.status(status).type('application/json; charset=utf-8').send(errorBody(failure));
  return reply.status(status).type('text/html; charset=utf-8').send(renderErrorPage(status, failure.code, failure.message));
}

function isApi(url: string): boolean {
  return url === '/api' || url.startsWith('/api/');
}

function safeOriginHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
