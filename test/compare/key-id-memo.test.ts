import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyIdMemo } from '../../src/compare/key-id-memo.js';

test('a key id memo keeps values until reset, for ids far past its first size', () => {
  const memo = new KeyIdMemo();
  memo.set(3, 1.25);
  memo.set(50_000, 7.5);
  assert.equal(memo.get(3), 1.25);
  assert.equal(memo.get(50_000), 7.5);
  assert.equal(memo.get(4), undefined);
  assert.equal(memo.get(10_000_000), undefined);
  memo.reset();
  assert.equal(memo.get(3), undefined);
  assert.equal(memo.get(50_000), undefined);
  memo.set(3, 2);
  assert.equal(memo.get(3), 2);
});
