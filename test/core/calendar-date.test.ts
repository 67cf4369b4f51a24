import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCalendarDate } from '../../src/core/calendar-date.js';

test('ISO dates and times naming a real day are calendar dates', () => {
  for (const value of ['2022-09-27', '2024-02-29', '2000-02-29', '2022-09-27T10:30', '2022-09-27T10:30:00Z', '2022-09-27T10:30:00.123456Z', '2022-09-27 10:30:00+03:00', '2022-09-27T23:59:59-0500']) {
    assert.ok(isCalendarDate(value), value);
  }
});

test('impossible days, times and other text are not', () => {
  for (const value of ['2026-13-45', '2026-02-30', '2023-02-29', '1900-02-29', '2026-04-31', '2026-00-10', '2026-01-00', '2026-01-01T24:00', '2026-01-01T10:60', '2026-01-01T10:00:61Z', '2026-01-01garbage', 'not a date', 'yesterday', '27/09/2022', '']) {
    assert.ok(!isCalendarDate(value), value);
  }
});
