// The one entry point of the extract stage: a decoded document in, a clean article out.
import type { ExtractedArticle, RawDocument } from '../core/model.js';
import { StoryweaveError } from '../core/errors.js';
import { extractHtml } from './html/extract-html.js';
import { normalizeLang, safeHttpUrl } from './html/metadata.js';
import { toIsoDate } from './published-date.js';
import { cleanPlainText, stripUnbalancedQuotes } from './text/clean-plain-text.js';
import type { SiteLineStats } from './text/site-line-stats.js';

export interface ExtractDocumentOptions {
  /**
   * Short-line counts for the document's site. Plain-text documents are counted into it before
   * cleaning, so a stream of documents from one site teaches it that site's chrome.
   */
  siteLines?: SiteLineStats;
  /** Told where a document over the size caps was cut: the article is made from what comes before. */
  onTruncated?: (detail: string) => void;
}

export function extractDocument(doc: RawDocument, options: ExtractDocumentOptions = {}): ExtractedArticle {
  const known = knownTitle(doc.title);
  let found: ExtractedArticle;
  if (doc.format === 'html' || (doc.format === 'record' && doc.bodyIsHtml)) {
    found = extractHtml(doc.body, { url: doc.url, onTruncated: options.onTruncated });
    if (options.siteLines) found = { ...found, text: withoutSiteBoilerplate(found.text, options.siteLines) };
  } else {
    if (doc.format === 'text') options.siteLines?.observe(doc.body);
    found = cleanPlainText(doc.body, {
      siteLines: options.siteLines,
      title: known,
      mode: doc.format === 'record' ? 'gentle' : 'full',
      onTruncated: options.onTruncated,
    });
  }
  const title = known ?? found.title;
  if (!found.text.trim()) {
    throw new StoryweaveError('SW_INPUT_NO_ARTICLE', title ? `only a title was found: ${title.slice(0, 80)}` : undefined, doc.source);
  }
  const published = (doc.published && (toIsoDate(doc.published) ?? doc.published.trim())) || found.published;
  const author = doc.author?.trim() || found.author;
  const site = doc.site?.trim() || found.site || hostOf(doc.url);
  const langHint = normalizeLang(doc.lang) ?? found.langHint;
  const canonicalUrl = found.canonicalUrl ?? (doc.url ? safeHttpUrl(doc.url) : undefined);
  return {
    title,
    text: found.text,
    ...(published ? { published } : {}),
    ...(author ? { author } : {}),
    ...(site ? { site } : {}),
    ...(langHint ? { langHint } : {}),
    ...(canonicalUrl ? { canonicalUrl } : {}),
  };
}

/** Paragraphs the site repeats in many of its pages (a desk signature, a subscription pitch). */
function withoutSiteBoilerplate(text: string, siteLines: SiteLineStats): string {
  siteLines.observe(text.replace(/\n\n/g, '\n'));
  return text
    .split('\n\n')
    .filter((p) => !siteLines.isBoilerplate(p))
    .join('\n\n');
}

function knownTitle(title: string | undefined): string | undefined {
  const t = title?.replace(/\s+/g, ' ').trim();
  return t ? stripUnbalancedQuotes(t) : undefined;
}

function hostOf(url: string | undefined): string | undefined {
  const safe = url ? safeHttpUrl(url) : undefined;
  return safe ? new URL(safe).hostname.replace(/^www\./, '') : undefined;
}
