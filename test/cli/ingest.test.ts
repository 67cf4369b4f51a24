import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli, SHARED_DATA } from '../helpers/run-cli.js';
import { openStore } from '../../src/store/sqlite-store.js';

const SEEDS = join(SHARED_DATA, 'seeds');
interface Expected {
  articles: Record<string, { lang: string; title: string; boilerplate_lines: string[] }>;
}
const expected = JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8')) as Expected;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'sw-cli-'));
}

test('ingesting the seeds stores five articles with their languages and clean titles, and a re-run adds nothing', () => {
  const dir = tempDir();
  try {
    const db = join(dir, 'seeds.db');
    const first = runCli(['ingest', SEEDS, '--db', db, '--json']);
    assert.equal(first.status, 0, first.stderr);
    const report = JSON.parse(first.stdout) as { ingested: number; failed: unknown[] };
    assert.equal(report.ingested, 5);
    assert.deepEqual(report.failed, []);

    const store = openStore(db);
    const articles = store.listArticles();
    assert.equal(articles.length, 5);
    for (const [file, want] of Object.entries(expected.articles)) {
      const article = articles.find((a) => a.source.endsWith(file));
      assert.ok(article, `${file} stored`);
      assert.equal(article.lang, want.lang, `${file} language`);
      assert.equal(article.title, want.title, `${file} title`);
      const lines = article.text.split('\n').map((line) => line.trim());
      for (const boilerplate of want.boilerplate_lines) {
        if (boilerplate.includes(' ') && boilerplate.startsWith('everything after') || boilerplate.startsWith('the title repeated')) continue;
        assert.ok(!lines.includes(boilerplate), `${file}: boilerplate line "${boilerplate}" was dropped`);
      }
      const raw = readFileSync(join(SEEDS, file), 'utf8');
      const bodyParagraphs = raw.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 200);
      for (const paragraph of bodyParagraphs) assert.ok(article.text.includes(paragraph.slice(0, 120)), `${file}: body paragraph kept`);
    }
    store.close();

    const again = runCli(['ingest', SEEDS, '--db', db, '--json']);
    assert.equal(again.status, 0, again.stderr);
    const second = JSON.parse(again.stdout) as { ingested: number; unchanged: number };
    assert.equal(second.ingested, 0);
    assert.equal(second.unchanged, 5);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a batch with broken inputs reports each by name, stores the rest and exits 1', () => {
  const dir = tempDir();
  try {
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'good.txt'), 'A good headline for a test\n\nThis is the body of a perfectly fine article. It has two sentences.\n');
    writeFileSync(join(inputs, 'empty.txt'), '');
    writeFileSync(join(inputs, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0, 1, 2, 3]));
    writeFileSync(join(inputs, 'dump.jsonl'), '{"title":"Record one","text":"Body of record one. It is fine."}\nnot json\n{"title":"Record two","text":"Body of record two. Also fine."}\n');
    writeFileSync(join(inputs, 'bomb.txt.gz'), gzipSync(Buffer.alloc(60 * 1024 * 1024, 'a')));
    const db = join(dir, 'batch.db');
    const result = runCli(['ingest', inputs, '--db', db, '--max-bytes', '4000000']);
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stderr, /empty\.txt: SW_INPUT_EMPTY/);
    assert.match(result.stderr, /binary\.txt: SW_INPUT_BINARY/);
    assert.match(result.stderr, /dump\.jsonl:2: SW_JSONL_LINE/);
    assert.match(result.stderr, /bomb\.txt\.gz: SW_GZIP_BOMB/);
    assert.match(result.stdout, /^3 ingested/);
    const store = openStore(db);
    assert.deepEqual(store.listArticles().map((a) => a.title).sort(), ['A good headline for a test', 'Record one', 'Record two']);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('usage errors exit 2', () => {
  assert.equal(runCli(['ingest']).status, 2);
  assert.equal(runCli(['no-such-command']).status, 2);
});

test('exact duplicates are counted once and near-duplicates are linked, not dropped', () => {
  const dir = tempDir();
  try {
    const body = Array.from({ length: 12 }, (_, i) => `Sentence number ${i} of the wire dispatch about the harbour strike, with details on ships, cranes and wages.`).join(' ');
    writeFileSync(join(dir, 'wire.txt'), `Harbour strike enters third day\n\n${body}\n`);
    writeFileSync(join(dir, 'copy.txt'), `Harbour strike enters third day\n\n${body}\n`);
    writeFileSync(join(dir, 'edited.txt'), `Harbour strike enters its third day\n\n${body.replace('Sentence number 3', 'Line 3')} Reporting by our correspondent.\n`);
    const db = join(dir, 'dup.db');
    const result = runCli(['ingest', join(dir, 'wire.txt'), join(dir, 'copy.txt'), join(dir, 'edited.txt'), '--db', db, '--json']);
    assert.equal(result.status, 0, result.stderr);
    const report = JSON.parse(result.stdout) as { ingested: number; duplicates: number; nearDuplicates: number };
    assert.deepEqual([report.ingested, report.duplicates, report.nearDuplicates], [2, 1, 1]);
    const store = openStore(db);
    const edited = store.listArticles().find((a) => a.source.endsWith('edited.txt'));
    const wire = store.listArticles().find((a) => a.source.endsWith('wire.txt'));
    assert.equal(edited?.nearDuplicateOf, wire?.id);
    assert.equal(store.duplicateSightings(wire!.id).length, 1);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('articles and show list and print what was stored', () => {
  const dir = tempDir();
  try {
    const db = join(dir, 'browse.db');
    assert.equal(runCli(['ingest', SEEDS, '--db', db]).status, 0);
    const list = JSON.parse(runCli(['articles', '--db', db, '--lang', 'fr', '--json']).stdout) as { id: string; lang: string }[];
    assert.equal(list.length, 2);
    assert.ok(list.every((a) => a.lang === 'fr'));
    const shown = runCli(['show', list[0].id, '--db', db]);
    assert.equal(shown.status, 0);
    assert.match(shown.stdout, /^# /);
    const missing = runCli(['show', 'nonexistent-id', '--db', db]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /SW_NOT_FOUND/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('extract prints clean articles without touching a store', () => {
  const dir = tempDir();
  try {
    const result = runCli(['extract', join(SEEDS, '003_c3826daaabdbbbfb.txt'), '--json'], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    const [article] = JSON.parse(result.stdout) as { title: string; text: string }[];
    assert.equal(article.title, expected.articles['003_c3826daaabdbbbfb.txt'].title);
    assert.ok(!article.text.includes('Leave a Reply'));
    assert.deepEqual(readdirSync(dir), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
