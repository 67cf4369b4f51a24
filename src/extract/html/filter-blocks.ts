// Block-level clean-up of the article container: what Readability keeps but is not article text.
import { lineKey } from '../text/site-line-stats.js';
import { isChromeShape, shapeOf } from '../text/line-shape.js';
import type { TextBlock } from './dom-text.js';

const LINK_HEAVY_RATIO = Number(process.env.SW_LINK_RATIO ?? 0.6);
const LINK_HEAVY_MAX_WORDS = Number(process.env.SW_LINK_WORDS ?? 30);
const SHORT_WORDS = 12;
// a link written out as text is content (a source, a reference), not navigation
const URL_TEXT = /(https?:\/\/|www\.)\S+/i;

export function filterBlocks(blocks: TextBlock[], title: string | undefined, ownUrls: string[] = []): string[] {
  const titleKey = title ? lineKey(title) : '';
  const own = new Set(ownUrls.map((u) => u.replace(/[?#].*$/, '').replace(/\/$/, '')));
  const off = (process.env.SW_OFF ?? '').split(',');
  return blocks
    .filter((b, i) => {
      const shape = shapeOf(b.text);
      if (
        !off.includes('link') &&
        b.linkChars / b.text.length >= LINK_HEAVY_RATIO &&
        shape.wordCount < LINK_HEAVY_MAX_WORDS &&
        !shape.endsSentence &&
        !URL_TEXT.test(b.text)
      )
        return false;
      if (!off.includes('title') && i < 5 && titleKey && sameHeading(lineKey(b.text), titleKey)) return false;
      if (own.has(b.text.replace(/[?#].*$/, '').replace(/\/$/, ''))) return false; // the page's own address printed for sharing
      if (!off.includes('shape') && shape.wordCount <= SHORT_WORDS && isChromeShape(shape)) return false;
      return true;
    })
    .map((b) => b.text);
}

/** The block is the title, give or take a site name or a kicker ("BREAKING NEWS: ..."). */
function sameHeading(block: string, title: string): boolean {
  if (!block) return false;
  if (block === title) return true;
  const [short, long] = block.length < title.length ? [block, title] : [title, block];
  return long.includes(short) && short.length >= 0.6 * long.length;
}
