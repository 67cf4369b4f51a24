// schema.org article data embedded as JSON-LD: the publisher's own statement of headline,
// date, author and often the whole body.

export interface JsonLdArticle {
  headline?: string;
  articleBody?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
  inLanguage?: string;
  url?: string;
}

const ARTICLE_TYPE = /(Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|Posting)$/;
const MAX_JSON_CHARS = 2_000_000;
const MAX_VISITED = 5_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function readJsonLd(document: Document): JsonLdArticle {
  const found: JsonLdArticle = {};
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_JSON_CHARS) continue;
    let data: Json;
    try {
      data = JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, '')) as Json;
    } catch {
      continue;
    }
    for (const node of articleNodes(data)) merge(found, node);
    if (found.articleBody && found.headline) break;
  }
  return found;
}

function articleNodes(root: Json): Array<{ [key: string]: Json }> {
  const out: Array<{ [key: string]: Json }> = [];
  const stack: Json[] = [root];
  let visited = 0;
  while (stack.length && visited++ < MAX_VISITED) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') {
      const types = ([] as Json[]).concat(v['@type'] ?? []).filter((t): t is string => typeof t === 'string');
      if (types.some((t) => ARTICLE_TYPE.test(t))) out.push(v);
      if (v['@graph']) stack.push(v['@graph']);
      if (v.mainEntity) stack.push(v.mainEntity);
    }
  }
  return out.reverse();
}

function merge(into: JsonLdArticle, node: { [key: string]: Json }): void {
  into.headline ??= str(node.headline) ?? str(node.name);
  into.articleBody ??= str(node.articleBody) ?? str(node.text);
  into.datePublished ??= str(node.datePublished) ?? str(node.dateCreated);
  into.author ??= names(node.author);
  into.publisher ??= names(node.publisher);
  into.inLanguage ??= str(node.inLanguage);
  into.url ??= str(node.url);
}

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

function names(v: Json | undefined): string | undefined {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const out = list
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' && !Array.isArray(a) ? str(a.name) : undefined))
    .filter((n): n is string => !!n && !/^https?:\/\//i.test(n));
  return out.length ? [...new Set(out)].join(', ') : undefined;
}
