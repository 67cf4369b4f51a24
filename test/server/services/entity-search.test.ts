// Query names resolve to stored entities across scripts, and spellings of articles stored after a
// search are found by the next one (the spelling table is read incrementally, not once).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveQueryEntities } from '../../../src/server/services/entity-search.js';
import { ingestFiles, seedFiles, tempStore } from '../test-server.js';
import { storeWrzesniewskaArticle } from './later-spelling.js';

test('a name in another script resolves to the stored entity, also for articles stored after the first search', async () => {
  const temp = tempStore();
  try {
    await ingestFiles(temp.store, seedFiles().slice(0, 4));
    const tokayev = resolveQueryEntities(temp.store, 'Токаев');
    assert.ok(tokayev.some((entity) => /tokayev/i.test(entity.canonical)), JSON.stringify(tokayev));
    assert.deepEqual(resolveQueryEntities(temp.store, 'Wrzesniewska'), []);

    await storeWrzesniewskaArticle(temp);
    const found = resolveQueryEntities(temp.store, 'Вжесневская');
    assert.ok(found.some((entity) => /wrzesniewska/i.test(entity.canonical)), JSON.stringify(found));
  } finally {
    temp.dispose();
  }
});

test('an entity id resolves to that entity alone, and an id the store lacks to none', async () => {
  const temp = tempStore();
  try {
    const namesake = join(temp.dir, 'pertokaf.txt');
    // A name that the id string `per:tkf` would name-match (`per` + `tkf`) if ids were read as names.
    writeFileSync(namesake, 'Pertokaf opens a bakery\n\nThe baker Pertokaf opened a bakery in Lyon on Monday. Pertokaf said bread prices would stay low.\n');
    await ingestFiles(temp.store, [...seedFiles().slice(0, 4), namesake]);
    const tokayev = resolveQueryEntities(temp.store, 'Tokayev').find((entity) => /tokayev/i.test(entity.canonical));
    assert.ok(tokayev);
    assert.deepEqual(resolveQueryEntities(temp.store, tokayev.id).map((entity) => [entity.id, entity.via]), [[tokayev.id, 'id']]);
    assert.deepEqual(resolveQueryEntities(temp.store, 'loc:KZ').map((entity) => [entity.id, entity.via]), [['loc:KZ', 'id']]);
    assert.deepEqual(resolveQueryEntities(temp.store, 'loc:XQ'), []);
  } finally {
    temp.dispose();
  }
});
