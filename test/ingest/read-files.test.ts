import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs, readSources, type ReadOptions, type SourceItem } from '../../src/ingest/index.js';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sw-ingest-files-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function collect(inputs: string[], options?: ReadOptions): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(inputs, options)) items.push(item);
  return items;
}

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

function errorCode(item: SourceItem | undefined): string | undefined {
  return item && !item.ok ? item.error.code : undefined;
}

test('plain text file becomes a text document hashed on its raw bytes', async () => {
  const content = 'Title line\n\nA paragraph of text.\n';
  const path = write('note.txt', content);
  const [item, ...rest] = await collect([path]);
  assert.equal(rest.length, 0);
  assert.ok(item.ok);
  assert.equal(item.doc.format, 'text');
  assert.equal(item.doc.body, content);
  assert.equal(item.doc.source, path);
  assert.equal(item.doc.rawHash, createHash('sha256').update(content).digest('hex'));
});

test('HTML is recognised by extension and by content sniffing', async () => {
  const html = '<!doctype html><html><body><p>Sniffed</p></body></html>';
  const sniffed = write('page-without-extension', html);
  const byExtension = write('page.htm', '<p>just a fragment</p>');
  const items = await collect([sniffed, byExtension]);
  assert.deepEqual(items.map((item) => item.ok && item.doc.format), ['html', 'html']);
});

test('empty and whitespace-only files are SW_INPUT_EMPTY, and reading goes on', async () => {
  const empty = write('empty.txt', '');
  const blank = write('blank.html', '  \n\t\n');
  const good = write('good.txt', 'still read');
  const items = await collect([empty, blank, good]);
  assert.equal(errorCode(items[0]), 'SW_INPUT_EMPTY');
  assert.equal(!items[0].ok && items[0].error.location, empty);
  assert.equal(errorCode(items[1]), 'SW_INPUT_EMPTY');
  assert.ok(items[2].ok && items[2].doc.body === 'still read');
});

test('binary inputs are SW_INPUT_BINARY: NUL bytes, PNG, PDF and ZIP magic numbers', async () => {
  const nul = write('data.txt', Buffer.from([0x41, 0x42, 0x00, 0x43, 0x44]));
  const png = write('image.html', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest')]));
  const pdf = write('doc.txt', '%PDF-1.7\n1 0 obj\n');
  const zip = write('archive.json', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
  const control = write('control.txt', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))));
  const items = await collect([nul, png, pdf, zip, control]);
  assert.deepEqual(items.map(errorCode), Array(5).fill('SW_INPUT_BINARY'));
});

test('a file over maxBytes is SW_INPUT_TOO_LARGE without being read', async () => {
  const big = write('big.txt', 'x'.repeat(5000));
  const small = write('small.txt', 'y'.repeat(100));
  const items = await collect([big, small], { maxBytes: 1000 });
  assert.equal(errorCode(items[0]), 'SW_INPUT_TOO_LARGE');
  assert.match(!items[0].ok ? items[0].error.message : '', /5000 bytes/);
  assert.ok(items[1].ok);
});

test('a missing path is SW_INPUT_UNREADABLE naming it', async () => {
  const missing = join(dir, 'no-such-file.txt');
  const [item] = await collect([missing]);
  assert.equal(errorCode(item), 'SW_INPUT_UNREADABLE');
  assert.equal(!item.ok && item.error.location, missing);
});

test('directories are walked recursively, sorted, hidden entries skipped', async () => {
  const root = join(dir, 'walk');
  write('walk/b.txt', 'b');
  write('walk/a/z.txt', 'az');
  write('walk/a/m.html', '<p>am</p>');
  write('walk/.hidden.txt', 'hidden');
  write('walk/.git/config', 'hidden dir');
  write('walk/c/.secret/x.txt', 'hidden nested');
  const expected = ['walk/a/m.html', 'walk/a/z.txt', 'walk/b.txt'].map((p) => join(dir, p));
  assert.deepEqual(await expandInputs([root]), expected);
  const done: string[] = [];
  const items = await collect([root], { onInputDone: (input) => done.push(input) });
  assert.deepEqual(items.map((item) => item.ok && item.doc.source), expected);
  assert.deepEqual(items.map((item) => item.input), expected);
  assert.deepEqual(done, expected);
});

test('re-reading the same input gives the same raw hashes (idempotent re-runs)', async () => {
  const path = write('again.jsonl', '{"title":"t1","text":"one"}\n{"text":"two","title":"t2"}\n');
  const first = (await collect([path])).map((item) => item.ok && item.doc.rawHash);
  const second = (await collect([path])).map((item) => item.ok && item.doc.rawHash);
  assert.equal(first.length, 2);
  assert.deepEqual(first, second);
  // Key order does not change a record's hash.
  const reordered = write('reordered.jsonl', '{"text":"one","title":"t1"}\n');
  const [item] = await collect([reordered]);
  assert.equal(item.ok && item.doc.rawHash, first[0]);
});

test('an input named twice (directly and inside a named directory) is read once', async () => {
  const path = write('twice/one.txt', 'once');
  const items = await collect([path, join(dir, 'twice'), path]);
  assert.deepEqual(items.map((item) => item.ok && item.doc.source), [path]);
});

test('a directory walk takes article files only: no README, LICENSE, images, notes or metadata JSON', async () => {
  const root = join(dir, 'collection');
  write('collection/README.md', '# About this collection');
  write('collection/LICENSE', 'MIT licence text');
  write('collection/notes.md', 'my notes');
  write('collection/photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  write('collection/table.csv', 'a,b\n1,2\n');
  write('collection/expected.json', JSON.stringify({ stories: [['a', 'b']], articles: { 'a.txt': { lang: 'en' } } }));
  write('collection/records.json', JSON.stringify([{ title: 'From an array', text: 'Body.' }]));
  write('collection/a.txt', 'Article A');
  write('collection/page', '<html><body>no extension</body></html>');
  write('collection/b.html.gz', '');
  const expected = ['b.html.gz', 'expected.json', 'a.txt', 'page', 'records.json'].map((name) => join(root, name)).sort();
  assert.deepEqual(await expandInputs([root]), expected);
  const items = await collect([root]);
  assert.deepEqual(
    items.map((item) => (item.ok ? item.doc.source : `${item.error.location} ${item.error.code}`)),
    [`${join(root, 'a.txt')}`, `${join(root, 'b.html.gz')} SW_INPUT_EMPTY`, join(root, 'page'), `${join(root, 'records.json')}#record-1`],
  );
  // Named directly, the same files are read and reported.
  const named = await collect([join(root, 'README.md'), join(root, 'expected.json')]);
  assert.deepEqual(named.map((item) => (item.ok ? item.doc.format : item.error.code)), ['text', 'SW_RECORD_INVALID']);
});

test('a BOM-less UTF-16 text file is read as text, not refused as binary', async () => {
  const text = 'Exported headline\n\nExported body text from a Windows tool.';
  const path = write('utf16.txt', Buffer.from(text, 'utf16le'));
  const [item] = await collect([path]);
  assert.ok(item.ok, item.ok ? '' : item.error.toLine());
  assert.equal(item.doc.body, text);
});
