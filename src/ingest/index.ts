// Public API of the ingest stage.
export { readSources, readOne } from './read-sources.js';
export { expandInputs } from './walk-inputs.js';
export type { ReadOptions, SourceItem } from './options.js';
export { fetchUrl, parseHttpUrl, type FetchOptions, type FetchedResource } from './fetch/fetch-url.js';
export { forbiddenAddressReason } from './fetch/address-guard.js';
export { decodeBytes, type DecodedText } from './decode/decode-bytes.js';
export { readFeed, type FeedReadOptions, type FeedReadResult } from './read-feed.js';
