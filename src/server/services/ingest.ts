import type { RawDocument } from '../../core/model.js';
import { StoryweaveError } from '../../core/errors.js';
import { documentsFromBytes } from '../../ingest/documents-from-bytes.js';
import { sha256Hex } from '../../ingest/hash.js';
import { resolveReadOptions, type SourceItem } from '../../ingest/options.js';
import { ingestItems, ingestSources, type ArticleStoredHook, type IngestOptions, type IngestReport } from '../../pipeline/ingest.js';
import { storyHookFor } from './story-hook.js';
import type { SqliteStore } from '../../store/sqlite-store.js';

export type IngestKind = 'text' | 'html' | 'url' | 'feed';

export interface IngestRequest {
  kind: IngestKind;
  /** The text, HTML or feed XML (kinds text, html, feed). */
  content?: string;
  /** The page or feed to fetch (kind url), or where the content came from. */
  url?: string;
  title?: string;
  lang?: string;
  published?: string;
  site?: string;
}

export type IngestFunction = (store: SqliteStore, request: IngestRequest, signal?: AbortSignal) => Promise<IngestReport>;

function requireContent(request: IngestRequest): string {
  if (!request.content?.trim()) throw new StoryweaveError('SW_INPUT_EMPTY', `kind ${request.kind} needs content`);
  return request.content;
}

async function* uploaded(request: IngestRequest): AsyncGenerator<SourceItem> {
  const content = requireContent(request);
  const hash = sha256Hex(JSON.stringify([request.kind, content, request.title ?? '', request.url ?? '']));
  const source = `api:${request.kind}:${hash.slice(0, 12)}`;
  if (request.kind === 'feed') {
    const options = resolveReadOptions({ allowPrivate: false, follow: false });
    for await (const result of documentsFromBytes({ location: `${source}.xml`, bytes: Buffer.from(content, 'utf8'), contentType: 'application/rss+xml' }, options)) {
      yield result.ok ? { ok: true, doc: result.doc, input: source } : { ok: false, error: result.error, input: source };
    }
    return;
  }
  const doc: RawDocument = {
    source,
    format: request.kind === 'html' ? 'html' : 'text',
    body: content,
    rawHash: hash,
    ...(request.url ? { url: request.url } : {}),
    ...(request.title ? { title: request.title } : {}),
    ...(request.lang ? { lang: request.lang } : {}),
    ...(request.published ? { published: request.published } : {}),
    ...(request.site ? { site: request.site } : {}),
  };
  yield { ok: true, doc, input: source };
}

function httpUrl(text: string | undefined): URL {
  if (!text) throw new StoryweaveError('SW_URL_INVALID', 'kind url needs url');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new StoryweaveError('SW_URL_INVALID', text);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new StoryweaveError('SW_URL_INVALID', `${url.protocol} URLs are not fetched`);
  return url;
}

/**
 * Ingests through the pipeline: extraction, analysis, storage and story assignment, one request at a
 * time (SQLite has one writer). URL fetches keep the private-address guard on.
 */
export function pipelineIngest(): IngestFunction {
  const hooks = new WeakMap<SqliteStore, ArticleStoredHook>();
  let queue: Promise<unknown> = Promise.resolve();
  return (store, request, signal) => {
    const run = async () => {
      let hook = hooks.get(store);
      if (!hook) hooks.set(store, (hook = storyHookFor(store)));
      const options: IngestOptions = { allowPrivate: false, follow: false, onArticleStored: hook, ...(signal ? { signal } : {}) };
      if (request.kind === 'url') return ingestSources(store, [httpUrl(request.url).href], options);
      return ingestItems(store, uploaded(request), options);
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };
}
