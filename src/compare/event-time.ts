import type { ArticleProfile } from './article-profile.js';

/** A dated event: year when known, day of the year (mid-month when only the month is known). */
export interface EventDay {
  year?: number;
  dayOfYear: number;
}

const DAYS_PER_MONTH = 30.44;
const DAYS_PER_YEAR = 365.25;

export function eventDay(year: number | undefined, month: number, day?: number): EventDay {
  return { year, dayOfYear: (month - 1) * DAYS_PER_MONTH + (day ?? 15) };
}

/** The publication date as an event day, when it parses. */
export function publicationDay(published: string | undefined): EventDay | undefined {
  const match = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  return match ? eventDay(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/**
 * Days between the closest dated events (or publication dates) of two articles; undefined when
 * either dates nothing. Without a year on both sides, days of the year are compared around the
 * calendar, the reading that puts them closest.
 */
export function eventGapDays(a: ArticleProfile, b: ArticleProfile): number | undefined {
  if (a.eventDays.length === 0 || b.eventDays.length === 0) return undefined;
  let best = Infinity;
  for (const x of a.eventDays) {
    for (const y of b.eventDays) {
      const within = Math.abs(x.dayOfYear - y.dayOfYear);
      const gap = x.year !== undefined && y.year !== undefined ? Math.abs((y.year - x.year) * DAYS_PER_YEAR + y.dayOfYear - x.dayOfYear) : Math.min(within, DAYS_PER_YEAR - within);
      if (gap < best) best = gap;
    }
  }
  return best;
}

/** Within this many days, dates say nothing against one story (reports, follow-ups, anniversaries aside). */
export const SAME_STORY_WINDOW_DAYS = 30;
const FULL_PENALTY_DAYS = 365;

/**
 * How strongly the time between two articles' events speaks against one story: 0 within the
 * window, rising on a log scale to 1 at a year. The learned scorer cannot know this: the rated
 * pairs it is trained on were all published close in time, so it never saw events months apart.
 */
export function timePenalty(gapDays: number | undefined): number {
  if (gapDays === undefined || gapDays <= SAME_STORY_WINDOW_DAYS) return 0;
  return Math.min(1, Math.log(gapDays / SAME_STORY_WINDOW_DAYS) / Math.log(FULL_PENALTY_DAYS / SAME_STORY_WINDOW_DAYS));
}

/** Moves a 1-4 score towards 4 (very dissimilar) by a share of the remaining distance. */
export function towardsDissimilar(score: number, share: number): number {
  return share > 0 ? score + (4 - score) * share : score;
}
