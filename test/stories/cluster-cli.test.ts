import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { loadFixture } from './fixture-articles.js';

test('storyweave cluster writes id,story for every article and touches no store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-cluster-'));
  try {
    const { articles } = loadFixture('order-independence');
    const lines = articles.map((article) => JSON.stringify({ id: article.id, title: article.title, text: article.text, lang: article.lang }));
    // An exact copy under another id, a broken line and a record without text.
    const copy = articles.find((article) => article.id === 'election-en')!;
    lines.push(JSON.stringify({ id: 'election-en-copy', title: copy.title, text: copy.text }));
    lines.push('{"id": "broken", "text": ');
    lines.push(JSON.stringify({ id: 'empty' }));
    const input = join(dir, 'articles.jsonl');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const out = join(dir, 'clusters.csv');
    const db = join(dir, 'untouched.db');
    const temporary = join(dir, 'tmp');
    mkdirSync(temporary);
    const result = runCli(['cluster', '--articles', input, '--out', out, '--no-progress'], { cwd: dir, env: { STORYWEAVE_DB: db, TMPDIR: temporary } });
    assert.equal(result.status, 1, 'bad lines make the exit status 1');
    assert.match(result.stderr, /articles\.jsonl:13: SW_JSONL_LINE/);
    assert.match(result.stderr, /articles\.jsonl:14: SW_RECORD_INVALID/);
    assert.ok(!existsSync(db), 'no store was created');
    assert.deepEqual(readdirSync(temporary).filter((name) => name.startsWith('storyweave')), [], 'the private store in the temporary directory is removed');
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    assert.equal(rows[0], 'id,story');
    const story = new Map(rows.slice(1).map((row) => row.split(',') as [string, string]));
    assert.equal(story.size, articles.length + 1);
    for (const [id, storyId] of story) assert.ok(storyId, `${id} has a story`);
    assert.equal(story.get('election-en-copy'), story.get('election-en'), 'an exact copy is in its original\'s story');
    assert.notEqual(story.get('chess-de'), story.get('election-en'), 'unrelated events are apart');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('storyweave cluster reports a missing input file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-cluster-'));
  try {
    const result = runCli(['cluster', '--articles', join(dir, 'nope.jsonl'), '--out', join(dir, 'out.csv')], { cwd: dir });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /nope\.jsonl: SW_INPUT_UNREADABLE/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('storyweave cluster neutralises an id a spreadsheet would run as a formula and keeps numeric ids', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-cluster-'));
  try {
    const { articles } = loadFixture('order-independence');
    const ids = ["=cmd|' /C calc'!A0", '1484084337', '-17'];
    const input = join(dir, 'articles.jsonl');
    writeFileSync(input, articles.slice(0, ids.length).map((article, i) => JSON.stringify({ id: ids[i], title: article.title, text: article.text })).join('\n'));
    const out = join(dir, 'clusters.csv');
    const result = runCli(['cluster', '--articles', input, '--out', out, '--no-progress'], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    const written = readFileSync(out, 'utf8').trim().split('\n').slice(1).map((row) => row.split(',')[0]);
    assert.deepEqual(written, ["'=cmd|' /C calc'!A0", '1484084337', '-17']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('storyweave cluster reports an empty input as SW_INPUT_EMPTY, exit 1, as ingest does, and writes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-cluster-'));
  try {
    const input = join(dir, 'empty.jsonl');
    writeFileSync(input, '\n\n');
    const out = join(dir, 'e.csv');
    const result = runCli(['cluster', '--articles', input, '--out', out, '--no-progress'], { cwd: dir });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /empty\.jsonl: SW_INPUT_EMPTY/);
    assert.ok(!existsSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
