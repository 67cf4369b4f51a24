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
};

export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? 400;
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
  if (framework.validation) return new StoryweaveError('SW_BAD_REQUEST', message);
  if (framework.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || framework.statusCode === 415) return new StoryweaveError('SW_INPUT_UNSUPPORTED', message);
  if (framework.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return new StoryweaveError('SW_INPUT_EMPTY', message);
  if (framework.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) return new StoryweaveError('SW_JSON_INVALID', message);
  if (typeof framework.statusCode === 'number' && framework.statusCode >= 400 && framework.statusCode < 500) return new StoryweaveError('SW_BAD_REQUEST', message);
  return new StoryweaveError('SW_INTERNAL', undefined);
}

export function errorBody(error: StoryweaveError): ErrorBody {
  return { error: error.toJSON() };
}

export function errorTitle(code: ErrorCode): string {
  return ERROR_CATALOG[code];
}
