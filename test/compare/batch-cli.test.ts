import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from './capture-output.js';

const fixtures = fileURLToPath(new URL('../fixtures/compare/batch/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sw-compare-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('batch compare writes one row per scorable pair and reports a missing article with its line', async () => {
  const out = join(dir, 'scores.csv');
  const result = await runCli(['compare', '--articles', join(fixtures, 'articles.jsonl'), '--pairs', join(fixtures, 'pairs.csv'), '--out', out]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /pairs\.csv:4: SW_PAIR_MISSING_ARTICLE .*missing-article/);
  const lines = readFileSync(out, 'utf8').trim().split('\n');
  assert.equal(lines[0], 'id1,id2,overall,geography,entities,time,narrative,style,tone');
  assert.deepEqual(lines.slice(1).map((line) => line.split(',').slice(0, 2).join('-')), ['en1-es1', 'en1-en2', 'es1-en2']);
  for (const line of lines.slice(1)) {
    const values = line.split(',').slice(2).map(Number);
    assert.equal(values.length, 7);
    for (const value of values) assert.ok(value >= 1 && value <= 4, line);
  }
  const overall = new Map(lines.slice(1).map((line) => [line.split(',').slice(0, 2).join('-'), Number(line.split(',')[2])]));
  assert.ok(overall.get('en1-es1')! < overall.get('en1-en2')!, 'the same story across languages beats an unrelated story');
});

test('batch mode needs all three options', async () => {
  const result = await runCli(['compare', '--articles', join(fixtures, 'articles.jsonl')]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /SW_USAGE/);
});

test('batch compare neutralises an id a spreadsheet would run as a formula and keeps numeric ids', async () => {
  const articles = readFileSync(join(fixtures, 'articles.jsonl'), 'utf8').replace('"id": "en1"', '"id": "@SUM(A1)"').replace('"id": "es1"', '"id": "1484084337"');
  const articlesPath = join(dir, 'formula-articles.jsonl');
  writeFileSync(articlesPath, articles);
  const pairsPath = join(dir, 'formula-pairs.csv');
  writeFileSync(pairsPath, 'id1,id2\n@SUM(A1),1484084337\n');
  const out = join(dir, 'formula-scores.csv');
  const result = await runCli(['compare', '--articles', articlesPath, '--pairs', pairsPath, '--out', out]);
  assert.equal(result.code, 0, result.stderr);
  const row = readFileSync(out, 'utf8').trim().split('\n')[1]!.split(',');
  assert.deepEqual(row.slice(0, 2), ["'@SUM(A1)", '1484084337']);
  for (const value of row.slice(2)) assert.match(value, /^\d\.\d{4}$/);
});

test('batch compare names the line and the column of a pair row that lacks an id', async () => {
  const pairsPath = join(dir, 'short-pairs.csv');
  writeFileSync(pairsPath, 'id1,id2\nen1,es1\nen1\n,en2\n');
  const out = join(dir, 'short-scores.csv');
  const result = await runCli(['compare', '--articles', join(fixtures, 'articles.jsonl'), '--pairs', pairsPath, '--out', out]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /short-pairs\.csv:3: SW_PAIR_INCOMPLETE pair row lacks an id: the id2 column is empty or missing/);
  assert.match(result.stderr, /short-pairs\.csv:4: SW_PAIR_INCOMPLETE pair row lacks an id: the id1 column is empty or missing/);
  assert.doesNotMatch(result.stderr, /SW_PAIR_MISSING_ARTICLE/);
  assert.equal(readFileSync(out, 'utf8').trim().split('\n').length, 2, 'the complete pair is still scored');
});
