import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate } from '../../src/extract/published-date.js';

test('ISO forms are kept with their offset, normalised', () => {
  assert.equal(toIsoDate('2024-03-05'), '2024-03-05');
  assert.equal(toIsoDate('2024-03-05T08:30:00+01:00'), '2024-03-05T08:30:00+01:00');
  assert.equal(toIsoDate('2024-03-05T08:30+0100'), '2024-03-05T08:30:00+01:00');
  assert.equal(toIsoDate('2024-03-05 08:30:12.345Z'), '2024-03-05T08:30:12Z');
});

test('RFC 2822 and written-out English dates become UTC ISO', () => {
  assert.equal(toIsoDate('Tue, 05 Mar 2024 07:30:00 GMT'), '2024-03-05T07:30:00Z');
  assert.equal(toIsoDate('Tue, 05 Mar 2024 08:30:00 +0100'), '2024-03-05T07:30:00Z');
});

test('ambiguous or invalid dates are not guessed', () => {
  for (const raw of ['05/03/2024', '3.5.24', '0001-01-01T00:00:00Z', 'yesterday', '', '2024-13-01', 'x'.repeat(100)]) {
    assert.equal(toIsoDate(raw), undefined, raw);
  }
});
