import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { readArticleFile } from '../../../src/cli/commands/analyze.js';
import type { ArticleAnalysis } from '../../../src/core/model.js';

const fixture = fileURLToPath(new URL('../../fixtures/analyze/cli-article/article.txt', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'sw-cli-analyze-'));
after(() => rmSync(work, { recursive: true, force: true }));

const mainModule = new URL('../../../src/cli/main.ts', import.meta.url).href;

// A child process: the CLI writes to stdout, which in this process belongs to the test reporter.
function run(args: string[]): { code: number; out: string; err: string } {
  const script = `import(${JSON.stringify(mainModule)}).then(async (m) => { process.exitCode = await m.main(${JSON.stringify(args)}); });`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, STORYWEAVE_DATA_DIR: join(work, 'data') } });
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}

test('the title is the first meaningful line, not a section label', () => {
  const input = readArticleFile(fixture);
  assert.equal(input.title, 'Thousands cross the border after the announcement');
  assert.ok(input.text.startsWith('Around 12,000'));
});

test('analyze <file> --json prints the ArticleAnalysis', () => {
  const { code, out } = run(['analyze', fixture, '--json', '--lang', 'en']);
  assert.equal(code, 0);
  const analysis = JSON.parse(out) as ArticleAnalysis;
  assert.equal(analysis.lang, 'en');
  assert.ok(analysis.numbers.some((n) => n.value === 12000 && n.approximate));
  assert.ok(analysis.dates.some((d) => d.iso === '2022-09-21'));
  assert.ok(analysis.terms['en:border'] > 0);
});

test('analyze <file> prints a readable report with detected language', () => {
  const { code, out } = run(['analyze', fixture]);
  assert.equal(code, 0);
  assert.match(out, /^language: en/m);
  assert.match(out, /^numbers \(\d+\):/m);
  assert.match(out, /2022-09-21 {2}"21 September 2022"/);
  assert.match(out, /^top terms: /m);
});

test('bad targets: an empty file, and an id with no store', () => {
  const empty = join(work, 'empty.txt');
  writeFileSync(empty, '\n\n');
  const emptyRun = run(['analyze', empty]);
  assert.equal(emptyRun.code, 1);
  assert.match(emptyRun.err, /SW_INPUT_EMPTY/);
  const missing = run(['analyze', 'no-such-article', '--db', join(work, 'none.db')]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /SW_NOT_FOUND/);
});
