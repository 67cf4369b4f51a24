import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../../src/ingest/decode/decode-bytes.js';
import { readSources, type SourceItem } from '../../../src/ingest/index.js';

const examples = new URL('../../../examples/', import.meta.url).pathname;
const RUSSIAN = readFileSync(join(examples, 'railway-ru.txt'));
const FRENCH = readFileSync(join(examples, 'ferry-fr.txt'));

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sw-damaged-utf8-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('UTF-8 cut inside its last character decodes as UTF-8 with one replacement', () => {
  const cut = RUSSIAN.subarray(0, RUSSIAN.lastIndexOf(Buffer.from('.')) - 1);
  const decoded = decodeBytes(cut);
  assert.equal(decoded.encoding, 'utf8');
  assert.ok(decoded.text.startsWith(RUSSIAN.toString('utf8').slice(0, 200)));
  assert.equal(decoded.text.match(/\ufffd/g)?.length, 1);
  assert.deepEqual(decoded.repaired, { sequences: 1, firstByte: cut.length - 1 });
});

test('one stray 0xff byte in French UTF-8 is replaced, the accents kept', () => {
  const middle = FRENCH.indexOf(0x20, FRENCH.length >> 1);
  const damaged = Buffer.concat([FRENCH.subarray(0, middle), Buffer.from([0xff]), FRENCH.subarray(middle)]);
  const decoded = decodeBytes(damaged);
  assert.equal(decoded.encoding, 'utf8');
  assert.equal(decoded.text.replace('\ufffd', ''), FRENCH.toString('utf8'));
  assert.equal(decoded.repaired?.firstByte, middle);
});

test('a page declaring UTF-8 with a stray byte in ASCII text is read as UTF-8', () => {
  const html = Buffer.concat([
    Buffer.from('<html><head><meta charset="utf-8"><title>Harbour news</title></head><body><p>Copyright '),
    Buffer.from([0xa9]),
    Buffer.from(' 2024 the harbour office.</p></body></html>'),
  ]);
  const decoded = decodeBytes(html);
  assert.equal(decoded.via, 'declared');
  assert.match(decoded.text, /Copyright \ufffd 2024/);
  assert.equal(decoded.repaired?.sequences, 1);
});

test('legacy encodings are still not read as damaged UTF-8', () => {
  const cases: Array<[string, string]> = [
    ['windows-1251', 'Президент открыл новую железную дорогу от Оша до Джалал-Абада. Строительство заняло четыре года.'],
    ['koi8-r', 'Президент открыл новую железную дорогу от Оша до Джалал-Абада. Строительство заняло четыре года.'],
    ['windows-1252', 'Le ferry a repris la mer après trois jours de tempête ; les passagers étaient soulagés.'],
    ['gbk', '市长宣布，旧桥将在周一重新开放，交通将逐步恢复。'],
    ['shift_jis', '市長は、古い橋が月曜日に再開すると発表した。交通は徐々に回復する。'],
  ];
  for (const [encoding, text] of cases) {
    const decoded = decodeBytes(iconv.encode(text, encoding));
    assert.equal(decoded.text, text, encoding);
    assert.equal(decoded.repaired, undefined, encoding);
  }
});

test('reading a damaged UTF-8 file yields its document with a warning naming the byte', async () => {
  const path = join(dir, 'cut.txt');
  const cut = RUSSIAN.subarray(0, RUSSIAN.lastIndexOf(Buffer.from('.')) - 1);
  writeFileSync(path, cut);
  const items: SourceItem[] = [];
  for await (const item of readSources([path])) items.push(item);
  assert.equal(items.length, 1);
  const [item] = items;
  assert.ok(item.ok);
  assert.match(item.doc.body, /[а-я]/);
  assert.deepEqual(item.warnings?.map((w) => w.toLine()), [`${path}: SW_INPUT_UTF8_REPAIRED ${'ill-formed UTF-8 sequences were replaced with U+FFFD'}: 1 sequence, the first at byte ${cut.length - 1}`]);
});
