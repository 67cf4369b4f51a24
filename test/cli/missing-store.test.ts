import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';

test('every command that reads a store refuses a --db naming no file, the same way, and creates nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-nostore-'));
  try {
    const db = join(dir, 'typo.db');
    const commands = [
      ['stories'],
      ['articles'],
      ['export', '--format', 'json'],
      ['export', '--format', 'csv', '--out', join(dir, 'out.csv')],
      ['show', 'abc'],
      ['story', 'abc'],
      ['analyze', 'abc'],
      ['compare', 'abc', 'def'],
    ];
    for (const args of commands) {
      const result = runCli([...args, '--db', db], { cwd: dir });
      assert.equal(result.status, 2, `${args[0]}: ${result.stderr}`);
      assert.match(result.stderr, /SW_NOT_FOUND .*no store at .*typo\.db/, `${args.join(' ')}: ${result.stderr}`);
      assert.equal(result.stdout, '', args.join(' '));
      assert.ok(!existsSync(db), `${args.join(' ')} creates no store`);
    }
    assert.ok(!existsSync(join(dir, 'out.csv')), 'export writes no output file');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
