// Bounded, script-free parsing of untrusted HTML. linkedom never runs scripts or loads
// resources; the caps keep huge or adversarial pages from costing unbounded time.
import { parseHTML } from 'linkedom';

/** Characters of HTML read at most; the rest of a longer page is ignored. */
export const MAX_HTML_CHARS = 4_000_000;
/** Elements above which the page is handled by the cheap extraction path only. */
export const MAX_ELEMENTS = 60_000;
/** Nesting depth above which the page is handled by the cheap extraction path only. */
export const MAX_DEPTH = 400;

export interface ParsedHtml {
  document: Document;
  elementCount: number;
  maxDepth: number;
}

export function parseBoundedHtml(html: string): ParsedHtml {
  let source = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  // linkedom needs a document element to hang head and body on
  if (!/<html[\s>]/i.test(source.slice(0, 5000))) source = `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  const { document } = parseHTML(source) as unknown as { document: Document };
  const { count, depth } = measure(document.documentElement);
  return { document, elementCount: count, maxDepth: depth };
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
