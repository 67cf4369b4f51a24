// Bounded, script-free parsing of untrusted HTML. linkedom never runs scripts or loads
// resources; the caps keep huge or adversarial pages from costing unbounded time.
import { parseHTML } from 'linkedom';

/** Characters of HTML read at most; the rest of a longer page is ignored. */
export const MAX_HTML_CHARS = 3_000_000;
/** Characters parsed at most, once scripts, styles and comments are gone. */
export const MAX_PARSED_CHARS = 1_500_000;
/** Tags parsed at most: the page is cut before the next one. */
export const MAX_TAGS = 30_000;
/** Nesting depth above which the page is handled by the cheap extraction path only. */
export const MAX_DEPTH = 400;
/** Elements above which Readability (superlinear on large flat pages) is skipped for the cheap path. */
export const MAX_ELEMENTS = 8_000;

export interface ParsedHtml {
  document: Document;
  elementCount: number;
  maxDepth: number;
  /** Where the page was cut to fit the caps, in words; undefined when it was read whole. */
  cut?: string;
}

const DROPPED_ELEMENTS = /<(script|style|svg|template)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?-->/g;

export function parseBoundedHtml(html: string): ParsedHtml {
  let cut = html.length > MAX_HTML_CHARS ? `read up to character ${MAX_HTML_CHARS} of ${html.length}` : undefined;
  let source = cut ? html.slice(0, MAX_HTML_CHARS) : html;
  // JSON-LD stays: it is data, read as text, never run
  source = source.replace(COMMENTS, '').replace(DROPPED_ELEMENTS, (whole, tag: string, attrs: string) =>
    tag.toLowerCase() === 'script' && /application\/ld\+json/i.test(attrs) ? whole : '',
  );
  if (!cut && source.length > MAX_PARSED_CHARS) cut = `${MAX_PARSED_CHARS} characters of markup parsed of ${source.length} once scripts and styles were removed`;
  const bounded = cutAtTag(source.length > MAX_PARSED_CHARS ? source.slice(0, MAX_PARSED_CHARS) : source, MAX_TAGS);
  if (!cut && bounded.length < source.length) cut = `${MAX_TAGS} tags parsed, the rest from character ${bounded.length} of the markup left out`;
  source = bounded;
  // linkedom needs a document element to hang head and body on
  if (!/<html[\s>]/i.test(source.slice(0, 5000))) source = `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  const { document } = parseHTML(source) as unknown as { document: Document };
  const { count, depth } = measure(document.documentElement);
  return { document, elementCount: count, maxDepth: depth, ...(cut ? { cut } : {}) };
}

function cutAtTag(source: string, maxTags: number): string {
  const tag = /<[a-zA-Z]/g;
  let n = 0;
  while (tag.exec(source)) {
    if (++n > maxTags) return source.slice(0, tag.lastIndex - 2);
  }
  return source;
}

function measure(root: Element | null): { count: number; depth: number } {
  if (!root) return { count: 0, depth: 0 };
  let count = 0;
  let depth = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    count++;
    if (d > depth) depth = d;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return { count, depth };
}
