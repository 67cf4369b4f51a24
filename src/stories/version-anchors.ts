import { analysedText } from '../analyze/analyzer.js';
import type { ArticleAnalysis } from '../core/model.js';
import { segmenter } from './segmenters.js';

/**
 * A language-neutral landmark of a text: a figure (`n:25`), a day (`d:03-14`) or a
 * resolved entity (`e:loc:KG-osh`), with the sentence it stands in.
 */
export interface VersionAnchor {
  key: string;
  sentence: number;
  /** For figures: the value and its unit (empty when none), to tell a changed figure from a missing one. */
  value?: number;
  unit?: string;
}

/** An article's anchors in reading order, each sentence's sorted by key (a translation reorders words within a sentence). */
export interface VersionAnchors {
  sentences: number;
  anchors: VersionAnchor[];
}

/** Bump when the anchors change: stored anchors of another version are made again. */
export const VERSION_ANCHORS_FORMAT = 1;
/** A very long article's anchors beyond this say nothing more about whether it is a copy, and cost quadratic time. */
const MAX_ANCHORS = 300;
/** Small whole numbers are written as words in one language and figures in another (`three`, `3人`). */
const SMALL_NUMBER = 10;

/** The anchors of an analysed article: its figures, days and named entities (not the `other` guesses), sentence by sentence. */
export function versionAnchors(article: { title: string; text: string; lang: string }, analysis: ArticleAnalysis): VersionAnchors {
  const text = analysedText(article);
  const starts: number[] = [];
  for (const { segment, index } of segmenter(article.lang, 'sentence').segment(text)) if (segment.trim()) starts.push(index);
  if (starts.length === 0) starts.push(0);
  const sentenceOf = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const found: VersionAnchor[] = [];
  const dateSpans = analysis.dates.map((date) => [date.start, date.end]);
  for (const number of analysis.numbers) {
    if (!number.unit && Number.isInteger(number.value) && Math.abs(number.value) < SMALL_NUMBER) continue;
    // A day's figures (`14/3`, `1. Mai`) belong to its date anchor.
    if (dateSpans.some(([start, end]) => number.start < end && number.end > start)) continue;
    const unit = number.unit ?? '';
    // The unit stays out of the key: one language's figure is read with its unit, another's not (`120-kilometre`).
    found.push({ key: `n:${number.value}`, sentence: sentenceOf(number.start), value: number.value, unit });
  }
  for (const date of analysis.dates) {
    // The year of a day is often left out (`Saturday, March 14`) or resolved from the publication date.
    const day = /(\d{2}-\d{2})$/.exec(date.iso);
    const key = day && date.day !== undefined ? `d:${day[1]}` : `d:${date.iso}`;
    found.push({ key, sentence: sentenceOf(date.start) });
  }
  for (const entity of analysis.entities) {
    if (entity.type === 'other') continue;
    for (const mention of entity.mentions) found.push({ key: `e:${entity.id}`, sentence: sentenceOf(mention.start) });
  }
  found.sort((x, y) => x.sentence - y.sentence || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const anchors: VersionAnchor[] = [];
  for (const anchor of found) {
    const last = anchors.at(-1);
    if (last && last.sentence === anchor.sentence && last.key === anchor.key) continue;
    anchors.push(anchor);
    if (anchors.length === MAX_ANCHORS) break;
  }
  return { sentences: starts.length, anchors };
}

const adoptedAnchors = new WeakMap<ArticleAnalysis, string>();

/** Takes anchors encoded where the article was analysed (a worker thread) as those of this analysis. */
export function adoptVersionAnchors(analysis: ArticleAnalysis, encoded: string): void {
  adoptedAnchors.set(analysis, encoded);
}

/** An article's anchors in their stored form: as a worker encoded them, else made now. */
export function encodedVersionAnchors(article: { title: string; text: string; lang: string }, analysis: ArticleAnalysis): string {
  return adoptedAnchors.get(analysis) ?? encodeVersionAnchors(versionAnchors(article, analysis));
}

/** The stored form: `{"s":12,"a":[["n:1200",3],["n:25",5,"km"],...]}` (a figure's value is read back from its key). */
export function encodeVersionAnchors(anchors: VersionAnchors): string {
  return JSON.stringify({ s: anchors.sentences, a: anchors.anchors.map((anchor) => (anchor.unit ? [anchor.key, anchor.sentence, anchor.unit] : [anchor.key, anchor.sentence])) });
}

export function decodeVersionAnchors(data: string): VersionAnchors {
  const stored = JSON.parse(data) as { s: number; a: [string, number, string?][] };
  return {
    sentences: stored.s,
    anchors: stored.a.map(([key, sentence, unit]) => (key.startsWith('n:') ? { key, sentence, value: Number(key.slice(2)), unit: unit ?? '' } : { key, sentence })),
  };
}
