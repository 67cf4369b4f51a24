import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/analyze/analyzer.js';
import { decodeVersionAnchors, encodeVersionAnchors, versionAnchors } from '../../src/stories/version-anchors.js';

const analyzer = await createAnalyzer();

test('anchors: figures with their sentence, days without their year, named entities; small counts and date parts left out', () => {
  const title = 'Solar ferry starts service on Lake Geneva';
  const text =
    'A ferry made its first crossing between Lausanne and Évian on Friday, May 1, 2026.\n\nIt carries 150 passengers and three crew. The crossing takes 35 minutes, said the operator in Switzerland.';
  const anchors = versionAnchors({ title, text, lang: 'en' }, analyzer.analyze({ title, text, lang: 'en' }));
  const keys = anchors.anchors.map((anchor) => `${anchor.key}@${anchor.sentence}`);
  assert.ok(keys.includes('d:05-01@1'), keys.join(' '));
  assert.ok(keys.includes('n:150@2'), keys.join(' '));
  assert.ok(keys.includes('n:35@3'), keys.join(' '));
  assert.ok(keys.includes('e:loc:CH@3'), keys.join(' '));
  assert.ok(!keys.some((key) => key.startsWith('n:2026') || key.startsWith('n:1@') || key.startsWith('n:3@')), keys.join(' '));
  // In reading order, each sentence's anchors sorted by key.
  const order = anchors.anchors.map((anchor) => [anchor.sentence, anchor.key] as const);
  assert.deepEqual(order, [...order].sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0)));
  assert.ok(anchors.sentences >= 4);
});

test('anchors survive their stored form, figures with their values and units', () => {
  const anchors = {
    sentences: 3,
    anchors: [
      { key: 'd:03-14', sentence: 0 },
      { key: 'n:25', sentence: 1, value: 25, unit: 'km' },
      { key: 'n:1200', sentence: 1, value: 1200, unit: '' },
      { key: 'n:-3.5', sentence: 2, value: -3.5, unit: '%' },
      { key: 'e:loc:KG-osh', sentence: 2 },
    ],
  };
  assert.deepEqual(decodeVersionAnchors(encodeVersionAnchors(anchors)), anchors);
});
