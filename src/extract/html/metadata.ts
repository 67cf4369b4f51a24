// Article metadata from the page head: <meta> (Open Graph, article:, Dublin Core), <html lang>,
// <link rel=canonical>, JSON-LD.
import { readJsonLd, type JsonLdArticle } from './json-ld.js';
import { toIsoDate } from '../published-date.js';

export interface PageMetadata {
  title?: string;
  published?: string;
  author?: string;
  site?: string;
  langHint?: string;
  canonicalUrl?: string;
  jsonLd: JsonLdArticle;
}

export function readMetadata(document: Document, url?: string): PageMetadata {
  const meta = metaIndex(document);
  const jsonLd = readJsonLd(document);
  const pick = (...keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v);
  const site = pick('og:site_name', 'application-name') ?? jsonLd.publisher;
  const declared = jsonLd.headline ?? pick('og:title', 'twitter:title', 'dc.title');
  const title = declared ? withoutSiteName(declared, site) : pageTitle(document, site);
  const published = [
    jsonLd.datePublished,
    pick('article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date'),
    document.querySelector('article time[datetime], time[pubdate]')?.getAttribute('datetime') ?? undefined,
  ]
    .map((d) => (d ? toIsoDate(d) : undefined))
    .find((d) => d);
  const authorMeta = pick('author', 'article:author', 'dc.creator', 'parsely-author');
  const author = jsonLd.author ?? (authorMeta && !/^https?:\/\//i.test(authorMeta) ? authorMeta : undefined);
  const langHint = normalizeLang(
    document.documentElement?.getAttribute('lang') ??
      document.documentElement?.getAttribute('xml:lang') ??
      pick('content-language', 'og:locale', 'dc.language') ??
      jsonLd.inLanguage,
  );
  const canonicalRaw = document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? pick('og:url') ?? undefined;
  return {
    title: clean(title),
    published,
    author: clean(author),
    site: clean(site),
    langHint,
    canonicalUrl: canonicalRaw ? safeHttpUrl(canonicalRaw, url) : undefined,
    jsonLd,
  };
}

function metaIndex(document: Document): Map<string, string> {
  const index = new Map<string, string>();
  for (const m of Array.from(document.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv'))?.trim().toLowerCase();
    const content = m.getAttribute('content')?.trim();
    if (key && content && !index.has(key)) index.set(key, content);
  }
  return index;
}

const TITLE_SEPARATOR = /\s+[|\-–—:·•»]+\s+|\s*[_｜]\s*|\s+::\s+/;

/** `<title>` names the site too: keep the part that is the page's own heading; without one, the article's `<h1>`. */
function pageTitle(document: Document, site: string | undefined): string | undefined {
  const raw = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  if (!raw) return firstHeading(document);
  const headings = Array.from(document.querySelectorAll('h1, h2'))
    .slice(0, 20)
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((h) => h.length >= 8);
  const heading = headings.find((h) => raw.startsWith(h) || raw.endsWith(h));
  if (heading) return heading;
  return withoutSiteName(raw, site);
}

function firstHeading(document: Document): string | undefined {
  const inArticle = Array.from(document.querySelectorAll('article h1, main h1'));
  for (const h1 of [...inArticle, ...Array.from(document.querySelectorAll('h1'))].slice(0, 20)) {
    const text = (h1.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return undefined;
}

function withoutSiteName(title: string, site: string | undefined): string {
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title;
  const siteKey = site?.toLowerCase().replace(/\s+/g, ' ').trim();
  const kept = parts.filter((p) => p.toLowerCase() !== siteKey);
  if (kept.length < parts.length && kept.length > 0 && kept.length === 1) return kept[0];
  return title;
}

function clean(s: string | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 1000) : undefined;
}

/** BCP-47-ish tag: `en_US` -> `en-US`; anything odd is dropped. */
export function normalizeLang(raw: string | null | undefined): string | undefined {
  const t = raw?.trim().replace(/_/g, '-').split(/[,;\s]/)[0];
  if (!t || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(t)) return undefined;
  const [lang, ...rest] = t.split('-');
  return [lang.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}

/** Absolute http(s) URL or nothing: `javascript:` and other schemes never leave extraction. */
export function safeHttpUrl(raw: string, base?: string): string | undefined {
  try {
    const u = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
