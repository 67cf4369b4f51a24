import { ownValue } from '../core/own-value.js';
export type ContainerFormat = 'text' | 'html' | 'jsonl' | 'json' | 'feed';

const BY_EXTENSION: Record<string, ContainerFormat> = {
  txt: 'text', text: 'text', md: 'text',
  html: 'html', htm: 'html', xhtml: 'html', shtml: 'html',
  jsonl: 'jsonl', ndjson: 'jsonl',
  json: 'json',
  xml: 'feed', rss: 'feed', atom: 'feed', rdf: 'feed',
};

/** The name with any `.gz` suffix removed, lowercased extension of what remains. */
export function extensionOf(name: string): string {
  const path = name.replace(/[?#].*$/, '').replace(/\.gz$/i, '');
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Format from a Content-Type header, when it says something definite. */
export function formatFromContentType(contentType: string | undefined): ContainerFormat | undefined {
  const type = contentType?.split(';')[0].trim().toLowerCase();
  if (!type) return undefined;
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/(rss|atom)\+xml$/.test(type)) return 'feed';
  if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/x-jsonlines') return 'jsonl';
  return undefined;
}

/**
 * Container format from the extension, else from the content. Content wins when a generic
 * extension (.xml, unknown) hides HTML or a feed.
 */
export function detectFormat(name: string, text: string, typeHint?: ContainerFormat): ContainerFormat {
  const head = text.slice(0, 2048).replace(/^\ufeff/, '').trimStart();
  const byExtension = ownValue(BY_EXTENSION, extensionOf(name));
  if (byExtension === 'text' || byExtension === 'html' || byExtension === 'jsonl' || byExtension === 'json') return byExtension;
  const sniffed = sniffFormat(head);
  // A feed announces itself unmistakably (<rss>, <feed>), even when served as text/html.
  if (sniffed === 'feed') return 'feed';
  if (typeHint && typeHint !== 'feed') return typeHint;
  if (byExtension === 'feed' || typeHint === 'feed') return sniffed === 'html' ? 'html' : 'feed';
  return sniffed;
}

function sniffFormat(head: string): ContainerFormat {
  const withoutProlog = head.replace(/^(<\?xml[^>]*\?>|<!--[\s\S]*?-->|\s)+/, '');
  if (/^<(rss|feed|rdf:RDF)\b/i.test(withoutProlog) || /^<\?xml[\s\S]{0,1000}<(rss|feed|rdf:RDF)\b/i.test(head)) return 'feed';
  if (/^<(!doctype\s+html|html|head|body|meta|title|div|p|article|section|main|table|h[1-6]|span|a|br|link|script|style)\b/i.test(withoutProlog)) return 'html';
  if (/^<\?xml/i.test(head)) return /<html\b/i.test(head) ? 'html' : 'feed';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) return 'jsonl';
  return 'text';
}
