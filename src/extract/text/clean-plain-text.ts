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
  /** Told where a text over MAX_TEXT_CHARS was cut (the rest is not read). */
  onTruncated?: (detail: string) => void;
}

/** Characters of text read at most; an article is far shorter, the rest of a longer input is ignored. */
export const MAX_TEXT_CHARS = 2_000_000;
const TITLE_SEARCH_LINES = 8;
const MAX_TITLE_WORDS = 40;
const MAX_TITLE_CHARS = 300;
/** Site names and section labels above a title are this short. */
const LABEL_MAX_WORDS = 3;
const BODY_MIN_WORDS = 8;
const LINK_RUN_MIN = 3;
const LINK_LINE_MAX_WORDS = 8;
/** Lines this full are text (a lede, a last sentence missing its period), not labels or bylines. */
const FULL_LINE_WORDS = 10;

interface Line extends LineShape {
  key: string;
  /** Chrome by its shape alone (counters, dates, bylines...), pipe lists aside. */
  chromeShape: boolean;
  siteBoilerplate: boolean;
  /** Stop-word density of running text (or unknown). */
  prose: boolean;
  chrome: boolean;
  body: boolean;
}

export function cleanPlainText(text: string, options: CleanPlainTextOptions = {}): ExtractedArticle {
  const bounded = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
  if (bounded !== text) options.onTruncated?.(`read up to character ${MAX_TEXT_CHARS} of ${text.length}`);
  const lines = classify(mergeContinuations(splitLines(unwrapHardWrapped(bounded))), options.siteLines);
  if (lines.length === 0) return { title: options.title?.trim() ?? '', text: '' };

  const gentle = options.mode === 'gentle';
  let title = options.title?.trim() ?? '';
  let start = 0;
  const found = gentle && title ? undefined : findTitle(lines);
  if (found && !title) {
    title = found.title;
    start = found.next;
  } else if (found && lineKey(found.title) === lineKey(title)) {
    start = found.next; // the known title heads the text too: what stands above it is labels
  }
  const titleKey = lineKey(title);
  const end = gentle ? lines.length : findBodyEnd(lines, start);
  const kept = lines.slice(start, end);
  if (!gentle) dropLinkRuns(kept);
  const paragraphs = kept.filter((l) => !l.chrome && !(titleKey && l.key === titleKey)).map((l) => l.text);
  return { title: stripUnbalancedQuotes(title), text: joinParagraphs(paragraphs) };
}

const WRAPPED_MIN_LINES = 3;
const WRAPPED_MIN_CHARS = 35;

/**
 * Text hard-wrapped at a fixed width (mail, wire copy) breaks sentences across lines: a block of
 * long lines that mostly do not end a sentence is one paragraph.
 */
function unwrapHardWrapped(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => {
      const rows = block.split(/\r?\n/).map((r) => r.trim()).filter(Boolean);
      if (rows.length < 2) return block;
      const inner = rows.slice(0, -1);
      return rows.length >= WRAPPED_MIN_LINES && inner.filter(isCut).length / inner.length >= 0.6 ? rows.join(' ') : block;
    })
    .join('\n\n');
}

function isCut(line: string): boolean {
  return line.length >= WRAPPED_MIN_CHARS && !shapeOf(line).endsSentence;
}

/** A line that goes on in lower case continues the full line before it, blank line or not. */
function mergeContinuations(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    // never onto the first line: a headline above a lede that starts in lower case ("dpa Berlin ...")
    if (out.length > 1 && /^\p{Ll}/u.test(line) && isCut(out[out.length - 1])) out[out.length - 1] += ` ${line}`;
    else out.push(line);
  }
  return out;
}

function classify(texts: string[], siteLines: SiteLineStats | undefined): Line[] {
  const shapes = texts.map(shapeOf);
  const stopwords = guessStopwords(shapes.flatMap((s) => s.words).slice(0, 2000));
  const keyCounts = new Map<string, number>();
  const keys = texts.map(lineKey);
  for (const k of keys) keyCounts.set(k, (keyCounts.get(k) ?? 0) + 1);
  return shapes.map((shape, i) => {
    const key = keys[i];
    const chromeShape = isChromeShape({ ...shape, pipeList: false });
    const siteBoilerplate = siteLines?.isBoilerplate(shape.text) ?? false;
    const repeated = shape.wordCount <= 6 && (keyCounts.get(key) ?? 0) > 1;
    const chrome = chromeShape || shape.pipeList || repeated || siteBoilerplate;
    const prose = !stopwords || shape.words.length < BODY_MIN_WORDS || stopwordDensity(shape.words, stopwords) >= 0.08;
    const body = !chrome && prose && shape.wordCount >= BODY_MIN_WORDS && (shape.endsSentence || shape.wordCount >= 30);
    return { ...shape, key, chromeShape, siteBoilerplate, prose, chrome, body };
  });
}

function findTitle(lines: Line[]): { title: string; next: number } | undefined {
  const firstBody = lines.findIndex((l) => l.body);
  if (firstBody < 0) {
    // no line reads as prose: the first meaningful line is the title, the fuller ones are text
    const first = lines.findIndex(isTitleLike);
    return first >= 0 && lines.length > 1 ? { title: titleText(lines[first]), next: first + 1 } : undefined;
  }
  const candidates: number[] = [];
  for (let i = 0; i < Math.min(firstBody, TITLE_SEARCH_LINES); i++) if (isTitleLike(lines[i])) candidates.push(i);
  if (candidates.length === 0) {
    // a headline that happens to end like a sentence ("... in a week?") above a fuller paragraph
    const [a, b] = lines;
    if (firstBody === 0 && b && a.wordCount <= 20 && a.text.length <= 200 && (b.wordCount > a.wordCount || /[?!？！]$/u.test(a.text))) return { title: titleText(a), next: 1 };
    return undefined;
  }
  const most = Math.max(...candidates.map((i) => lines[i].wordCount));
  const pick =
    candidates.find((i) => lines[i].wordCount > LABEL_MAX_WORDS && lines[i].wordCount >= Math.min(most / 2, 6)) ??
    candidates.find((i) => lines[i].wordCount === most)!;
  // short lines left between the title and the first paragraph are bylines, dates, labels; a
  // full one is the lede
  for (let i = pick + 1; i < firstBody; i++) if (lines[i].wordCount < FULL_LINE_WORDS) lines[i].chrome = true;
  return { title: titleText(lines[pick]), next: pick + 1 };
}

function isTitleLike(l: Line): boolean {
  if (l.chromeShape || l.siteBoilerplate || l.wordCount === 0) return false;
  if (l.wordCount > MAX_TITLE_WORDS || l.text.length > MAX_TITLE_CHARS) return false;
  return !(l.endsSentence && l.wordCount > 15); // a paragraph, not a heading
}

/** "Headline | Site name": the fullest segment. */
function titleText(l: Line): string {
  if (!l.pipeList) return l.text;
  const parts = l.text.split(/\s*[|｜]\s*/).filter(Boolean);
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * Where the article stops: before a run of listing items (headline, teaser, "N minutes ago"),
 * and after the last body paragraph only short statements may follow (not prompts, forms, names).
 */
function findBodyEnd(lines: Line[], start: number): number {
  let end = lines.length;
  // counters above the text ("2,345 views") are not a listing
  const firstBody = lines.findIndex((l, i) => i >= start && l.body);
  const timeAgo = lines.map((l, i) => (firstBody >= 0 && i > firstBody && l.countOrTimeAgo ? i : -1)).filter((i) => i >= 0);
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
  if (l.chrome || l.endsEllipsis) return false;
  if (l.wordCount >= 3 && /[.。]['"’”»)\]]*$/u.test(l.text)) return true;
  // a last paragraph that lost its period; prompts ("Rate this post!", "Leave a reply?") end otherwise
  return l.wordCount >= FULL_LINE_WORDS && l.prose && !/[?!？！*]$/u.test(l.text);
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
