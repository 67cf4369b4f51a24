import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoundedMemo } from '../../../src/analyze/text/bounded-memo.js';

test('a bounded memo keeps entries in use across turnovers and drops the rest', () => {
  const memo = new BoundedMemo<number>(3);
  memo.set('hot', 1);
  for (let i = 0; i < 20; i++) {
    memo.set(`cold${i}`, i);
    assert.equal(memo.get('hot'), 1, `lost after ${i + 1} other entries`);
    assert.ok(memo.size <= 6, `size ${memo.size}`);
  }
  assert.equal(memo.get('cold0'), undefined);
  assert.equal(memo.get('cold19'), 19);
});
