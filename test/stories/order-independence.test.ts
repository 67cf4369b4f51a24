import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/sqlite-store.js';
import { createStoryEngine, overlapJudge, storyPartition, listStories } from '../../src/stories/index.js';
import { canonicalGroups, canonicalPartition, loadFixture, shuffled, storeFixture } from './fixture-articles.js';

const { articles, expected } = loadFixture('order-independence');

function clusterInOrder(dir: string, seed: number): string[][] {
  const store = openStore(join(dir, `order-${seed}.db`));
  try {
    const engine = createStoryEngine(store, { judge: overlapJudge() });
    for (const fixture of shuffled(articles, seed)) {
      store.transaction(() => {
        const { article, analysis } = storeFixture(store, fixture);
        engine.addArticle(article, analysis);
      });
    }
    return canonicalPartition(storyPartition(store));
  } finally {
    store.close();
  }
}

test('the same articles in shuffled orders form the same stories', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-stories-'));
  try {
    const partitions = [1, 2, 3, 4, 5, 6, 7].map((seed) => clusterInOrder(dir, seed));
    for (const partition of partitions) assert.deepEqual(partition, canonicalGroups(expected.stories));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an event sharing the country and president with another stays a separate story', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-stories-'));
  try {
    const partition = clusterInOrder(dir, 11);
    const election = partition.find((group) => group.includes('election-en'))!;
    assert.ok(!election.includes('flood-bridge'), 'the bridge article mentions the president but reports the flood');
    assert.ok(!election.some((id) => id.startsWith('flood')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('stories are persisted with languages, sites and per-language headlines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-stories-'));
  try {
    clusterInOrder(dir, 3);
    const store = openStore(join(dir, 'order-3.db'));
    try {
      const stories = listStories(store);
      assert.equal(stories.length, expected.stories.length);
      const flood = stories.find((story) => story.articleCount === 6)!;
      assert.deepEqual([...flood.languages].sort(), ['de', 'en', 'es', 'fr', 'ru']);
      assert.equal(flood.headlines.length, 5);
      assert.ok(flood.keyEntities.some((entity) => entity.id === 'loc:mirelle' && entity.forms.ru?.includes('Мирель')));
      assert.deepEqual(listStories(store, { lang: 'ar' }).map((story) => story.articleCount), [3]);
      assert.deepEqual(listStories(store, { entity: 'org:fide' }).map((story) => story.articleCount), [2]);
      assert.equal(listStories(store, { since: '2024-03-04' }).length, 1);
    } finally {
      store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
