import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan, withStore } from './query-plan.js';
import { countStories, listStories, storyListQuery } from '../../src/store/story-store.js';
import { createStoryEngine, overlapJudge } from '../../src/stories/index.js';
import { loadFixture, storeFixture } from '../stories/fixture-articles.js';

test('the entity filter reads entity rows through indexes, by id and by canonical name, never all of them', () => {
  withStore((store) => {
    for (const count of [false, true]) {
      const steps = plan(store, storyListQuery({ entity: 'Mirelle', limit: 20, offset: 0 }, count));
      assert.ok(steps.some((step) => step.includes('article_entities_entity')), steps.join('\n'));
      assert.ok(steps.some((step) => step.includes('article_entities_canonical')), steps.join('\n'));
      assert.ok(!steps.some((step) => /^SCAN ae\b/.test(step)), steps.join('\n'));
    }
  });
});

test('a page of stories is read in list order from an index, not sorted from the whole table', () => {
  withStore((store) => {
    for (const filter of [{}, { lang: 'de' }, { since: '2024-01-01' }]) {
      const steps = plan(store, storyListQuery({ ...filter, limit: 21, offset: 0 }));
      assert.ok(steps.some((step) => step.includes('stories_recent')), steps.join('\n'));
      assert.ok(!steps.some((step) => step.includes('TEMP B-TREE')), steps.join('\n'));
    }
  });
});

test('the entity filter finds stories by entity id and by canonical name in any case', () => {
  withStore((store) => {
    const engine = createStoryEngine(store, { judge: overlapJudge() });
    for (const fixture of loadFixture('order-independence').articles) {
      store.transaction(() => {
        const { article, analysis } = storeFixture(store, fixture);
        engine.addArticle(article, analysis);
      });
    }
    const flood = listStories(store, { entity: 'loc:mirelle' });
    assert.deepEqual(flood.map((story) => story.articleCount), [6]);
    for (const name of ['Mirelle', 'mirelle', 'MIRELLE']) {
      assert.deepEqual(listStories(store, { entity: name }).map((story) => story.id), [flood[0].id], name);
      assert.equal(countStories(store, { entity: name }), 1, name);
    }
    assert.deepEqual(listStories(store, { entity: 'Nowhere' }), []);
  });
});
