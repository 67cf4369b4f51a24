import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { StoryweaveError, asStoryweaveError } from '../../core/errors.js';
import { DEFAULT_USER_AGENT } from '../options.js';
import { decodeContentEncoding } from './content-encoding.js';
import { isAllowedContentType } from './content-type.js';
import { resolveHost, type PinnedAddress } from './resolve-host.js';
import { charsetFromContentType } from '../decode/declared-charset.js';

export interface FetchOptions {
  /** Cap on the response body. Default 20 MiB. */
  maxBytes?: number;
  /** Cap on a compressed body once decoded. Default: maxBytes. */
  maxDecompressedBytes?: number;
  allowPrivate?: boolean;
  /** For the whole fetch, redirects included. Default 15000. */
  timeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  userAgent?: string;
  /** Conditional request: an ETag from an earlier fetch. */
  ifNoneMatch?: string;
  /** Conditional request: a Last-Modified value from an earlier fetch. */
  ifModifiedSince?: string;
  /** Aborting it stops the fetch at once, with SW_INTERRUPTED. */
  signal?: AbortSignal;
}

export interface FetchedResource {
  /** The URL asked for. */
  requestedUrl: string;
  /** The URL finally answered, after redirects. */
  url: string;
  status: number;
  /** True on 304 Not Modified: `bytes` is empty, keep what you had. */
  notModified: boolean;
  contentType?: string;
  charset?: string;
  /** Body bytes, content encoding (gzip...) already undone. */
  bytes: Buffer;
  etag?: string;
  lastModified?: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,text/plain;q=0.8,*/*;q=0.1';

/** Parses and checks a URL: http(s) only, no credentials. */
export function parseHttpUrl(input: string, location = input): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new StoryweaveError('SW_URL_INVALID', 'not a valid URL', location);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new StoryweaveError('SW_URL_INVALID', `scheme ${url.protocol} not allowed`, location);
  }
  if (url.username || url.password) throw new StoryweaveError('SW_URL_INVALID', 'credentials in URL not allowed', location);
  return url;
}

/**
 * Fetches one URL safely: every hop's host is resolved, checked against private ranges and
 * pinned (the connection goes to the checked address, so DNS rebinding cannot slip past);
 * redirects are followed by hand; size, time and content type are bounded.
 */
export async function fetchUrl(input: string, options: FetchOptions = {}): Promise<FetchedResource> {
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const stop = () => controller.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  if (options.signal?.aborted) stop();
  // One abort path for both: the caller's signal (Ctrl-C) and the time limit.
  const timeoutError = () =>
    options.signal?.aborted
      ? new StoryweaveError('SW_INTERRUPTED', undefined, input)
      : new StoryweaveError('SW_FETCH_TIMEOUT', `no complete answer within ${timeoutMs} ms`, input);
  try {
    let url = parseHttpUrl(input);
    for (let hop = 0; ; hop++) {
      const pinned = await abortable(resolveHost(url, options.allowPrivate ?? false, input), controller.signal, timeoutError);
      const response = await request(url, pinned, options, controller.signal, timeoutError, input);
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status) && response.headers.location) {
        response.destroy();
        if (hop >= maxRedirects) throw new StoryweaveError('SW_FETCH_TOO_MANY_REDIRECTS', `more than ${maxRedirects}`, input);
        url = parseHttpUrl(new URL(response.headers.location, url).href, input);
        continue;
      }
      const base = {
        requestedUrl: input,
        url: url.href,
        status,
        etag: header(response.headers.etag),
        lastModified: header(response.headers['last-modified']),
      };
      if (status === 304) {
        response.destroy();
        return { ...base, notModified: true, bytes: Buffer.alloc(0) };
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw new StoryweaveError('SW_FETCH_STATUS', `HTTP ${status}${url.href !== input ? ` from ${url.href}` : ''}`, input);
      }
      const contentType = header(response.headers['content-type']);
      if (!isAllowedContentType(contentType)) {
        response.destroy();
        throw new StoryweaveError('SW_FETCH_CONTENT_TYPE', contentType, input);
      }
      const length = Number(response.headers['content-length']);
      if (Number.isFinite(length) && length > maxBytes) {
        response.destroy();
        throw new StoryweaveError('SW_INPUT_TOO_LARGE', `Content-Length ${length} over ${maxBytes} bytes`, input);
      }
      const raw = await readBody(response, maxBytes, controller.signal, timeoutError, input);
      const bytes = await decodeContentEncoding(raw, header(response.headers['content-encoding']), options.maxDecompressedBytes ?? maxBytes, input);
      return { ...base, notModified: false, contentType, charset: charsetFromContentType(contentType), bytes };
    }
  } catch (error) {
    if (controller.signal.aborted && !(error instanceof StoryweaveError)) throw timeoutError();
    throw asStoryweaveError(error, 'SW_FETCH_FAILED', input);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stop);
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function request(
  url: URL,
  pinned: PinnedAddress[],
  options: FetchOptions,
  signal: AbortSignal,
  timeoutError: () => StoryweaveError,
  location: string,
): Promise<http.IncomingMessage> {
  // The connection may only go to addresses checked by resolveHost: no second DNS answer.
  const lookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) (callback as (e: null, a: PinnedAddress[]) => void)(null, pinned);
    else callback(null, pinned[0].address, pinned[0].family);
  };
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    accept: ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.ifNoneMatch) headers['if-none-match'] = options.ifNoneMatch;
  if (options.ifModifiedSince) headers['if-modified-since'] = options.ifModifiedSince;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, { method: 'GET', headers, lookup, signal, agent: false }, resolve);
    req.on('error', (error) => {
      if (signal.aborted) reject(timeoutError());
      else reject(new StoryweaveError('SW_FETCH_FAILED', (error as NodeJS.ErrnoException).code ?? error.message, location, { cause: error }));
    });
    req.end();
  });
}

function readBody(
  response: http.IncomingMessage,
  maxBytes: number,
  signal: AbortSignal,
  timeoutError: () => StoryweaveError,
  location: string,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    const fail = (error: Error) => settle(() => reject(signal.aborted ? timeoutError() : error));
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        settle(() => reject(new StoryweaveError('SW_INPUT_TOO_LARGE', `body over ${maxBytes} bytes`, location)));
        response.destroy();
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => settle(() => resolve(Buffer.concat(chunks))));
    response.on('error', (error) => fail(new StoryweaveError('SW_FETCH_FAILED', error.message, location, { cause: error })));
    response.on('aborted', () => fail(new StoryweaveError('SW_FETCH_FAILED', 'connection closed early', location)));
  });
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal, onAbort: () => Error): Promise<T> {
  if (signal.aborted) return Promise.reject(onAbort());
  return new Promise((resolve, reject) => {
    const abort = () => reject(onAbort());
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
