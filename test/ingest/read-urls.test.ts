import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readFeed, readSources, type ReadOptions, type SourceItem } from '../../src/ingest/index.js';
import { startServer, type LocalServer } from './local-server.js';

const ARABIC = 'فيضانات تغلق الطريق الجبلي بعد أمطار غزيرة يوم الثلاثاء';
let server: LocalServer;
let feedVersion = 1;
let inFlight = 0;
let maxInFlight = 0;
const local: ReadOptions = { allowPrivate: true, timeoutMs: 3000 };

function rss(base: string): string {
  const items = [
    `<item><title>Floods</title><link>${base}/article/floods</link><guid>floods-1</guid><pubDate>Tue, 05 Mar 2024 14:00:00 GMT</pubDate><description>Short summary of the floods.</description></item>`,
    `<item><title>Gone</title><link>${base}/article/gone</link><guid>gone-2</guid><description>&lt;p&gt;Summary kept when the page fails.&lt;/p&gt;</description></item>`,
  ];
  if (feedVersion > 1) items.push(`<item><title>Later</title><link>${base}/article/later</link><guid>later-3</guid><description>Added later.</description></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>${items.join('')}</channel></rss>`;
}

before(async () => {
  server = await startServer({
    '/arabic': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1256' });
      res.end(iconv.encode(`<html><body><p>${ARABIC}</p></body></html>`, 'windows-1256'));
    },
    '/feed': (req, res, base) => {
      const etag = `"feed-v${feedVersion}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag });
      res.end(rss(base));
    },
    '/article/floods': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><body><article><p>The full floods article.</p></article></body></html>');
    },
    '/many-feed': (_req, res, base) => {
      const items = [1, 2, 3, 4, 5, 6].map((n) => `<item><title>T${n}</title><link>${base}/delayed/${n}</link><guid>g${n}</guid></item>`);
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss version="2.0"><channel><title>Many</title>${items.join('')}</channel></rss>`);
    },
    '/delayed/*': (req, res) => {
      const n = Number((req.url ?? '').split('/').pop());
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<p>page ${n}</p>`);
      }, (7 - n) * 25);
    },
    '/dump': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      res.end('{"title":"r1","text":"one"}\nbroken\n');
    },
  });
});
after(() => server.close());

async function collect(inputs: string[], options?: ReadOptions): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(inputs, options)) items.push(item);
  return items;
}

test('a URL input becomes an html document decoded with the header charset', async () => {
  const url = `${server.base}/arabic`;
  const [item, ...rest] = await collect([url], local);
  assert.equal(rest.length, 0);
  assert.ok(item.ok, item.ok ? '' : item.error.toLine());
  assert.equal(item.doc.format, 'html');
  assert.equal(item.doc.source, url);
  assert.equal(item.doc.url, url);
  assert.equal(item.doc.body, `<html><body><p>${ARABIC}</p></body></html>`);
});

test('a JSONL URL reports bad lines with the URL and line number', async () => {
  const url = `${server.base}/dump`;
  const items = await collect([url], local);
  assert.deepEqual(items.map((item) => (item.ok ? item.doc.source : item.error.toLine().split(' ').slice(0, 2).join(' '))), [`${url}:1`, `${url}:2: SW_JSONL_LINE`]);
});

test('URL failures are items, and the other inputs are still read', async () => {
  const items = await collect([`${server.base}/missing`, 'http://10.0.0.1/', `${server.base}/arabic`], { timeoutMs: 2000 });
  // Without allowPrivate even the local server is refused.
  assert.deepEqual(items.map((item) => (item.ok ? 'ok' : item.error.code)), ['SW_URL_FORBIDDEN', 'SW_URL_FORBIDDEN', 'SW_URL_FORBIDDEN']);
  const allowed = await collect([`${server.base}/missing`, `${server.base}/arabic`], local);
  assert.deepEqual(allowed.map((item) => (item.ok ? 'ok' : item.error.code)), ['SW_FETCH_STATUS', 'ok']);
});

test('follow: feed items become their linked pages; a failing page falls back to the item, reported once as a warning', async () => {
  const feed = `${server.base}/feed`;
  const items = await collect([feed], { ...local, follow: true });
  const summary = items.map((item) => (item.ok ? `${item.doc.source} ${item.doc.format} ${item.doc.id}` : `${item.error.location} ${item.error.code}`));
  assert.deepEqual(summary, [
    `${feed}#item-1 html floods-1`,
    `${feed}#item-2 record gone-2`,
  ]);
  const [page, fallback] = items;
  assert.ok(page.ok && fallback.ok);
  assert.equal(page.warnings, undefined);
  assert.match(page.doc.body, /The full floods article/);
  assert.equal(page.doc.title, 'Floods');
  assert.equal(page.doc.published, '2024-03-05T14:00:00.000Z');
  assert.equal(page.doc.site, 'Local Wire');
  assert.equal(page.doc.url, `${server.base}/article/floods`);
  assert.equal(fallback.doc.bodyIsHtml, true);
  assert.match(fallback.doc.body, /Summary kept/);
  assert.deepEqual(fallback.warnings?.map((w) => [w.location, w.code]), [[`${feed}#item-2`, 'SW_FOLLOW_FALLBACK']]);
  assert.match(fallback.warnings?.[0].message ?? '', new RegExp(`SW_FETCH_STATUS ${server.base}/article/gone: .*404`));
});

test('follow: an item with nothing of its own whose page cannot be read fails once, with the page\'s error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-ingest-follow-'));
  try {
    const feed = join(dir, 'empty-items.xml');
    writeFileSync(feed, `<rss version="2.0"><channel><title>W</title><item><link>${server.base}/article/gone</link><guid>g</guid></item></channel></rss>`);
    const items = await collect([feed], { ...local, follow: true });
    assert.deepEqual(items.map((item) => (item.ok ? 'ok' : `${item.error.location} ${item.error.code}`)), [`${feed}#item-1 SW_FETCH_STATUS`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('readFeed polls a URL: items keyed by guid, then notModified, then the new item', async () => {
  feedVersion = 1;
  const url = `${server.base}/feed`;
  const first = await readFeed(url, local);
  assert.equal(first.notModified, false);
  assert.equal(first.etag, '"feed-v1"');
  assert.deepEqual(first.items.map((item) => item.ok && item.doc.id), ['floods-1', 'gone-2']);
  const second = await readFeed(url, { ...local, ifNoneMatch: first.etag });
  assert.equal(second.notModified, true);
  assert.equal(second.items.length, 0);
  feedVersion = 2;
  const third = await readFeed(url, { ...local, ifNoneMatch: first.etag });
  assert.equal(third.notModified, false);
  assert.deepEqual(third.items.map((item) => item.ok && item.doc.id), ['floods-1', 'gone-2', 'later-3']);
  // Unchanged items keep their raw hash between polls, so a poller can skip them.
  assert.deepEqual(third.items.slice(0, 2).map((item) => item.ok && item.doc.rawHash), first.items.map((item) => item.ok && item.doc.rawHash));
});

test('readFeed on a path: ETag from the bytes, errors as items', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-ingest-feed-'));
  try {
    const path = join(dir, 'feed.xml');
    feedVersion = 1;
    writeFileSync(path, rss('https://wire.example.org'));
    const first = await readFeed(path);
    assert.equal(first.items.length, 2);
    assert.ok(first.etag);
    assert.equal((await readFeed(path, { ifNoneMatch: first.etag })).notModified, true);
    writeFileSync(path, '<rss><channel><item>');
    const broken = await readFeed(path, { ifNoneMatch: first.etag });
    assert.deepEqual(broken.items.map((item) => !item.ok && item.error.code), ['SW_FEED_INVALID']);
    const missing = await readFeed(join(dir, 'missing.xml'));
    assert.deepEqual(missing.items.map((item) => !item.ok && item.error.code), ['SW_INPUT_UNREADABLE']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('follow fetches linked pages concurrently and yields them in feed order', async () => {
  maxInFlight = 0;
  const items = await collect([`${server.base}/many-feed`], { ...local, follow: true });
  assert.deepEqual(items.map((item) => item.ok && item.doc.body), [1, 2, 3, 4, 5, 6].map((n) => `<p>page ${n}</p>`));
  assert.ok(maxInFlight > 1, `pages fetched one at a time (max in flight ${maxInFlight})`);
});

test('readFeed skipItem leaves out known items before following them', async () => {
  const before = server.requests.length;
  const result = await readFeed(`${server.base}/many-feed`, { ...local, follow: true, skipItem: (key) => key !== 'g4' });
  assert.deepEqual(result.items.map((item) => item.ok && `${item.doc.id} ${item.doc.body}`), ['g4 <p>page 4</p>']);
  assert.deepEqual(server.requests.slice(before), ['/many-feed', '/delayed/4']);
});
