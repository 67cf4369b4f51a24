import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/run-cli.js';
import { openStore } from '../../src/store/sqlite-store.js';

const ARTICLE = fileURLToPath(new URL('../fixtures/analyze/cli-article/article.txt', import.meta.url));

test('a flag value that is not a real date, a language code or a positive count is a usage error (exit 2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-flags-'));
  try {
    const db = join(dir, 'store.db');
    openStore(db).close();
    for (const args of [
      ['articles', '--lang', 'english', '--db', db],
      ['articles', '--since', '2026-02-30', '--db', db],
      ['articles', '--limit', '-1', '--db', db],
      ['stories', '--since', '2026-13-45', '--db', db],
      ['stories', '--lang', 'english', '--db', db],
      ['analyze', ARTICLE, '--published', 'garbage'],
      ['analyze', ARTICLE, '--terms', '-3'],
      ['analyze', ARTICLE, '--lang', 'english'],
    ]) {
      const result = runCli(args, { cwd: dir });
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stdout}${result.stderr}`);
      assert.match(result.stderr, /error: option '--\w+ <\w+>' argument '.*' is invalid\. expected/, args.join(' '));
    }
    const listed = runCli(['articles', '--lang', 'en', '--since', '2024-02-29', '--db', db], { cwd: dir });
    assert.equal(listed.status, 0, listed.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
