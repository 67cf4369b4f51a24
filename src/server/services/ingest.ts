import type { RawDocument } from '../../core/model.js';
import { StoryweaveError } from '../../core/errors.js';
import { documentsFromBytes } from '../../ingest/documents-from-bytes.js';
import { sha256Hex } from '../../ingest/hash.js';
import { resolveReadOptions, type SourceItem } from '../../ingest/options.js';
import { ingestItems, ingestSources, type IngestOptions, type IngestReport } from '../../pipeline/ingest.js';
import { attachStories } from '../../pipeline/stories-hook.js';
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

/** Ingests through the pipeline: extraction, analysis, storage and story assignment. URL fetches keep the private-address guard. */
export const ingestThroughPipeline: IngestFunction = async (store, request, signal) => {
  const options: IngestOptions = { allowPrivate: false, follow: false, onArticleStored: attachStories(store), ...(signal ? { signal } : {}) };
  if (request.kind === 'url') {
    if (!request.url) throw new StoryweaveError('SW_URL_INVALID', 'kind url needs url');
    const url = new URL(request.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new StoryweaveError('SW_URL_INVALID', request.url);
    return ingestSources(store, [url.href], options);
  }
  return ingestItems(store, uploaded(request), options);
};
