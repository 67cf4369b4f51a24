import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestSources } from '../../src/pipeline/ingest.js';
import { openStore } from '../../src/store/sqlite-store.js';
import { MAX_TEXT_CHARS } from '../../src/extract/text/clean-plain-text.js';

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

test('texts over the length cap are cut with a warning, and two sharing what was read are not duplicates', async () => {
  const paragraph = 'The council said the night ferry would keep running through the winter, after a petition signed by thousands of shift workers.\n\n';
  const head = `Night ferry keeps running\n\n${paragraph.repeat(Math.ceil((MAX_TEXT_CHARS + 1000) / paragraph.length))}`;
  const first = join(dir, 'long-a.txt');
  const second = join(dir, 'long-b.txt');
  writeFileSync(first, `${head}The first ending.\n`);
  writeFileSync(second, `${head}A different ending, with other news in it.\n`);
  const store = openStore(join(dir, 'long.db'));
  try {
    const report = await ingestSources(store, [first, second]);
    assert.equal(report.ingested, 2);
    assert.equal(report.duplicates, 0);
    assert.deepEqual(report.failed, []);
    assert.deepEqual(report.warnings.map((w) => [w.location, w.code]), [[first, 'SW_INPUT_TRUNCATED'], [second, 'SW_INPUT_TRUNCATED']]);
    assert.match(report.warnings[0].message, new RegExp(`read up to character ${MAX_TEXT_CHARS} of ${head.length + 18}$`));
  } finally {
    store.close();
  }
});

test('--follow to forbidden addresses: each item is stored from its own content once, with one warning, not also failed', async () => {
  const feed = join(dir, 'private-links.xml');
  const items = [
    ['Harbour reopens', 'http://127.0.0.1/harbour', 'The harbour reopened on Monday after storm repairs to the outer wall.'],
    ['Bridge closes', 'http://10.0.0.7/bridge', 'The old bridge closes for a month of repairs from next week, the council said.'],
    ['Ferry timetable', 'http://[::1]/ferry', 'A winter ferry timetable starts on Sunday with two fewer crossings a day.'],
  ];
  writeFileSync(feed, `<rss version="2.0"><channel><title>Wire</title>${items
    .map(([title, link, text], i) => `<item><title>${title}</title><link>${link}</link><guid>g${i}</guid><description>${text}</description></item>`)
    .join('')}</channel></rss>`);
  const store = openStore(join(dir, 'follow.db'));
  try {
    const report = await ingestSources(store, [feed], { follow: true });
    assert.equal(report.ingested, 3);
    assert.deepEqual(report.failed, []);
    assert.deepEqual(
      report.warnings.map((w) => [w.location, w.code]),
      items.map((_, i) => [`${feed}#item-${i + 1}`, 'SW_FOLLOW_FALLBACK']),
    );
    for (const warning of report.warnings) assert.match(warning.message, /SW_URL_FORBIDDEN http:\/\//);
    assert.deepEqual(store.listArticles().map((a) => a.title).sort(), items.map(([title]) => title).sort());
  } finally {
    store.close();
  }
});
