// DOM to paragraphs, iteratively (deep documents must not overflow the stack).

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose content is never article text. */
export const NON_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select',
  'textarea', 'button', 'input', 'option', 'video', 'audio', 'map', 'head', 'link', 'meta',
]);

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

export interface TextBlock {
  text: string;
  /** Characters of the block inside links. */
  linkChars: number;
  /** Tag of the innermost block element holding the text. */
  tag: string;
}

/** The text of an element as paragraphs, whitespace normalised, one entry per block. */
export function paragraphsOf(root: Node): string[] {
  return blocksOf(root).map((b) => b.text);
}

type Step = Node | { exit: string };

/** Text blocks of an element with how much of each is link text. */
export function blocksOf(root: Node): TextBlock[] {
  const out: TextBlock[] = [];
  let current = '';
  let linkText = '';
  let linkDepth = 0;
  const blockTags: string[] = ['body'];
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) out.push({ text, linkChars: Math.min(text.length, linkText.replace(/\s+/g, ' ').trim().length), tag: blockTags[blockTags.length - 1] });
    current = '';
    linkText = '';
  };
  const stack: Step[] = [root];
  while (stack.length) {
    const step = stack.pop()!;
    if ('exit' in step) {
      if (step.exit === 'a') linkDepth--;
      else {
        flush();
        blockTags.pop();
      }
      continue;
    }
    const node = step;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      current += v;
      if (linkDepth > 0) linkText += v;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (NON_CONTENT.has(tag) || isHidden(el)) continue;
      if (BLOCK.has(tag)) {
        flush();
        blockTags.push(tag);
        stack.push({ exit: tag });
      } else if (tag === 'a') {
        linkDepth++;
        stack.push({ exit: 'a' });
      }
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush();
  return out;
}
