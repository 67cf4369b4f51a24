// The extraction benchmark's metric (bench/extract.ts) against hand-worked cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { averageScores, scorePage } from '../../bench/extract.js';

test('identical texts score 1; a missing tail costs recall only', () => {
  assert.deepEqual(scorePage('one two three four five', 'one two three four five'), { precision: 1, recall: 1 });
  // truth shingles: [1 2 3 4], [2 3 4 5]; predicted: [1 2 3 4]
  assert.deepEqual(scorePage('one two three four five', 'one two three four'), { precision: 1, recall: 0.5 });
});

test('shingles are multisets of \\w+ tokens; short texts are one shingle', () => {
  // predicted shingles: abcd twice, bcda, cdab, dabc; the truth has abcd once: 1 tp, 4 fp
  assert.deepEqual(scorePage('a b c d', 'a b c d. a b c d'), { precision: 1 / 5, recall: 1 });
  assert.deepEqual(scorePage('a, b', 'a b'), { precision: 1, recall: 1 });
  assert.deepEqual(scorePage('a b', 'a b c'), { precision: 0, recall: 0 });
});

test('empty predictions leave precision out of the average; both empty score 1', () => {
  assert.deepEqual(scorePage('one two three four', ''), { recall: 0 });
  assert.deepEqual(scorePage('', ''), { precision: 1, recall: 1 });
  const avg = averageScores([{ recall: 0 }, { precision: 1, recall: 1 }]);
  assert.equal(avg.precision, 1);
  assert.equal(avg.recall, 0.5);
  assert.ok(Math.abs(avg.f1 - 2 / 3) < 1e-12);
});
