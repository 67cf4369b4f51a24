// Plain-text articles as collected from the web: a title somewhere in the first lines, body
// paragraphs, and page chrome around them. Rules are about shape and position, not about words
// of one language, so they hold for any language and script.
import type { ExtractedArticle } from '../../core/model.js';
import { isChromeShape, shapeOf, type LineShape } from './line-shape.js';
import { lineKey, type SiteLineStats } from './site-line-stats.js';
import { guessStopwords, stopwordDensity } from './stopwords.js';
import { joinParagraphs, splitLines } from './whitespace.js';

export interface CleanPlainTextOptions {
  /** Counts of short lines across documents of the same site; frequent ones are dropped. */
  siteLines?: SiteLineStats;
  /** A title known from elsewhere: then the text is not searched for one, only cleaned of its repetitions. */
  title?: string;
  /**
   * `gentle` only drops lines that are chrome wherever they stand (counters, "read also" links,
   * repeated short lines, site boilerplate, the repeated title): for texts already cut to the
   * article, such as structured records.
   */
  mode?: 'full' | 'gentle';
}

const TITLE_SEARCH_LINES = 8;
const MAX_TITLE_WORDS = 40;
const MAX_TITLE_CHARS = 300;
const BODY_MIN_WORDS = 8;
const LINK_RUN_MIN = 3;
const LINK_LINE_MAX_WORDS = 14;

interface Line extends LineShape {
  key: string;
  chrome: boolean;
  body: boolean;
}

export function cleanPlainText(text: string, options: CleanPlainTextOptions = {}): ExtractedArticle {
  const lines = classify(splitLines(text), options.siteLines);
  if (lines.length === 0) return { title: options.title?.trim() ?? '', text: '' };

  let title = options.title?.trim() ?? '';
  let start = 0;
  if (!title) {
    const found = findTitle(lines);
    if (found) {
      title = found.title;
      start = found.next;
    }
  }
  const titleKey = lineKey(title);
  const gentle = options.mode === 'gentle';
  const end = gentle ? lines.length : findBodyEnd(lines, start);
  const kept = lines.slice(start, end);
  if (!gentle) dropLinkRuns(kept);
  const paragraphs = kept.filter((l) => !l.chrome && !(titleKey && l.key === titleKey)).map((l) => l.text);
  return { title: stripUnbalancedQuotes(title), text: joinParagraphs(paragraphs) };
}

function classify(texts: string[], siteLines: SiteLineStats | undefined): Line[] {
  const shapes = texts.map(shapeOf);
  const stopwords = guessStopwords(shapes.flatMap((s) => s.words).slice(0, 2000));
  const keyCounts = new Map<string, number>();
  const keys = texts.map(lineKey);
  for (const k of keys) keyCounts.set(k, (keyCounts.get(k) ?? 0) + 1);
  return shapes.map((shape, i) => {
    const key = keys[i];
    const short = shape.wordCount <= 6;
    const chrome =
      isChromeShape(shape) ||
      (short && (keyCounts.get(key) ?? 0) > 1) ||
      (siteLines?.isBoilerplate(shape.text) ?? false);
    const prose = !stopwords || shape.words.length < BODY_MIN_WORDS || stopwordDensity(shape.words, stopwords) >= 0.08;
    const body = !chrome && prose && shape.wordCount >= BODY_MIN_WORDS && (shape.endsSentence || shape.wordCount >= 30);
    return { ...shape, key, chrome, body };
  });
}

/**
 * The title is the fullest line before the first body paragraph: site names, section labels,
 * bylines and counters above or below it are shorter or chrome-shaped.
 */
function findTitle(lines: Line[]): { title: string; next: number } | undefined {
  const firstBody = lines.findIndex((l) => l.body);
  const limit = Math.min(firstBody < 0 ? lines.length : firstBody, TITLE_SEARCH_LINES);
  let best = -1;
  for (let i = 0; i < limit; i++) {
    const l = lines[i];
    if (l.chrome || l.wordCount > MAX_TITLE_WORDS || l.text.length > MAX_TITLE_CHARS) continue;
    if (l.endsSentence && l.wordCount > 15) continue; // a paragraph, not a heading
    if (best < 0 || l.wordCount > lines[best].wordCount) best = i;
  }
  if (best < 0 && lines.length > 1 && lines[0].text.length <= MAX_TITLE_CHARS && !lines[0].chrome) best = 0;
  if (best < 0) return undefined;
  // short lines left between the title and the first paragraph are bylines, dates, labels
  const next = firstBody > best ? firstBody : best + 1;
  return { title: lines[best].text, next };
}

/**
 * Where the article stops: before a run of listing items (headline, teaser, "N minutes ago"),
 * and after the last body paragraph only short statements may follow (not prompts, forms, names).
 */
function findBodyEnd(lines: Line[], start: number): number {
  let end = lines.length;
  const timeAgo = lines.map((l, i) => (i >= start && l.countOrTimeAgo ? i : -1)).filter((i) => i >= 0);
  if (timeAgo.length >= 2) {
    let cut = timeAgo[0];
    while (cut > start && !lines[cut - 1].body) cut--;
    end = cut;
  }
  let lastBody = -1;
  for (let i = end - 1; i >= start; i--) {
    if (lines[i].body) {
      lastBody = i;
      break;
    }
  }
  if (lastBody < 0) return end;
  let tail = lastBody + 1;
  while (tail < end && isClosingStatement(lines[tail])) tail++;
  return tail;
}

function isClosingStatement(l: Line): boolean {
  return !l.chrome && l.wordCount >= 3 && /[.。]['"’”»)\]]*$/u.test(l.text) && !l.endsEllipsis;
}

/** Runs of short lines without sentence punctuation are menus or lists of links. */
function dropLinkRuns(lines: Line[]): void {
  let runStart = 0;
  const flush = (end: number) => {
    if (end - runStart >= LINK_RUN_MIN) for (let j = runStart; j < end; j++) lines[j].chrome = true;
  };
  for (let i = 0; i <= lines.length; i++) {
    const l = lines[i];
    const linkLike = l !== undefined && !l.body && !l.endsSentence && l.wordCount <= LINK_LINE_MAX_WORDS;
    if (!linkLike) {
      flush(i);
      runStart = i + 1;
    }
  }
}

const QUOTE_PAIRS: Array<[string, string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
  ['„', '“'],
  ['「', '」'],
];

/** Drops a closing quote left over at the end of a title whose opening quote was lost, and vice versa. */
export function stripUnbalancedQuotes(title: string): string {
  let t = title.trim();
  for (const [open, close] of QUOTE_PAIRS) {
    if (t.endsWith(close) && !t.slice(0, -close.length).includes(open) && open !== close) t = t.slice(0, -close.length).trimEnd();
    if (t.startsWith(open) && !t.slice(open.length).includes(close)) t = t.slice(open.length).trimStart();
  }
  const straight = t.match(/"/g)?.length ?? 0;
  if (straight % 2 === 1) t = t.replace(/^"|"$/g, '').trim();
  return t;
}
