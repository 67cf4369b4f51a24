import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addCount, emptyCounts, finishCounts } from '../../../src/analyze/text/count-record.js';

test('counts come out as Object.fromEntries of a counting Map would give them, whatever the keys', () => {
  const keys = ['war', 'constructor', '__proto__', '12', 'war', 'toString', '3', 'hasOwnProperty', '__proto__', 'war'];
  const map = new Map<string, number>();
  const counts = emptyCounts();
  keys.forEach((key, i) => {
    map.set(key, (map.get(key) ?? 0) + 1 / (i + 1));
    addCount(counts, key, 1 / (i + 1));
  });
  const record = finishCounts(counts);
  const expected = Object.fromEntries(map);
  assert.deepStrictEqual(record, expected);
  assert.deepEqual(Object.keys(record), Object.keys(expected));
  assert.equal(Object.getPrototypeOf(record), Object.prototype);
  assert.equal(JSON.stringify(record), JSON.stringify(expected));
  assert.equal(record.war, 1 + 1 / 5 + 1 / 10);
});
