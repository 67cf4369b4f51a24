import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from './capture-output.js';
import { SHARED_DATA } from '../helpers/run-cli.js';

const fixtures = fileURLToPath(new URL('../fixtures/compare/flood-multilingual/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sw-compare-pair-'));
const noStore = join(dir, 'none.db');
after(() => rmSync(dir, { recursive: true, force: true }));

test('compare of two files prints seven scores and the evidence as JSON', async () => {
  const result = await runCli(['compare', join(fixtures, 'en.txt'), join(fixtures, 'es.txt'), '--json', '--db', noStore]);
  assert.equal(result.code, 0, result.stderr);
  const json = JSON.parse(result.stdout) as { a: { lang: string }; b: { lang: string }; scores: Record<string, number>; explanation: { features: Array<{ feature: string }> } };
  assert.deepEqual(Object.keys(json.scores).sort(), ['entities', 'geography', 'narrative', 'overall', 'style', 'time', 'tone']);
  assert.equal(json.a.lang, 'en');
  assert.equal(json.b.lang, 'es');
  assert.ok(json.explanation.features.some((f) => f.feature === 'bridge'));
});

test('the readable report names the scores and the features', async () => {
  const result = await runCli(['compare', join(fixtures, 'de.txt'), join(fixtures, 'unrelated-en.txt'), '--db', noStore]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /overall\s+[1-4]\.\d\d/);
  assert.match(result.stdout, /Same story: (yes|no)/);
  assert.match(result.stdout, /Features/);
});

test('an argument that is neither a file, a URL nor a stored id is a usage error', async () => {
  const result = await runCli(['compare', join(fixtures, 'en.txt'), 'no-such-article', '--db', noStore]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /SW_NOT_FOUND/);
});

const seeds = join(SHARED_DATA, 'seeds');
test('the readable report on two founding seeds: the president in Latin script, ~100,000 and ~98,000 as close, not the same', { skip: existsSync(seeds) ? false : 'no ../shared/data/seeds' }, async () => {
  const result = await runCli(['compare', join(seeds, '001_5cc3437ac6d61a29.txt'), join(seeds, '002_c55213d5c76b741f.txt'), '--db', noStore]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^ {2}Kassym-Jomart Tokayev \[person, per:tkf\]: A .*توكاييف.* \| B .*Tokayev/m);
  assert.match(result.stdout, /^ {2}close: 100 ألف \| 98\.000 \(en:peopl\)$/m);
});
