// Block-level clean-up of the article container: what Readability keeps but is not article text.
import { lineKey } from '../text/site-line-stats.js';
import { isChromeShape, shapeOf, type LineShape } from '../text/line-shape.js';
import type { TextBlock } from './dom-text.js';

/** Share of a block's text in links above which an unpunctuated block is navigation. */
const LINK_HEAVY_RATIO = 0.6;
const LINK_HEAVY_MAX_WORDS = 60;
const SHORT_WORDS = 12;
const HEADING_WORDS = 6;
// a link written out as text is content (a source, a reference), not navigation
const URL_TEXT = /(https?:\/\/|www\.)\S+/i;

type Verdict = 'keep' | 'links' | 'chrome';

export function filterBlocks(blocks: TextBlock[], title: string | undefined, ownUrls: string[] = []): string[] {
  const titleKey = title ? lineKey(title) : '';
  const own = new Set(ownUrls.map(bareUrl));
  const shapes = blocks.map((b) => shapeOf(b.text));
  const verdicts: Verdict[] = blocks.map((b, i) => {
    const shape = shapes[i];
    if (isLinkList(b, shape)) return 'links';
    if (i < 5 && titleKey && sameHeading(lineKey(b.text), titleKey)) return 'chrome';
    if (own.has(bareUrl(b.text))) return 'chrome'; // the page's own address printed for sharing
    if (shape.wordCount <= SHORT_WORDS && isChromeShape(shape)) return 'chrome';
    return 'keep';
  });
  // "More stories", "Tags", "Don't miss": a short heading whose list was dropped goes with it
  for (let i = verdicts.length - 2; i >= 0; i--) {
    if (verdicts[i] === 'keep' && verdicts[i + 1] === 'links' && isHeadingLike(shapes[i])) verdicts[i] = 'links';
  }
  return blocks.filter((_, i) => verdicts[i] === 'keep').map((b) => b.text);
}

function isLinkList(b: TextBlock, shape: LineShape): boolean {
  return (
    b.linkChars / b.text.length >= LINK_HEAVY_RATIO &&
    shape.wordCount < LINK_HEAVY_MAX_WORDS &&
    !shape.endsSentence &&
    !URL_TEXT.test(b.text)
  );
}

function isHeadingLike(shape: LineShape): boolean {
  return shape.wordCount <= HEADING_WORDS && !/[.!?。！？]['"’”»)]*$/u.test(shape.text);
}

function bareUrl(u: string): string {
  return u.replace(/[?#].*$/, '').replace(/\/$/, '');
}

/** The block is the title, give or take a site name or a kicker ("BREAKING NEWS: ..."). */
function sameHeading(block: string, title: string): boolean {
  if (!block) return false;
  if (block === title) return true;
  const [short, long] = block.length < title.length ? [block, title] : [title, block];
  return long.includes(short) && short.length >= 0.6 * long.length;
}
