import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateLabel } from '../../src/stories/date-label.js';

test('dates read as days, and yearless ones as day and month', () => {
  assert.equal(dateLabel('--09-28'), '28 Sep');
  assert.equal(dateLabel('--09'), 'Sep');
  assert.equal(dateLabel('2022-09-28'), '2022-09-28');
  assert.equal(dateLabel('2026-11-22T17:22:05.000Z'), '2026-11-22 17:22');
});
