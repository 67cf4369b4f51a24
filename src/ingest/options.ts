import type { RawDocument } from '../core/model.js';
import type { StoryweaveError } from '../core/errors.js';

/** One result of reading sources: a document, or an error naming the input it is about. */
export type SourceItem =
  | {
      ok: true;
      doc: RawDocument;
      /** The top-level input (file after the walk, or URL); readSources always sets it. */
      input?: string;
      /** What was repaired on the way (bad bytes replaced, a fallback used); the document is still good. */
      warnings?: StoryweaveError[];
    }
  | { ok: false; error: StoryweaveError; input?: string };

export interface ReadOptions {
  /** Cap on the raw bytes of one input (file or HTTP body); for local .jsonl files, of one line. Default 20 MiB. */
  maxBytes?: number;
  /** Cap on the decompressed size of a gzip input (and of a streamed .jsonl.gz, which only bombs hit). Default: maxBytes, as for a plain file. */
  maxDecompressedBytes?: number;
  /** Let URL fetches reach loopback, private and link-local addresses. Default false. */
  allowPrivate?: boolean;
  /** Fetch each feed item's linked page instead of using the item's own content. */
  follow?: boolean;
  /** Per-URL fetch timeout in milliseconds. Default 15000. */
  timeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  userAgent?: string;
  /** Called after each top-level input has been fully read (for progress bars). */
  onInputDone?: (input: string) => void;
  /** Aborting it stops URL fetches in flight (SW_INTERRUPTED). */
  signal?: AbortSignal;
}

export type ResolvedReadOptions = Required<Omit<ReadOptions, 'onInputDone' | 'signal'>> & Pick<ReadOptions, 'onInputDone' | 'signal'>;

export const DEFAULT_USER_AGENT = 'storyweave/0.1 (+offline news story matcher)';

export function resolveReadOptions(options: ReadOptions = {}): ResolvedReadOptions {
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  return {
    maxBytes,
    maxDecompressedBytes: options.maxDecompressedBytes ?? maxBytes,
    allowPrivate: options.allowPrivate ?? false,
    follow: options.follow ?? false,
    timeoutMs: options.timeoutMs ?? 15_000,
    maxRedirects: options.maxRedirects ?? 5,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    onInputDone: options.onInputDone,
    signal: options.signal,
  };
}
