import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { main } from '../../../src/cli/main.js';

describe('storyweave names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-names-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the pairs with same and score columns', async () => {
    const input = join(dir, 'pairs.tsv');
    const output = join(dir, 'out.tsv');
    writeFileSync(input, [
      'name1\tlang1\tname2\tlang2\tnote',
      'Tokayev\ten\tتوكاييف\tar\textra column',
      'Frank Field\ten\tFrank Mossfield\ten\tx',
      'Germany\ten\tAllemagne\tfr\ty',
      '',
    ].join('\n'));
    const code = await main(['names', '--pairs', input, '--out', output]);
    assert.equal(code, 0);
    const lines = readFileSync(output, 'utf8').trim().split('\n').map((l) => l.split('\t'));
    assert.deepEqual(lines[0], ['name1', 'lang1', 'name2', 'lang2', 'same', 'score']);
    assert.equal(lines.length, 4);
    assert.deepEqual(lines.map((l) => l[4]), ['same', '1', '0', '1']);
    for (const row of lines.slice(1)) {
      assert.match(row[5]!, /^[01]\.\d{3}$/);
      assert.equal(row.length, 6);
    }
    assert.equal(lines[1]![0], 'Tokayev');
  });

  it('fails with exit code 1 on a missing file and 2 on a usage error', async () => {
    const code = await main(['names', '--pairs', join(dir, 'missing.tsv'), '--out', join(dir, 'o.tsv')]);
    assert.equal(code, 1);
    assert.equal(await main(['names', '--out', join(dir, 'o.tsv')]), 2);
  });
});
