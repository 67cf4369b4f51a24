import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleProfile } from '../../src/compare/article-profile.js';
import { eventDay, eventGapDays, publicationDay, SAME_STORY_WINDOW_DAYS, timePenalty, towardsDissimilar } from '../../src/compare/event-time.js';

const profile = (...eventDays: ArticleProfile['eventDays']) => ({ eventDays }) as ArticleProfile;

test('the gap is between the closest dated events, around the calendar without years', () => {
  const september = profile(eventDay(undefined, 9, 28), eventDay(undefined, 9, 27));
  const january2022 = profile(eventDay(2022, 1, 10));
  const gap = eventGapDays(september, january2022)!;
  assert.ok(gap > 100 && gap < 110, `Sep 27 to Jan 10 is about 105 days, got ${gap}`);
  assert.equal(eventGapDays(september, profile()), undefined);
  // With years on both sides, the years count.
  assert.ok(eventGapDays(profile(eventDay(2021, 9, 28)), january2022)! < 110);
  assert.ok(eventGapDays(profile(eventDay(2022, 9, 28)), january2022)! > 250);
  // One shared day among background dates is enough to be close.
  assert.ok(eventGapDays(profile(eventDay(2020, 3, 1), eventDay(2022, 1, 11)), january2022)! <= 1);
});

test('publication dates parse as event days; anything else is ignored', () => {
  assert.deepEqual(publicationDay('2022-09-28T10:00:00Z'), eventDay(2022, 9, 28));
  assert.equal(publicationDay('yesterday'), undefined);
  assert.equal(publicationDay(undefined), undefined);
});

test('the penalty is 0 within the window and rises to 1 at a year', () => {
  assert.equal(timePenalty(undefined), 0);
  assert.equal(timePenalty(SAME_STORY_WINDOW_DAYS), 0);
  const quarter = timePenalty(90);
  assert.ok(quarter > 0.3 && quarter < 0.6, `90 days: ${quarter}`);
  assert.ok(timePenalty(200) > quarter);
  assert.equal(timePenalty(400), 1);
  assert.equal(towardsDissimilar(2, 0.5), 3);
  assert.equal(towardsDissimilar(2, 0), 2);
});
