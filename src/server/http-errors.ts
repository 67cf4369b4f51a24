import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { ERROR_CATALOG, StoryweaveError, type ErrorCode } from '../core/errors.js';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; location?: string };
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  SW_NOT_FOUND: 404,
  SW_UNAUTHORIZED: 401,
  SW_PAYLOAD_TOO_LARGE: 413,
  SW_INPUT_TOO_LARGE: 413,
  SW_GZIP_BOMB: 413,
  SW_URL_FORBIDDEN: 403,
  SW_INPUT_UNSUPPORTED: 415,
  SW_FETCH_FAILED: 502,
  SW_FETCH_STATUS: 502,
  SW_FETCH_TOO_MANY_REDIRECTS: 502,
  SW_FETCH_CONTENT_TYPE: 502,
  SW_FETCH_TIMEOUT: 504,
  SW_STORE_OPEN: 500,
  SW_STORE_SCHEMA: 500,
  SW_ANALYSIS_FAILED: 409,
  SW_INTERNAL: 500,
  SW_METHOD_NOT_ALLOWED: 405,
};

export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? 400;
}

interface ValidationIssue {
  keyword?: string;
  params?: { additionalProperty?: unknown };
}

interface FrameworkError {
  code?: string;
  statusCode?: number;
  validation?: unknown;
  message?: string;
}

/** Any error thrown while handling a request, as a catalog error: Fastify's own errors mapped to their codes. */
export function toStoryweaveError(error: unknown): StoryweaveError {
  if (error instanceof StoryweaveError) return error;
  const framework = (typeof error === 'object' && error !== null ? error : {}) as FrameworkError;
  const message = framework.message ?? String(error);
  if (framework.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || framework.statusCode === 413) return new StoryweaveError('SW_PAYLOAD_TOO_LARGE', message);
  if (framework.validation) {
    const extra = (framework.validation as ValidationIssue[]).find((issue) => issue.keyword === 'additionalProperties')?.params?.additionalProperty;
    return new StoryweaveError('SW_BAD_REQUEST', typeof extra === 'string' ? `${message}: ${extra}` : message);
  }
  if (framework.code === 'FST_ERR_MAX_PARAM_LENGTH') return new StoryweaveError('SW_BAD_REQUEST', 'a path segment (an id) is over the length limit');
  if (framework.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || framework.statusCode === 415) return new StoryweaveError('SW_INPUT_UNSUPPORTED', message);
  if (framework.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return new StoryweaveError('SW_INPUT_EMPTY', message);
  if (framework.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) return new StoryweaveError('SW_JSON_INVALID', message);
  if (typeof framework.statusCode === 'number' && framework.statusCode >= 400 && framework.statusCode < 500) return new StoryweaveError('SW_BAD_REQUEST', message);
  return new StoryweaveError('SW_INTERNAL', undefined);
}

/** The status to answer a failure with: the catalog's, or a framework error's own 4xx (414 URI too long) where the catalog has only SW_BAD_REQUEST. */
export function httpStatusOf(error: unknown, failure: StoryweaveError): number {
  const own = (error as FrameworkError | undefined)?.statusCode;
  return failure.code === 'SW_BAD_REQUEST' && typeof own === 'number' && own >= 400 && own < 500 ? own : statusOf(failure.code);
}

/**
 * Answers a request Node's HTTP parser refused before Fastify saw it (malformed request line, raw
 * non-ASCII bytes in the URL, oversize headers, timeout) in the API's error format.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  const [status, detail] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'the request took too long to arrive']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'request headers over the size limit']
        : [400, 'not a valid HTTP request (characters outside ASCII in a URL must be percent-encoded)'];
  const body = JSON.stringify(errorBody(new StoryweaveError('SW_BAD_REQUEST', detail)));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export function errorBody(error: StoryweaveError): ErrorBody {
  return { error: error.toJSON() };
}

export function errorTitle(code: ErrorCode): string {
  return ERROR_CATALOG[code];
}
