import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/analyze/analyzer.js';
import { openStore } from '../../src/store/sqlite-store.js';
import { putVersionAnchors, versionAnchorsOf } from '../../src/store/version-anchor-store.js';
import { VERSION_ANCHORS_FORMAT } from '../../src/stories/version-anchors.js';

const analyzer = await createAnalyzer();

test('version anchors are read from their row, made from the stored analysis where none is kept (without writing), and dropped by a new analysis', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyweave-anchors-'));
  const store = openStore(join(dir, 'store.db'));
  try {
    const title = 'Ferry starts service';
    const text = 'The ferry carries 150 passengers on Friday, May 1. The crossing takes 35 minutes.';
    const put = store.putArticle({ title, text, lang: 'en', source: 'ferry.txt', contentHash: 'ferry', rawHash: 'ferry' });
    const rows = () => store.db.prepare('SELECT format, data FROM version_anchors').all() as { format: number; data: string }[];
    assert.equal(versionAnchorsOf(store, [put.id]).size, 0, 'no analysis, no anchors');
    store.putAnalysis(put.id, analyzer.analyze({ title, text, lang: 'en' }));
    const made = versionAnchorsOf(store, [put.id, 'missing']);
    assert.deepEqual([...made.keys()], [put.id]);
    assert.ok(made.get(put.id)!.anchors.some((anchor) => anchor.key === 'n:150'));
    assert.equal(rows().length, 0, 'a reader does not write');
    putVersionAnchors(store, put.id, made.get(put.id)!);
    assert.equal(rows().length, 1);
    assert.equal(rows()[0].format, VERSION_ANCHORS_FORMAT);
    // Read back from the row: a marker written into it shows the analysis was not read again.
    store.db.prepare('UPDATE version_anchors SET data = ?').run(JSON.stringify({ s: 1, a: [['n:7', 0]] }));
    assert.deepEqual(versionAnchorsOf(store, [put.id]).get(put.id)!.anchors.map((anchor) => anchor.key), ['n:7']);
    // Another format is made again.
    store.db.prepare('UPDATE version_anchors SET format = ?').run(VERSION_ANCHORS_FORMAT - 1);
    assert.ok(versionAnchorsOf(store, [put.id]).get(put.id)!.anchors.some((anchor) => anchor.key === 'n:150'));
    store.db.prepare('UPDATE version_anchors SET format = ?').run(VERSION_ANCHORS_FORMAT);
    // A new analysis drops the stored anchors.
    const retold = 'The ferry carries 180 passengers on Friday, May 1. The crossing takes 35 minutes.';
    assert.equal(rows().length, 1);
    store.putAnalysis(put.id, analyzer.analyze({ title, text: retold, lang: 'en' }));
    assert.equal(rows().length, 0);
    assert.ok(versionAnchorsOf(store, [put.id]).get(put.id)!.anchors.some((anchor) => anchor.key === 'n:180'));
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
