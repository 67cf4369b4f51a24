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

test('with coverage, one strong pair does not join two groups whose other members were never compared', () => {
  const pairs = [
    { a: 'A1', b: 'A2', probability: 0.9 },
    { a: 'A1', b: 'A3', probability: 0.9 },
    { a: 'A2', b: 'A3', probability: 0.9 },
    { a: 'B1', b: 'B2', probability: 0.9 },
    { a: 'B1', b: 'B3', probability: 0.9 },
    { a: 'B2', b: 'B3', probability: 0.9 },
    { a: 'A3', b: 'B1', probability: 0.8 },
  ];
  const nodes = ['A1', 'A2', 'A3', 'B1', 'B2', 'B3'];
  assert.deepEqual(averageLink(nodes, pairs, 0.35), [nodes]);
  assert.deepEqual(averageLink(nodes, pairs, 0.35, { coverage: 0.5, comparisonsPerArticle: 10 }), [
    ['A1', 'A2', 'A3'],
    ['B1', 'B2', 'B3'],
  ]);
  // Compared widely enough, the same groups do join.
  const wide = [...pairs, { a: 'A1', b: 'B2', probability: 0.7 }, { a: 'A2', b: 'B3', probability: 0.6 }, { a: 'A3', b: 'B2', probability: 0.5 }];
  assert.deepEqual(averageLink(nodes, wide, 0.35, { coverage: 0.5, comparisonsPerArticle: 10 }), [nodes]);
});
