// Removes page chrome (navigation, share widgets, related links, ads, comment forms) by tag,
// ARIA role and class/id vocabulary. An element holding most of the page's text is never removed,
// whatever its class says (pages put "comments" or "sidebar" on the body or main wrapper).
import { NON_CONTENT } from './dom-text.js';

/** Chrome by their very tag, whatever they hold. */
const CHROME_TAGS = new Set(['nav', 'footer', 'dialog', 'figcaption']);
/** Chrome usually, but some sites wrap the whole page in them (ASP.NET forms). */
const WEAK_CHROME_TAGS = new Set(['aside', 'form']);
const CHROME_ROLES = /^(navigation|banner|contentinfo|complementary|search|dialog|alertdialog|menu|menubar|toolbar)$/i;
const CHROME_CLASS =
  /(^|[\s_-])(share|sharing|social|related|recommend(ed|ations)?|promo|advert(isement)?|ads?|ad-slot|sponsor(ed)?|newsletter|subscribe|subscription|signup|cookie|consent|breadcrumbs?|pagination|pager|popup|modal|sidebar|widget|outbrain|taboola|comments?|disqus|respond|reply|rating|tags|tag-list|author-bio|more-stories|read-more|trending|most-popular|paywall|print-only|skip-link|jump-link|caption|credits?|image-credit|photo-credit|gallery|slideshow|byline|dateline|timestamp|post-meta|entry-meta|article-meta)($|[\s_-])/i;
/** Distinctive enough to count inside longer class names (`newsCaption`, `dpsp-share-buttons`). */
const CHROME_CLASS_PART = /(caption|byline|tooltip|popover|hovercard|newsletter|breadcrumb|share-?(bar|buttons?|tools|links|icons?)|social-?(share|links|icons?|buttons?))/i;
const KEEP_CLASS = /(^|[\s_-])(article|story|post|entry|content|body|main|text)[\s_-]*(body|content|text)?($|[\s_-])/i;

export interface PruneOptions {
  /** Share of the page text an element may hold and still be removed. */
  maxTextShare?: number;
}

export function removeNonContent(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(Array.from(NON_CONTENT).join(',')))) el.remove();
}

export function pruneChrome(root: Element, options: PruneOptions = {}): void {
  const maxShare = options.maxTextShare ?? 0.35;
  const total = Math.max(1, textLength(root));
  const candidates: Array<[Element, 'strong' | 'weak']> = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const kind = chromeKind(el);
    if (kind) candidates.push([el, kind]);
  }
  for (const [el, kind] of candidates) {
    if (!el.parentNode) continue;
    if (kind === 'weak' && textLength(el) / total > maxShare) continue;
    el.remove();
  }
}

function chromeKind(el: Element): 'strong' | 'weak' | undefined {
  const tag = el.localName;
  if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article') return undefined;
  if (CHROME_TAGS.has(tag)) return 'strong';
  if (WEAK_CHROME_TAGS.has(tag)) return 'weak';
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.test(role)) return 'weak';
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!names.trim()) return undefined;
  return (CHROME_CLASS.test(names) || CHROME_CLASS_PART.test(names)) && !KEEP_CLASS.test(names) ? 'weak' : undefined;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').length;
}

const MAX_INLINE_CHECKS = 3000;

/**
 * Inline boxes inside a paragraph that hold nothing but several links are pop-up cards
 * (hover previews of a person, "more on this" clusters): the paragraph's own words stay.
 */
export function removeInlineLinkClusters(root: Element): void {
  // innermost first, so a link that is part of the sentence (the name the card is about) stays
  const spans = Array.from(root.querySelectorAll('p span')).slice(0, MAX_INLINE_CHECKS).reverse();
  for (const span of spans) {
    if (!span.parentNode) continue;
    const links = span.querySelectorAll('a');
    if (links.length < 3) continue;
    const total = textLength(span);
    let linked = 0;
    for (const a of Array.from(links)) linked += textLength(a);
    if (total > 0 && linked / total >= 0.9) span.remove();
  }
}
