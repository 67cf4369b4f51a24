import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { readSources, type ReadOptions, type SourceItem } from '../../src/ingest/index.js';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sw-ingest-jsonl-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function collect(inputs: string[], options?: ReadOptions): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(inputs, options)) items.push(item);
  return items;
}

const line = (i: number) => JSON.stringify({ id: `r${i}`, title: `Record ${i}`, text: `Body of record number ${i}.` });

test('a JSONL file larger than maxBytes is streamed: the cap applies per line', async () => {
  const lines = Array.from({ length: 300 }, (_, i) => line(i + 1));
  lines[149] = JSON.stringify({ id: 'huge', title: 'too long', text: 'x'.repeat(3000) });
  const path = join(dir, 'big.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  const items = await collect([path], { maxBytes: 1000 });
  const errors = items.filter((item) => !item.ok);
  assert.deepEqual(errors.map((item) => !item.ok && `${item.error.location} ${item.error.code}`), [`${path}:150 SW_JSONL_LINE`]);
  const ids = items.flatMap((item) => (item.ok ? [item.doc.id] : []));
  assert.equal(ids.length, 299);
  assert.equal(ids[148], 'r149');
  assert.equal(ids[149], 'r151');
  assert.ok(items.every((item) => !item.ok || item.doc.source === `${path}:${Number(item.doc.id?.slice(1))}`));
});

test('a last line without a newline is read; CRLF line ends are fine', async () => {
  const path = join(dir, 'crlf.ndjson');
  writeFileSync(path, `${line(1)}\r\n${line(2)}\r\n${line(3)}`);
  const items = await collect([path]);
  assert.deepEqual(items.map((item) => item.ok && item.doc.id), ['r1', 'r2', 'r3']);
});

test('JSONL in windows-1251 is decoded', async () => {
  const record = { id: 'ru', title: 'Мост снова открыт', text: 'Движение восстановится постепенно, сообщил мэр города.' };
  const path = join(dir, 'legacy.jsonl');
  writeFileSync(path, iconv.encode(`${JSON.stringify(record)}\n`, 'windows-1251'));
  const [item] = await collect([path]);
  assert.ok(item.ok);
  assert.equal(item.doc.title, record.title);
  assert.equal(item.doc.body, record.text);
});

test('a highly repetitive jsonl.gz over the decompressed cap is a gzip bomb, reported after the lines read', async () => {
  const path = join(dir, 'bomb.jsonl.gz');
  writeFileSync(path, gzipSync(`${line(1)}\n`.repeat(200_000)));
  const items = await collect([path], { maxDecompressedBytes: 512 * 1024 });
  const last = items[items.length - 1];
  assert.equal(!last.ok && last.error.code, 'SW_GZIP_BOMB');
  assert.ok(items.length < 200_000);
  assert.equal(items.filter((item) => !item.ok).length, 1);
});

test('whitespace-only, binary and corrupt gz JSONL are reported', async () => {
  const blank = join(dir, 'blank.jsonl');
  writeFileSync(blank, '\n \n\t\n');
  const binary = join(dir, 'binary.jsonl');
  writeFileSync(binary, Buffer.from([0x00, 0x01, 0x02, 0x7b, 0x7d]));
  const corrupt = join(dir, 'corrupt.jsonl.gz');
  writeFileSync(corrupt, 'not gzip');
  const items = await collect([blank, binary, corrupt]);
  assert.deepEqual(items.map((item) => !item.ok && item.error.code), ['SW_INPUT_EMPTY', 'SW_INPUT_BINARY', 'SW_GZIP_CORRUPT']);
});
