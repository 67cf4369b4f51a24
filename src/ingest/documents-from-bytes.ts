import type { RawDocument } from '../core/model.js';
import { StoryweaveError, asStoryweaveError } from '../core/errors.js';
import { binaryReason } from './binary-sniff.js';
import { decodeBytes, decodeWarning } from './decode/decode-bytes.js';
import { detectFormat, formatFromContentType } from './detect-format.js';
import { feedDocuments } from './feed-documents.js';
import { gunzipCapped, isGzip } from './gunzip-capped.js';
import { sha256Hex } from './hash.js';
import type { ResolvedReadOptions } from './options.js';
import { parseFeed } from './parse/parse-feed.js';
import { parseJson, parseJsonl, type RecordResult } from './parse/parse-records.js';

export interface ByteInput {
  /** Path or URL, used in `source` and in error locations. */
  location: string;
  bytes: Buffer;
  /** For fetched inputs: the final URL, Content-Type and its charset. */
  url?: string;
  contentType?: string;
  charset?: string;
  /** Met in a directory walk: a JSON file holding no records (metadata) is skipped, not reported. */
  fromDirectory?: boolean;
}

export interface DocumentHooks {
  /** Feed items whose key this returns true for are left out (before any follow fetch). */
  skipFeedItem?: (key: string) => boolean;
}

/** One input's bytes to documents, whatever the container: text, HTML, JSON(L), feed, gzip of those. */
export async function* documentsFromBytes(input: ByteInput, options: ResolvedReadOptions, hooks: DocumentHooks = {}): AsyncGenerator<RecordResult> {
  const { location } = input;
  try {
    yield* parse(input, options, hooks);
  } catch (error) {
    yield { ok: false, error: asStoryweaveError(error, 'SW_INPUT_UNREADABLE', location) };
  }
}

async function* parse(input: ByteInput, options: ResolvedReadOptions, hooks: DocumentHooks): AsyncGenerator<RecordResult> {
  const { location } = input;
  let bytes = input.bytes;
  if (bytes.length === 0) throw new StoryweaveError('SW_INPUT_EMPTY', undefined, location);
  if (isGzip(bytes)) {
    bytes = await gunzipCapped(bytes, options.maxDecompressedBytes, location);
    if (bytes.length === 0) throw new StoryweaveError('SW_INPUT_EMPTY', 'nothing inside the gzip data', location);
  } else if (!input.url && /\.gz$/i.test(location)) {
    throw new StoryweaveError('SW_GZIP_CORRUPT', 'not gzip data (bad magic number)', location);
  }
  const binary = binaryReason(bytes);
  if (binary) throw new StoryweaveError('SW_INPUT_BINARY', binary, location);
  const decoded = decodeBytes(bytes, { headerCharset: input.charset }, location);
  const { text } = decoded;
  if (!text.trim()) throw new StoryweaveError('SW_INPUT_EMPTY', 'only whitespace', location);
  const documents = parseText(input, text, options, hooks);
  const repaired = decodeWarning(decoded, location);
  yield* repaired ? withWarningOnFirst(documents, repaired) : documents;
}

async function* parseText(input: ByteInput, text: string, options: ResolvedReadOptions, hooks: DocumentHooks): AsyncGenerator<RecordResult> {
  const { location } = input;
  const format = detectFormat(input.url ?? location, text, formatFromContentType(input.contentType));
  switch (format) {
    case 'jsonl':
      yield* parseJsonl(text, location);
      return;
    case 'json':
      yield* parseJson(text, location, { skipNonRecords: input.fromDirectory });
      return;
    case 'feed':
      yield* feedDocuments(parseFeed(text, location, input.url), location, options, hooks.skipFeedItem);
      return;
    default: {
      const doc: RawDocument = { source: location, format, body: text, rawHash: sha256Hex(input.bytes) };
      if (input.url) doc.url = input.url;
      yield { ok: true, doc };
    }
  }
}

/** Said once per input, with its first document, however many documents it holds. */
async function* withWarningOnFirst(results: AsyncIterable<RecordResult>, warning: StoryweaveError): AsyncGenerator<RecordResult> {
  let said = false;
  for await (const result of results) {
    if (result.ok && !said) {
      said = true;
      yield { ...result, warnings: [...(result.warnings ?? []), warning] };
    } else yield result;
  }
}
