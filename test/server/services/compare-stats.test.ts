// The server's comparisons weigh words by the statistics the story engine saved, and never decode
// every stored analysis (which took a 100,000-article store's server down).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StatsCache } from '../../../src/server/services/compare.js';
import { createStoryEngine } from '../../../src/stories/story-engine.js';
import { ingestFiles, seedFiles, tempStore } from '../test-server.js';

test('comparison statistics come from the saved checkpoint, read again only when a new one is saved', async () => {
  const temp = tempStore();
  try {
    await ingestFiles(temp.store, seedFiles().slice(0, 3));
    const cache = new StatsCache();
    const unsaved = cache.get(temp.store);
    assert.equal(unsaved.documents, 3, 'without a checkpoint: the stored articles themselves');

    const engine = createStoryEngine(temp.store);
    engine.checkpoint();
    const saved = cache.get(temp.store);
    assert.notEqual(saved, unsaved);
    assert.equal(saved.documents, engine.stats.documents);
    assert.equal(cache.get(temp.store), saved, 'the same checkpoint is not parsed again');

    await ingestFiles(temp.store, seedFiles().slice(3, 5));
    assert.equal(cache.get(temp.store), saved, 'new articles alone do not rebuild the statistics');
    createStoryEngine(temp.store).checkpoint();
    assert.equal(cache.get(temp.store).documents, 5);
  } finally {
    temp.dispose();
  }
});
