import { test } from 'node:test';
import assert from 'node:assert/strict';
import { averageLink } from '../../src/stories/average-link.js';
import { shuffled } from './fixture-articles.js';

test('a chain A~B~C does not join A and C when A and C were judged different', () => {
  const pairs = [
    { a: 'A', b: 'B', probability: 0.9 },
    { a: 'B', b: 'C', probability: 0.7 },
    { a: 'A', b: 'C', probability: 0.05 },
  ];
  assert.deepEqual(averageLink(['A', 'B', 'C'], pairs, 0.5), [['A', 'B'], ['C']]);
});

test('groups join when the mean of their compared pairs reaches the threshold', () => {
  const pairs = [
    { a: 'A', b: 'B', probability: 0.9 },
    { a: 'C', b: 'D', probability: 0.95 },
    { a: 'B', b: 'C', probability: 0.8 },
    { a: 'A', b: 'D', probability: 0.4 },
  ];
  assert.deepEqual(averageLink(['D', 'C', 'B', 'A'], pairs, 0.5), [['A', 'B', 'C', 'D']]);
  assert.deepEqual(averageLink(['D', 'C', 'B', 'A'], pairs, 0.7), [['A', 'B'], ['C', 'D']]);
});

test('the grouping depends on the pairs, not on their order', () => {
  const nodes = Array.from({ length: 30 }, (_, i) => `n${String(i).padStart(2, '0')}`);
  const pairs: { a: string; b: string; probability: number }[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      if ((i * 7 + j * 3) % 4 === 0) continue;
      const same = Math.floor(i / 6) === Math.floor(j / 6);
      pairs.push({ a: nodes[i], b: nodes[j], probability: same ? 0.55 + ((i + j) % 5) / 10 : ((i * j) % 7) / 14 });
    }
  }
  const reference = averageLink(nodes, pairs, 0.5);
  assert.equal(reference.length, 5);
  for (const seed of [1, 2, 3]) {
    const flipped = shuffled(pairs, seed).map((pair, k) => (k % 2 ? { a: pair.b, b: pair.a, probability: pair.probability } : pair));
    assert.deepEqual(averageLink(shuffled(nodes, seed + 10), flipped, 0.5), reference);
  }
});
