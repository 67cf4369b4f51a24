// Block-level clean-up of the article container: what Readability keeps but is not article text.
import { lineKey } from '../text/site-line-stats.js';
import { isChromeShape, shapeOf } from '../text/line-shape.js';
import type { TextBlock } from './dom-text.js';

const LINK_HEAVY_RATIO = Number(process.env.SW_LINK_RATIO ?? 0.6);
const LINK_HEAVY_MAX_WORDS = Number(process.env.SW_LINK_WORDS ?? 30);
const SHORT_WORDS = 12;
// a link written out as text is content (a source, a reference), not navigation
const URL_TEXT = /(https?:\/\/|www\.)\S+/i;

export function filterBlocks(blocks: TextBlock[], title: string | undefined): string[] {
  const titleKey = title ? lineKey(title) : '';
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
      if (!off.includes('title') && i < 5 && titleKey && lineKey(b.text) === titleKey) return false;
      if (!off.includes('shape') && shape.wordCount <= SHORT_WORDS && isChromeShape(shape)) return false;
      return true;
    })
    .map((b) => b.text);
}
