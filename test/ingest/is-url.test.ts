import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { looksLikeUrl } from '../../src/ingest/is-url.js';
import { runCli } from '../helpers/run-cli.js';

test('URLs with and without // are URLs; paths, with or without colons, are paths', () => {
  for (const url of ['https://example.org/a', 'ftp://example.org/f', 'file:///etc/passwd', 'data:text/plain,hello', 'javascript:alert(1)', 'mailto:desk@example.org']) assert.ok(looksLikeUrl(url), url);
  for (const path of ['articles/a.txt', '/tmp/feed.xml', './data:2022.jsonl', 'notes.txt', 'C:\\news\\a.txt']) assert.ok(!looksLikeUrl(path), path);
});

test('ingesting a data: URL is refused as a URL (SW_URL_INVALID), not looked for on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-is-url-'));
  try {
    const result = runCli(['ingest', 'data:text/plain,hello', '--db', join(dir, 'a.db')]);
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stderr, /data:text\/plain,hello: SW_URL_INVALID/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
