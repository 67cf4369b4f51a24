import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeNumbers } from '../../src/compare/close-numbers.js';

test('a rounded figure matches a close exact one: ~98,000 and 100,000 people, 1.5 million and 1,52 million', () => {
  assert.ok(closeNumbers(98_000, 100_000));
  assert.ok(closeNumbers(100_000, 98_500));
  assert.ok(closeNumbers(1_500_000, 1_520_000));
  assert.ok(closeNumbers(2.5, 2.5));
});

test('two exact figures that merely lie close are different counts', () => {
  assert.ok(!closeNumbers(63_317, 62_234));
  assert.ok(!closeNumbers(4_123, 4_150));
});

test('figures further apart than the tolerance never match, rounded or not', () => {
  assert.ok(!closeNumbers(90_000, 100_000));
  assert.ok(!closeNumbers(40, 41));
});
