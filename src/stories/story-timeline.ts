import { titleOrOpening } from '../core/display-title.js';
import type { CoverageArticle } from './coverage.js';
import { FULL_DATE, YEARLESS_DATE } from './date-label.js';
import type { TimelineEntry } from './model.js';

const DAY_MS = 86_400_000;

/**
 * The year a yearless date (`--09-28`) most likely has in an article published on `published`: the one
 * that puts it nearest the publication (news reports the recent past and the near future).
 */
function yearNear(month: number, day: number | undefined, published: string): number | undefined {
  const at = Date.parse(published);
  if (Number.isNaN(at)) return undefined;
  const year = new Date(at).getUTCFullYear();
  let best: { year: number; distance: number } | undefined;
  for (const candidate of [year - 1, year, year + 1]) {
    const distance = Math.abs(Date.UTC(candidate, month - 1, day ?? 15) - at);
    if (!best || distance < best.distance) best = { year: candidate, distance };
  }
  return best && best.distance <= 183 * DAY_MS ? best.year : undefined;
}

/** An event's date for the timeline: as stated, with the year of the publication when none is stated, or yearless. */
function eventDate(iso: string, published: string | undefined): Pick<TimelineEntry, 'date' | 'basis'> | undefined {
  if (FULL_DATE.test(iso)) return { date: iso, basis: 'stated' };
  const yearless = YEARLESS_DATE.exec(iso);
  if (!yearless) return undefined;
  const year = published ? yearNear(Number(yearless[1]), yearless[2] ? Number(yearless[2]) : undefined, published) : undefined;
  return year === undefined ? { date: iso, basis: 'year-unknown' } : { date: `${year}${iso.slice(1)}`, basis: 'year-from-publication' };
}

/**
 * The articles by date, and the dated events they mention (each date once). Events whose year no one
 * knows come first, in calendar order: they cannot be placed among dated entries.
 */
export function storyTimeline(articles: CoverageArticle[]): TimelineEntry[] {
  const entries: TimelineEntry[] = articles.map((article) => ({
    date: article.date,
    kind: 'article',
    basis: article.published ? 'published' : 'ingested',
    articleId: article.id,
    lang: article.lang,
    text: titleOrOpening(article.title, article.text) || article.id,
  }));
  const events = new Map<string, TimelineEntry>();
  for (const article of [...articles].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))) {
    for (const date of article.analysis.dates) {
      const placed = eventDate(date.iso, article.published);
      if (!placed || events.has(placed.date)) continue;
      events.set(placed.date, { ...placed, kind: 'event', articleId: article.id, lang: article.lang, text: date.text });
    }
  }
  // A date one source gives without a year (`March 14`, `in March`) is the one another gives with it
  // (`14 March 2025`): listed again, unplaced, it read as a second event.
  const datedDays = new Set<string>();
  for (const date of events.keys()) {
    if (!/^\d{4}-/.test(date)) continue;
    datedDays.add(`--${date.slice(5, 7)}`);
    if (date.length >= 10) datedDays.add(`--${date.slice(5, 10)}`);
  }
  for (const event of events.values()) if (!(event.basis === 'year-unknown' && datedDays.has(event.date))) entries.push(event);
  return entries.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.kind === y.kind ? 0 : x.kind === 'event' ? -1 : 1));
}
