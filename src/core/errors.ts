// The one error catalog. Every error a user can see has a stable code from here,
// so the CLI, the HTTP API and the logs speak the same language.

export const ERROR_CATALOG = {
  // usage
  SW_USAGE: 'invalid command-line usage',
  SW_NOT_FOUND: 'not found',
  // input
  SW_INPUT_EMPTY: 'input is empty',
  SW_INPUT_BINARY: 'input looks binary, not text or HTML',
  SW_INPUT_TOO_LARGE: 'input is over the size cap',
  SW_INPUT_UNREADABLE: 'input cannot be read',
  SW_INPUT_ENCODING: 'input cannot be decoded',
  SW_INPUT_NO_ARTICLE: 'no article text found in input',
  SW_INPUT_UNSUPPORTED: 'input format not supported',
  SW_GZIP_BOMB: 'decompressed size over the cap',
  SW_GZIP_CORRUPT: 'gzip data is corrupt',
  SW_JSON_INVALID: 'invalid JSON',
  SW_JSONL_LINE: 'invalid JSONL line',
  SW_RECORD_INVALID: 'record lacks text, html or title',
  SW_FEED_INVALID: 'malformed feed XML',
  // network
  SW_URL_INVALID: 'invalid or unsupported URL',
  SW_URL_FORBIDDEN: 'URL resolves to a private, loopback or link-local address',
  SW_FETCH_FAILED: 'URL could not be fetched',
  SW_FETCH_TIMEOUT: 'URL fetch timed out',
  SW_FETCH_STATUS: 'URL answered with an error status',
  SW_FETCH_TOO_MANY_REDIRECTS: 'too many redirects',
  SW_FETCH_CONTENT_TYPE: 'URL content type is not text, HTML or a feed',
  // store
  SW_STORE_OPEN: 'store cannot be opened',
  SW_STORE_SCHEMA: 'store schema is newer than this version',
  // analysis and comparison
  SW_ANALYSIS_FAILED: 'analysis failed',
  SW_PAIR_MISSING_ARTICLE: 'pair names an article that is not in the input',
  // server
  SW_UNAUTHORIZED: 'missing or wrong token',
  SW_PAYLOAD_TOO_LARGE: 'request body over the limit',
  SW_BAD_REQUEST: 'bad request',
  SW_INTERNAL: 'internal error',
  // warnings: the input was stored, with this said about it
  SW_INPUT_UTF8_REPAIRED: 'ill-formed UTF-8 sequences were replaced with U+FFFD',
  SW_INPUT_TRUNCATED: 'text over the length cap was cut',
  SW_FOLLOW_FALLBACK: "the linked page could not be read; the feed item's own content was stored",
  // interruption
  SW_INTERRUPTED: 'stopped before it finished (interrupted)',
  // output
  SW_OUTPUT_UNWRITABLE: 'output file cannot be written',
  // server
  SW_METHOD_NOT_ALLOWED: 'method not allowed on this route',
  // analysis and comparison
  SW_PAIR_INCOMPLETE: 'pair row lacks an id',
  SW_RECORD_DUPLICATE_ID: 'record id already used by an earlier record',
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export class StoryweaveError extends Error {
  readonly code: ErrorCode;
  /** The input (path, URL, `file:line`) the error is about, if any. */
  readonly location?: string;

  constructor(code: ErrorCode, detail?: string, location?: string, options?: { cause?: unknown }) {
    super(detail ? `${ERROR_CATALOG[code]}: ${detail}` : ERROR_CATALOG[code], options);
    this.name = 'StoryweaveError';
    this.code = code;
    this.location = location;
  }

  /** One line for a human: `file.txt: SW_INPUT_EMPTY input is empty`. */
  toLine(): string {
    return `${this.location ? `${this.location}: ` : ''}${this.code} ${this.message}`;
  }

  toJSON(): SerializedError {
    return { code: this.code, message: this.message, ...(this.location ? { location: this.location } : {}) };
  }

  /** Rebuilds an error that crossed a thread or process boundary as JSON. */
  static fromJSON(json: SerializedError): StoryweaveError {
    const prefix = `${ERROR_CATALOG[json.code]}: `;
    const detail = json.message.startsWith(prefix) ? json.message.slice(prefix.length) : undefined;
    return new StoryweaveError(json.code, detail, json.location);
  }
}

export interface SerializedError {
  code: ErrorCode;
  message: string;
  location?: string;
}

/** Wrap anything thrown into a StoryweaveError, keeping one that already is. */
export function asStoryweaveError(error: unknown, fallback: ErrorCode, location?: string): StoryweaveError {
  if (error instanceof StoryweaveError) {
    return error.location || !location ? error : new StoryweaveError(error.code, stripCatalogPrefix(error), location, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StoryweaveError(fallback, detail, location, { cause: error });
}

function stripCatalogPrefix(error: StoryweaveError): string | undefined {
  const prefix = `${ERROR_CATALOG[error.code]}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : undefined;
}
