import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';
import { readSources, type ReadOptions, type SourceItem } from '../../src/ingest/index.js';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sw-ingest-gz-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function collect(inputs: string[], options?: ReadOptions): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(inputs, options)) items.push(item);
  return items;
}

/** gzip of `megabytes` MiB of zeros, compressed chunk by chunk so the test never holds it all. */
async function gzippedZeros(megabytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: 1 });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once('drain', resolve));
  gzip.end();
  await done;
  return Buffer.concat(chunks);
}

test('gzip of HTML, JSONL and a feed is decompressed and read by the inner format', async () => {
  const html = join(dir, 'page.html.gz');
  writeFileSync(html, gzipSync('<html><body><p>Zipped page</p></body></html>'));
  const jsonl = join(dir, 'dump.jsonl.gz');
  writeFileSync(jsonl, gzipSync('{"title":"one","text":"first"}\n{"title":"two","text":"second"}\n'));
  const feed = join(dir, 'feed.xml.gz');
  writeFileSync(feed, gzipSync('<rss version="2.0"><channel><title>Z</title><item><title>Zipped item</title><link>https://z.example.org/1</link></item></channel></rss>'));
  const items = await collect([html, jsonl, feed]);
  assert.deepEqual(
    items.map((item) => (item.ok ? `${item.doc.source.replace(`${dir}/`, '')} ${item.doc.format}` : item.error.toLine())),
    ['page.html.gz html', 'dump.jsonl.gz:1 record', 'dump.jsonl.gz:2 record', 'feed.xml.gz#item-1 record'],
  );
  assert.ok(items[0].ok && items[0].doc.body.includes('Zipped page'));
});

test('a gzip bomb (100 MiB of zeros) is refused with SW_GZIP_BOMB under a small cap', async () => {
  const bomb = await gzippedZeros(100);
  assert.ok(bomb.length < 1024 * 1024, 'the bomb itself is small');
  const path = join(dir, 'bomb.txt.gz');
  writeFileSync(path, bomb);
  const after = join(dir, 'after.txt');
  writeFileSync(after, 'read after the bomb');
  const items = await collect([path, after], { maxDecompressedBytes: 1024 * 1024 });
  assert.equal(items.length, 2);
  assert.equal(!items[0].ok && items[0].error.code, 'SW_GZIP_BOMB');
  assert.equal(!items[0].ok && items[0].error.location, path);
  assert.ok(items[1].ok);
});

test('corrupt and truncated gzip are SW_GZIP_CORRUPT', async () => {
  const good = gzipSync('some text that will be damaged '.repeat(50));
  const truncated = join(dir, 'truncated.txt.gz');
  writeFileSync(truncated, good.subarray(0, Math.floor(good.length / 2)));
  const damaged = Buffer.from(good);
  for (let i = 12; i < 40; i++) damaged[i] ^= 0xff;
  const corrupt = join(dir, 'corrupt.txt.gz');
  writeFileSync(corrupt, damaged);
  const notGzip = join(dir, 'plain.txt.gz');
  writeFileSync(notGzip, 'not compressed at all');
  const items = await collect([truncated, corrupt, notGzip]);
  assert.deepEqual(items.map((item) => !item.ok && item.error.code), ['SW_GZIP_CORRUPT', 'SW_GZIP_CORRUPT', 'SW_GZIP_CORRUPT']);
});

test('gzip of nothing is SW_INPUT_EMPTY', async () => {
  const path = join(dir, 'nothing.txt.gz');
  writeFileSync(path, gzipSync(Buffer.alloc(0)));
  const [item] = await collect([path]);
  assert.equal(!item.ok && item.error.code, 'SW_INPUT_EMPTY');
});

test('gzip is capped at the plain-file size: a large text over it is SW_INPUT_TOO_LARGE, as the same file plain is', async () => {
  // Words in a pseudo-random order compress like prose (3-4x), not like a bomb.
  let seed = 7;
  const words = ['harbour', 'ferry', 'council', 'bridge', 'reopens', 'monday', 'passengers', 'solar', 'lake', 'repairs', 'traffic', 'mayor'];
  const parts: string[] = [];
  for (let i = 0; i < 400_000; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    parts.push(i % 12 === 11 ? `${words[seed % words.length]} ${seed % 1000}.\n` : words[seed % words.length]);
  }
  const text = parts.join(' ');
  assert.ok(text.length > 2 * 1024 * 1024);
  const plain = join(dir, 'large.txt');
  writeFileSync(plain, text);
  const zipped = join(dir, 'large.txt.gz');
  writeFileSync(zipped, gzipSync(text));
  const items = await collect([plain, zipped], { maxBytes: 1024 * 1024 });
  assert.deepEqual(items.map((item) => (item.ok ? 'ok' : item.error.code)), ['SW_INPUT_TOO_LARGE', 'SW_INPUT_TOO_LARGE']);
  assert.match(!items[1].ok ? items[1].error.message : '', /once decompressed/);
});
