import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/sqlite-store.js';
import { createStoryEngine, overlapJudge, storyOfArticle } from '../../src/stories/index.js';
import { loadFixture, storeFixture, type FixtureArticle } from './fixture-articles.js';

const { articles } = loadFixture('order-independence');
const byId = new Map(articles.map((article) => [article.id, article]));
const DAY_MS = 86_400_000;

function dated(article: FixtureArticle, id: string, published: string): FixtureArticle {
  return { ...article, id, published, title: `${article.title} (${id})` };
}

// The candidate index keeps recent weeks in memory; an article dated months before the newest must
// still find its story through the keys the store keeps, in this engine and in one opened later.
test('an article arriving long after newer ones still joins its story', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-late-'));
  const path = join(dir, 'late.db');
  try {
    let store = openStore(path);
    let engine = createStoryEngine(store, { judge: overlapJudge() });
    const add = (article: FixtureArticle) =>
      store.transaction(() => {
        const stored = storeFixture(store, article);
        return engine.addArticle(stored.article, stored.analysis);
      });
    const start = Date.parse('2024-03-02T07:00:00Z');
    const flood = add(byId.get('flood-de-full')!);
    // Ninety days of other news, one chess and one election report a day.
    for (let day = 1; day <= 90; day++) {
      const published = new Date(start + day * DAY_MS).toISOString();
      add(dated(byId.get(day % 2 ? 'chess-de' : 'election-en')!, `later-${day}`, published));
    }
    const late = add(byId.get('flood-es')!);
    assert.equal(late.storyId, flood.storyId, 'the late Spanish report joins the German one');
    store.close();

    store = openStore(path);
    engine = createStoryEngine(store, { judge: overlapJudge() });
    add(byId.get('flood-ru')!);
    assert.equal(storyOfArticle(store, 'flood-ru')?.id, flood.storyId, 'after reopening, too');
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
