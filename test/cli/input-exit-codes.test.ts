import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { openStore } from '../../src/store/sqlite-store.js';

const QUAKE = join(REPO_ROOT, 'examples', 'quake-en.txt');

test('compare and analyze: a missing or empty file is an input that failed (exit 1), an unknown article id a usage error (exit 2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-inputs-'));
  try {
    const db = join(dir, 'store.db');
    openStore(db).close();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const missing = join(dir, 'nonexistent.txt');
    for (const [args, status, pattern] of [
      [['compare', missing, QUAKE], 1, /nonexistent\.txt: SW_INPUT_UNREADABLE .*ENOENT/],
      [['compare', 'nonexistent.txt', QUAKE], 1, /nonexistent\.txt: SW_INPUT_UNREADABLE .*ENOENT/],
      [['compare', empty, QUAKE], 1, /empty\.txt: SW_INPUT_EMPTY/],
      [['compare', 'abcdef0123', QUAKE], 2, /SW_NOT_FOUND .*article abcdef0123/],
      [['analyze', missing], 1, /nonexistent\.txt: SW_INPUT_UNREADABLE .*ENOENT/],
      [['analyze', empty], 1, /empty\.txt: SW_INPUT_EMPTY/],
      [['analyze', 'abcdef0123'], 2, /SW_NOT_FOUND .*article abcdef0123/],
    ] as const) {
      const result = runCli([...args, '--db', db], { cwd: dir });
      assert.equal(result.status, status, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, pattern, args.join(' '));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
