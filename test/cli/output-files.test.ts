import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/run-cli.js';
import { openStore } from '../../src/store/sqlite-store.js';

const BATCH = fileURLToPath(new URL('../fixtures/compare/batch/', import.meta.url));

test('every --out that cannot be written is SW_OUTPUT_UNWRITABLE naming it, exit 1, no stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-out-'));
  try {
    const db = join(dir, 'store.db');
    openStore(db).close();
    const names = join(dir, 'names.tsv');
    writeFileSync(names, 'name1\tlang1\tname2\tlang2\nTokayev\ten\tТокаев\tru\n');
    const commands: Array<[string, (out: string) => string[]]> = [
      ['export', (out) => ['export', '--format', 'csv', '--db', db, '--out', out]],
      ['cluster', (out) => ['cluster', '--articles', join(BATCH, 'articles.jsonl'), '--out', out, '--no-progress']],
      ['compare', (out) => ['compare', '--articles', join(BATCH, 'articles.jsonl'), '--pairs', join(BATCH, 'pairs.csv'), '--out', out]],
      ['names', (out) => ['names', '--pairs', names, '--out', out]],
    ];
    for (const [command, args] of commands) {
      for (const [why, out, reason] of [
        ['a directory', dir, /EISDIR/],
        ['a missing directory', join(dir, 'no-such-dir', 'out.csv'), /ENOENT/],
      ] as const) {
        const result = runCli(args(out), { cwd: dir });
        assert.equal(result.status, 1, `${command} --out ${why}: ${result.stderr}`);
        assert.ok(result.stderr.includes(`${out}: SW_OUTPUT_UNWRITABLE output file cannot be written`), `${command} --out ${why}: ${result.stderr}`);
        assert.match(result.stderr, reason);
        assert.doesNotMatch(result.stderr, /\n\s+at /, `${command} --out ${why} prints no stack trace`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
