import type { RawDocument } from '../core/model.js';
import { ERROR_CATALOG, StoryweaveError, asStoryweaveError } from '../core/errors.js';
import { binaryReason } from './binary-sniff.js';
import { decodeBytes, decodeWarning } from './decode/decode-bytes.js';
import { fetchUrl } from './fetch/fetch-url.js';
import { canonicalJson, sha256Hex } from './hash.js';
import type { ResolvedReadOptions } from './options.js';
import type { FeedItem, ParsedFeed } from './parse/parse-feed.js';
import type { RecordResult } from './parse/parse-records.js';

// Linked pages are fetched a few at a time (results still come out in feed order).
const FOLLOW_CONCURRENCY = 4;

/** Feed items as documents; with `follow`, each item's linked page instead (the item's own content, with a warning, when the page cannot be read). */
export async function* feedDocuments(
  feed: ParsedFeed,
  location: string,
  options: ResolvedReadOptions,
  skipItem?: (key: string) => boolean,
): AsyncGenerator<RecordResult> {
  const wanted = skipItem ? feed.items.filter((item) => !item.key || !skipItem(item.key)) : feed.items;
  const tasks = wanted.map((item) => () => itemResults(item, feed.title, `${location}#item-${item.index}`, options));
  const window: Array<Promise<RecordResult[]>> = [];
  let next = 0;
  while (next < tasks.length || window.length > 0) {
    while (next < tasks.length && window.length < (options.follow ? FOLLOW_CONCURRENCY : 1)) window.push(tasks[next++]());
    yield* (await window.shift()) ?? [];
  }
}

async function itemResults(item: FeedItem, site: string | undefined, itemLocation: string, options: ResolvedReadOptions): Promise<RecordResult[]> {
  const fallback = itemDocument(item, site, itemLocation);
  const usable = Boolean(item.title || item.body.trim());
  const fallbackResult: RecordResult = usable
    ? { ok: true, doc: fallback }
    : { ok: false, error: new StoryweaveError('SW_RECORD_INVALID', 'feed item has no title and no content', itemLocation) };
  if (!options.follow || !item.url) return [fallbackResult];
  try {
    return [await followedDocument(item, fallback, options)];
  } catch (error) {
    const pageError = relocated(asStoryweaveError(error, 'SW_FETCH_FAILED'), itemLocation, item.url);
    // One outcome per item: its own content when the page cannot be read (said once, as a warning), else the page's error.
    if (!usable) return [{ ok: false, error: pageError }];
    const warning = new StoryweaveError('SW_FOLLOW_FALLBACK', `${pageError.code} ${detailOf(pageError)}`, itemLocation, { cause: pageError });
    return [{ ok: true, doc: fallback, warnings: [warning] }];
  }
}

function itemDocument(item: FeedItem, site: string | undefined, source: string): RawDocument {
  const doc: RawDocument = {
    source,
    format: 'record',
    body: item.body,
    rawHash: sha256Hex(canonicalJson(item)),
  };
  if (item.bodyIsHtml) doc.bodyIsHtml = true;
  if (item.key) doc.id = item.key;
  if (item.url) doc.url = item.url;
  if (item.title) doc.title = item.title;
  if (item.published) doc.published = item.published;
  if (item.author) doc.author = item.author;
  if (site) doc.site = site;
  return doc;
}

async function followedDocument(item: FeedItem, fallback: RawDocument, options: ResolvedReadOptions): Promise<RecordResult> {
  const page = await fetchUrl(item.url as string, options);
  if (page.bytes.length === 0) throw new StoryweaveError('SW_INPUT_EMPTY', undefined, page.url);
  const binary = binaryReason(page.bytes);
  if (binary) throw new StoryweaveError('SW_INPUT_BINARY', binary, page.url);
  const decoded = decodeBytes(page.bytes, { headerCharset: page.charset }, page.url);
  const { bodyIsHtml: _ignored, ...fields } = fallback;
  const doc: RawDocument = { ...fields, format: 'html', body: decoded.text, url: page.url, rawHash: sha256Hex(page.bytes) };
  const repaired = decodeWarning(decoded, fallback.source);
  return repaired ? { ok: true, doc, warnings: [repaired] } : { ok: true, doc };
}

/** The page's error, located at the feed item, naming the page URL in its detail. */
function relocated(error: StoryweaveError, location: string, url: string): StoryweaveError {
  const detail = detailOf(error);
  return new StoryweaveError(error.code, detail ? `${url}: ${detail}` : url, location, { cause: error });
}

function detailOf(error: StoryweaveError): string {
  const prefix = `${ERROR_CATALOG[error.code]}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : '';
}
