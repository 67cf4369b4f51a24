import { asStoryweaveError } from '../core/errors.js';
import { documentsFromBytes } from './documents-from-bytes.js';
import { loadInput } from './load-input.js';
import { resolveReadOptions, type ReadOptions, type SourceItem } from './options.js';

export interface FeedReadOptions extends ReadOptions {
  /** ETag from the previous read: an unchanged feed answers `notModified` without items. */
  ifNoneMatch?: string;
  /** Last-Modified from the previous read (URLs only). */
  ifModifiedSince?: string;
  /**
   * Items whose stable key (guid, Atom id or link) this returns true for are left out, before any
   * `follow` fetch: a poller passes the keys it has already ingested.
   */
  skipItem?: (key: string) => boolean;
}

export interface FeedReadResult {
  input: string;
  /** The input is unchanged since the validators given: `items` is empty. */
  notModified: boolean;
  /** Each item's document has `id` = the item's guid, Atom id or link: a stable key across polls. */
  items: SourceItem[];
  /** Pass back as `ifNoneMatch` / `ifModifiedSince` on the next poll. */
  etag?: string;
  lastModified?: string;
  /** Final URL after redirects. */
  url?: string;
}

/**
 * Reads one feed (path or URL) once, for pollers: conditional when validators are given, every
 * item or failure collected, never throwing.
 */
export async function readFeed(input: string, options: FeedReadOptions = {}): Promise<FeedReadResult> {
  const resolved = resolveReadOptions(options);
  let loaded;
  try {
    loaded = await loadInput(input, { ...resolved, ifNoneMatch: options.ifNoneMatch, ifModifiedSince: options.ifModifiedSince });
  } catch (error) {
    return { input, notModified: false, items: [{ ok: false, error: asStoryweaveError(error, 'SW_INPUT_UNREADABLE', input), input }] };
  }
  const result: FeedReadResult = { input, notModified: loaded.notModified, items: [] };
  if (loaded.etag) result.etag = loaded.etag;
  if (loaded.lastModified) result.lastModified = loaded.lastModified;
  if (loaded.url) result.url = loaded.url;
  if (loaded.notModified) return result;
  for await (const item of documentsFromBytes(loaded, resolved, { skipFeedItem: options.skipItem })) result.items.push({ ...item, input });
  return result;
}
