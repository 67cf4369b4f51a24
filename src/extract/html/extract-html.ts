// HTML page to article: metadata from the head, body text from the article container.
import { Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../../core/model.js';
import { joinParagraphs } from '../text/whitespace.js';
import { blocksOf, type TextBlock } from './dom-text.js';
import { filterBlocks } from './filter-blocks.js';
import { readMetadata } from './metadata.js';
import { pruneChrome, removeInlineLinkClusters, removeNonContent } from './prune-chrome.js';
import { MAX_DEPTH, MAX_ELEMENTS, parseBoundedHtml } from './parse-html.js';

export interface ExtractHtmlOptions {
  /** Address of the page: resolves relative canonical links. */
  url?: string;
}

const FALLBACK_BELOW_CHARS = 250;

export function extractHtml(html: string, options: ExtractHtmlOptions = {}): ExtractedArticle {
  const { document, elementCount, maxDepth } = parseBoundedHtml(html);
  const meta = readMetadata(document, options.url);
  const tooBig = elementCount > MAX_ELEMENTS || maxDepth > MAX_DEPTH;
  let paragraphs: string[] = [];
  let readabilityTitle: string | undefined;
  if (!tooBig) {
    if (document.body) {
      pruneChrome(document.body);
      removeInlineLinkClusters(document.body);
    }
    const result = new Readability<Node>(document, { serializer: (n) => n }).parse();
    if (result?.content) paragraphs = filterBlocks(blocksOf(result.content), meta.title ?? result.title ?? undefined, [options.url, meta.canonicalUrl].filter((u): u is string => !!u));
    readabilityTitle = result?.title ?? undefined;
  }
  if (joinParagraphs(paragraphs).length < FALLBACK_BELOW_CHARS) {
    // Readability keeps too much of tiny pages (menus included) or nothing at all
    // a page Readability has not touched is reused rather than parsed again
    paragraphs = filterBlocks(fallbackBlocks(tooBig ? document : parseBoundedHtml(html).document), meta.title, []);
  }
  // the publisher's own copy of the body, for pages whose markup hides it (rendered by scripts)
  const declaredBody = meta.jsonLd.articleBody;
  if (declaredBody && joinParagraphs(paragraphs).length < FALLBACK_BELOW_CHARS && declaredBody.length > joinParagraphs(paragraphs).length) {
    paragraphs = declaredBody.split(/\n+/);
  }
  const text = joinParagraphs(paragraphs);
  return {
    title: (meta.title ?? readabilityTitle ?? '').trim(),
    text,
    ...(meta.published ? { published: meta.published } : {}),
    ...(meta.author ? { author: meta.author } : {}),
    ...(meta.site ? { site: meta.site } : {}),
    ...(meta.langHint ? { langHint: meta.langHint } : {}),
    ...(meta.canonicalUrl ? { canonicalUrl: meta.canonicalUrl } : {}),
  };
}

/** When Readability finds nothing (short pages, fragments, odd markup): the page's text without its chrome. */
function fallbackBlocks(document: Document): TextBlock[] {
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  if (!root) return [];
  removeNonContent(root);
  pruneChrome(root);
  return blocksOf(root);
}
