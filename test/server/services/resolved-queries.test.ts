// A query asked again is answered as it was, until articles with new spellings are stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveQueryEntities } from '../../../src/server/services/entity-search.js';
import { ingestFiles, seedFiles, tempStore } from '../test-server.js';
import { storeWrzesniewskaArticle } from './later-spelling.js';

test('a query asked again resolves to the same entities, and to new ones once their articles are stored', async () => {
  const temp = tempStore();
  try {
    await ingestFiles(temp.store, seedFiles().slice(0, 4));
    const first = resolveQueryEntities(temp.store, 'Токаев');
    assert.ok(first.length > 0);
    first[0].canonical = 'changed by a caller';
    first.pop();
    const again = resolveQueryEntities(temp.store, ' Токаев ');
    assert.deepEqual(again, resolveQueryEntities(temp.store, 'Токаев'));
    assert.ok(again.length > first.length && again.every((entity) => entity.canonical !== 'changed by a caller'), JSON.stringify(again));

    assert.deepEqual(resolveQueryEntities(temp.store, 'Вжесневская'), []);
    await storeWrzesniewskaArticle(temp);
    const found = resolveQueryEntities(temp.store, 'Вжесневская');
    assert.ok(found.some((entity) => /wrzesniewska/i.test(entity.canonical)), JSON.stringify(found));
  } finally {
    temp.dispose();
  }
});
