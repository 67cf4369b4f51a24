// HTML page to article: metadata from the head, body text from the article container.
import { Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../../core/model.js';
import { joinParagraphs } from '../text/whitespace.js';
import { blocksOf, paragraphsOf, type TextBlock } from './dom-text.js';
import { filterBlocks } from './filter-blocks.js';
import { readMetadata } from './metadata.js';
import { toIsoDate } from '../published-date.js';
import { pruneChrome, removeInlineLinkClusters, removeNonContent } from './prune-chrome.js';
import { MAX_DEPTH, MAX_ELEMENTS, parseBoundedHtml } from './parse-html.js';

export interface ExtractHtmlOptions {
  /** Address of the page: resolves relative canonical links. */
  url?: string;
  /** Told where a page over the size caps was cut (the rest is not read). */
  onTruncated?: (detail: string) => void;
}

const FALLBACK_BELOW_CHARS = 250;

export function extractHtml(html: string, options: ExtractHtmlOptions = {}): ExtractedArticle {
  const { document, elementCount, maxDepth, cut } = parseBoundedHtml(html);
  if (cut) options.onTruncated?.(cut);
  const meta = readMetadata(document, options.url);
  const tooBig = elementCount > MAX_ELEMENTS || maxDepth > MAX_DEPTH;
  let paragraphs: string[] = [];
  let fromReadability: { title?: string; byline?: string; siteName?: string; publishedTime?: string } = {};
  if (!tooBig) {
    if (document.body) {
      pruneChrome(document.body);
      removeInlineLinkClusters(document.body);
    }
    const result = readability(document);
    if (result?.content) paragraphs = filterBlocks(blocksOf(result.content), meta.title ?? result.title ?? undefined, [options.url, meta.canonicalUrl].filter((u): u is string => !!u));
    fromReadability = {
      title: result?.title ?? undefined,
      byline: result?.byline ?? undefined,
      siteName: result?.siteName ?? undefined,
      publishedTime: result?.publishedTime ?? undefined,
    };
  }
  const found = joinParagraphs(paragraphs).length;
  if (found < FALLBACK_BELOW_CHARS) {
    // Readability finds nothing in pages too big for it or odd markup, and keeps menus of tiny
    // pages; a page it has not touched is reused rather than parsed again
    const fallback = filterBlocks(fallbackBlocks(tooBig ? document : parseBoundedHtml(html).document), meta.title, []);
    // ...but a short article it did find beats a page of leftovers
    if (found === 0 || joinParagraphs(fallback).length <= 3 * found) paragraphs = fallback;
  }
  // the publisher's own copy of the body, for pages whose markup hides it (rendered by scripts)
  const declaredBody = meta.jsonLd.articleBody;
  if (declaredBody && joinParagraphs(paragraphs).length < FALLBACK_BELOW_CHARS && declaredBody.length > joinParagraphs(paragraphs).length) {
    paragraphs = /<[a-z][^>]*>/i.test(declaredBody) ? htmlParagraphs(declaredBody) : declaredBody.split(/\n+/);
  }
  const text = joinParagraphs(paragraphs);
  const published = meta.published ?? (fromReadability.publishedTime ? toIsoDate(fromReadability.publishedTime) : undefined);
  const author = meta.author ?? cleanByline(fromReadability.byline);
  const site = meta.site ?? fromReadability.siteName?.trim();
  return {
    title: (meta.title ?? fromReadability.title ?? '').replace(/\s+/g, ' ').trim(),
    text,
    ...(published ? { published } : {}),
    ...(author ? { author } : {}),
    ...(site ? { site } : {}),
    ...(meta.langHint ? { langHint: meta.langHint } : {}),
    ...(meta.canonicalUrl ? { canonicalUrl: meta.canonicalUrl } : {}),
  };
}

function htmlParagraphs(html: string): string[] {
  const { body } = parseBoundedHtml(html).document;
  return body ? paragraphsOf(body) : [];
}

type ReadabilityResult = ReturnType<Readability<Node>['parse']>;

/** Readability on markup it was not written for can throw; the fallback path then takes over. */
function readability(document: Document): ReadabilityResult {
  try {
    return new Readability<Node>(document, { serializer: (n) => n }).parse();
  } catch {
    return null;
  }
}

/** "By Jane Roe" -> "Jane Roe"; long or dated bylines are not names. */
function cleanByline(byline: string | undefined): string | undefined {
  const t = byline?.replace(/\s+/g, ' ').replace(/^(by|von|par|por|di)\s+/i, '').trim();
  return t && t.length <= 100 && !/\d/.test(t) ? t : undefined;
}

/** When Readability finds nothing (short pages, fragments, odd markup): the page's text without its chrome. */
function fallbackBlocks(document: Document): TextBlock[] {
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  if (!root) return [];
  removeNonContent(root);
  pruneChrome(root);
  return blocksOf(root);
}
