const ALLOWED = new Set([
  'text/html', 'application/xhtml+xml', 'text/plain',
  'application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml',
  'application/json', 'application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'text/json',
  'application/gzip', 'application/x-gzip',
]);

// Feed types seen in the wild besides the registered ones: application/x-rss+xml (Python's
// http.server, older servers), text/rss+xml, application/x-atom+xml.
const FEED_TYPE = /^(application|text)\/(x-)?(rss|atom|rdf)\+xml$/;

/** True for content types Storyweave can read; a missing type is allowed and the body sniffed. */
export function isAllowedContentType(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0].trim().toLowerCase();
  return !type || ALLOWED.has(type) || FEED_TYPE.test(type);
}
