import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { StoryweaveError } from '../../core/errors.js';
import { htmlToPlainText } from '../html-text.js';
import { safeHttpUrl } from '../safe-url.js';
import { normaliseDate } from '../normalise-date.js';

export interface FeedItem {
  /** 1-based position in the feed. */
  index: number;
  /** Stable key: guid, Atom id, or link. */
  key?: string;
  url?: string;
  title?: string;
  published?: string;
  author?: string;
  body: string;
  bodyIsHtml: boolean;
}

export interface ParsedFeed {
  kind: 'rss' | 'atom' | 'rdf';
  title?: string;
  items: FeedItem[];
}

type Node = Record<string, unknown>;

const ARRAY_TAGS = new Set(['item', 'entry', 'link', 'category', 'author', 'dc:creator']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (tagName) => ARRAY_TAGS.has(tagName),
  processEntities: { enabled: true, maxTotalExpansions: 1000, maxExpandedLength: 100_000 },
});
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_' });

/** RSS 2.0 / RSS 1.0 (RDF) / Atom to items. Malformed XML or no feed root: SW_FEED_INVALID. */
export function parseFeed(raw: string, source: string, baseUrl?: string): ParsedFeed {
  const xml = escapeBareAmpersands(raw);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new StoryweaveError('SW_FEED_INVALID', readableXmlError(valid.err, raw), source);
  let root: Node;
  try {
    root = parser.parse(xml) as Node;
  } catch (error) {
    throw new StoryweaveError('SW_FEED_INVALID', (error as Error).message, source, { cause: error });
  }
  const rss = asNode(root.rss);
  if (rss) {
    const channel = asNode(rss.channel) ?? {};
    const base = safeHttpUrl(asArray(channel.link).map(text).find(Boolean), baseUrl) ?? baseUrl;
    return { kind: 'rss', title: plain(channel.title), items: asArray(channel.item).map((item, i) => rssItem(item, i, base)) };
  }
  const rdf = asNode(root['rdf:RDF']);
  if (rdf) {
    const channel = asNode(rdf.channel) ?? {};
    const base = safeHttpUrl(text(channel.link), baseUrl) ?? baseUrl;
    return { kind: 'rdf', title: plain(channel.title), items: asArray(rdf.item).map((item, i) => rssItem(item, i, base)) };
  }
  const feed = asNode(root.feed);
  if (feed) {
    const base = safeHttpUrl(text(feed['@_xml:base']), baseUrl) ?? baseUrl;
    return { kind: 'atom', title: plain(feed.title), items: asArray(feed.entry).map((entry, i) => atomEntry(entry, i, base)) };
  }
  throw new StoryweaveError('SW_FEED_INVALID', 'no <rss>, <feed> or <rdf:RDF> root element', source);
}

// Outside CDATA, `&` must start an entity; feeds often carry raw links (`?a=1&b=2`), which strict
// XML rejects whole. Escaped, such an item reads as its author meant.
const BARE_AMPERSAND = /&(?!(?:[A-Za-z_][\w.-]*|#[0-9]+|#x[0-9A-Fa-f]+);)/g;

function escapeBareAmpersands(xml: string): string {
  if (!xml.includes('&')) return xml;
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(BARE_AMPERSAND, '&amp;')))
    .join('');
}

/**
 * The validator's error (on the escaped text) in words, located in the raw text; for elements left
 * open, which it reports as its tag stack at line 1, the end of the document.
 */
function readableXmlError(err: { msg: string; line: number; col: number }, xml: string): string {
  const unclosed = /^Invalid '\[([\s\S]*)\]' found\.$/.exec(err.msg);
  if (!unclosed) return `${err.msg} (line ${err.line}, column ${rawColumn(xml.split('\n')[err.line - 1] ?? '', err.col)})`;
  const open = unclosed[1].split(',').map((name) => name.trim().replace(/^"|"$/g, '')).filter(Boolean);
  const lines = xml.trimEnd().split('\n');
  const innermost = open.length > 0 ? `<${open[open.length - 1]}>` : 'an element';
  const path = open.length > 1 ? ` (in ${open.slice(0, -1).map((name) => `<${name}>`).join(' > ')})` : '';
  return `the document ends before ${innermost} is closed${path}: truncated? (line ${lines.length}, column ${lines[lines.length - 1].length + 1})`;
}

/** A column of a line with its bare ampersands escaped, in the line as written (each escape added 4 characters). */
function rawColumn(line: string, escapedColumn: number): number {
  let shift = 0;
  for (const match of line.matchAll(BARE_AMPERSAND)) {
    if (match.index + 1 + shift >= escapedColumn) break;
    shift += 4;
  }
  return escapedColumn - shift;
}

function rssItem(value: unknown, i: number, base: string | undefined): FeedItem {
  const item = asNode(value) ?? {};
  const link = asArray(item.link).map(text).find(Boolean);
  const url = safeHttpUrl(link, base);
  const guid = text(item.guid);
  const body = markup(item['content:encoded']) ?? markup(item.description) ?? '';
  return compact({
    index: i + 1,
    key: guid ?? link ?? text(item['@_rdf:about']),
    url: url ?? (isPermalink(item.guid) ? safeHttpUrl(guid) : undefined),
    title: plain(item.title),
    published: normaliseDate(text(item.pubDate) ?? text(item['dc:date'])),
    author: asArray(item['dc:creator']).map(plain).find(Boolean) ?? asArray(item.author).map(plain).find(Boolean),
    body,
    bodyIsHtml: looksLikeMarkup(body),
  });
}

function atomEntry(value: unknown, i: number, feedBase: string | undefined): FeedItem {
  const entry = asNode(value) ?? {};
  const base = safeHttpUrl(text(entry['@_xml:base']), feedBase) ?? feedBase;
  const links = asArray(entry.link).map((l) => asNode(l) ?? {});
  const alternate = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
  const href = alternate ? text(alternate['@_href']) : undefined;
  const url = safeHttpUrl(href, base);
  const body = markup(entry.content) ?? markup(entry.summary) ?? '';
  const author = asNode(asArray(entry.author)[0]);
  return compact({
    index: i + 1,
    key: text(entry.id) ?? href,
    url,
    title: plain(entry.title),
    published: normaliseDate(text(entry.published) ?? text(entry.updated)),
    author: author ? plain(author.name) : undefined,
    body,
    bodyIsHtml: looksLikeMarkup(body),
  });
}

function isPermalink(guid: unknown): boolean {
  const node = asNode(guid);
  const value = text(guid);
  return !!value && /^https?:\/\//i.test(value) && (!node || node['@_isPermaLink'] !== 'false');
}

function asNode(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}

function asArray(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** Text content of an element that may carry attributes. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  const node = asNode(value);
  if (node && '#text' in node) return text(node['#text']);
  return undefined;
}

/** Titles and names: feeds put HTML in them in practice. */
function plain(value: unknown): string | undefined {
  const content = markup(value);
  return content === undefined ? undefined : htmlToPlainText(content) || undefined;
}

/** Element content as a string; inline XHTML (Atom type="xhtml") is serialised back to markup. */
function markup(value: unknown): string | undefined {
  const plain = text(value);
  if (plain !== undefined) return plain;
  const node = asNode(value);
  if (!node) return undefined;
  const children: Node = {};
  for (const [key, child] of Object.entries(node)) if (!key.startsWith('@_')) children[key] = child;
  const built = String(builder.build(children)).trim();
  return built || undefined;
}

function looksLikeMarkup(body: string): boolean {
  return /<\/?[a-z][a-z0-9]*\b[^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(body);
}

function compact(item: FeedItem): FeedItem {
  for (const key of Object.keys(item) as Array<keyof FeedItem>) if (item[key] === undefined) delete item[key];
  return item;
}
