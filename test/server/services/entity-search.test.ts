// Query names resolve to stored entities across scripts, and spellings of articles stored after a
// search are found by the next one (the spelling table is read incrementally, not once).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveQueryEntities } from '../../../src/server/services/entity-search.js';
import { ingestFiles, seedFiles, tempStore } from '../test-server.js';

test('a name in another script resolves to the stored entity, also for articles stored after the first search', async () => {
  const temp = tempStore();
  try {
    await ingestFiles(temp.store, seedFiles().slice(0, 4));
    const tokayev = resolveQueryEntities(temp.store, 'Токаев');
    assert.ok(tokayev.some((entity) => /tokayev/i.test(entity.canonical)), JSON.stringify(tokayev));
    assert.deepEqual(resolveQueryEntities(temp.store, 'Wrzesniewska'), []);

    const later = join(temp.dir, 'later.txt');
    writeFileSync(later, 'Wrzesniewska wins the regional chess final\n\nThe chess player Anna Wrzesniewska won the final in Gdansk on Sunday. Wrzesniewska said she had trained for a year.\n');
    await ingestFiles(temp.store, [later]);
    const found = resolveQueryEntities(temp.store, 'Вжесневская');
    assert.ok(found.some((entity) => /wrzesniewska/i.test(entity.canonical)), JSON.stringify(found));
  } finally {
    temp.dispose();
  }
});
