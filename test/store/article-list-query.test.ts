import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleListQuery } from '../../src/store/sqlite-store.js';
import { plan, withStore } from './query-plan.js';

test('counting articles reads an index only, and a page of them is chosen from an index before rows are read', () => {
  withStore((store) => {
    for (const filter of [{}, { lang: 'de' }]) {
      const count = plan(store, articleListQuery(filter, true));
      assert.ok(count.every((step) => step.includes('COVERING INDEX')), count.join('\n'));
    }
    const page = plan(store, articleListQuery({ limit: 20, offset: 9000 }));
    assert.ok(page.some((step) => /^SCAN a USING COVERING INDEX/.test(step)), page.join('\n'));
  });
});

test('article pages and counts, with and without a language, with near duplicates named', () => {
  withStore((store) => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const hash = `${String(i).padStart(2, '0')}${'c'.repeat(62)}`;
      const { id } = store.putArticle({ source: `a${i}.txt`, lang: i % 3 === 0 ? 'de' : 'en', title: `Title ${i}`, text: `Text ${i}`, contentHash: hash, rawHash: hash });
      ids.push(id);
    }
    store.linkNearDuplicate(ids[4], ids[1], 0.93);
    assert.equal(store.countArticles(), 30);
    assert.equal(store.countArticles({ lang: 'de' }), 10);
    assert.deepEqual(store.listArticles().map((article) => article.id), ids);
    assert.deepEqual(store.listArticles({ limit: 7, offset: 3 }).map((article) => article.id), ids.slice(3, 10));
    assert.deepEqual(store.listArticles({ offset: 28 }).map((article) => article.id), ids.slice(28));
    const german = ids.filter((_, i) => i % 3 === 0);
    assert.deepEqual(store.listArticles({ lang: 'de', limit: 4, offset: 2 }).map((article) => article.id), german.slice(2, 6));
    assert.equal(store.listArticles({ limit: 2, offset: 3 })[1].nearDuplicateOf, ids[1]);
    assert.deepEqual(store.listArticles({ offset: 40 }), []);
  });
});
