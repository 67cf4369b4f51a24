import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBatchRecords } from '../../src/stories/batch-records.js';

test('a record reusing an earlier id is reported as a duplicate id with its line; the first is kept', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-batch-records-'));
  try {
    const path = join(dir, 'a.jsonl');
    writeFileSync(path, ['{"id":"x","text":"First report."}', '{"id":"y","text":"Other report."}', '{"id":"x","text":"Second report."}'].join('\n'));
    const { records, failures } = await readBatchRecords(path);
    assert.deepEqual(records.map((record) => record.text), ['First report.', 'Other report.']);
    assert.equal(failures.length, 1);
    assert.equal(failures[0].code, 'SW_RECORD_DUPLICATE_ID');
    assert.equal(failures[0].location, `${path}:3`);
    assert.doesNotMatch(failures[0].message, /lacks text/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
