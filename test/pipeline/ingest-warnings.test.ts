import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestSources } from '../../src/pipeline/ingest.js';
import { openStore } from '../../src/store/sqlite-store.js';

const examples = new URL('../../examples/', import.meta.url).pathname;

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sw-ingest-warnings-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('a UTF-8 file cut inside a character is stored in its own language, with a warning', async () => {
  const russian = readFileSync(join(examples, 'railway-ru.txt'));
  const path = join(dir, 'railway-cut.txt');
  writeFileSync(path, russian.subarray(0, russian.lastIndexOf(Buffer.from('.')) - 1));
  const store = openStore(join(dir, 'cut.db'));
  try {
    const report = await ingestSources(store, [path]);
    assert.equal(report.ingested, 1);
    assert.deepEqual(report.failed, []);
    assert.deepEqual(report.warnings.map((w) => [w.location, w.code]), [[path, 'SW_INPUT_UTF8_REPAIRED']]);
    const [article] = store.listArticles();
    assert.equal(article.lang, 'ru');
    assert.match(article.title, /Жапаров/);
  } finally {
    store.close();
  }
});
