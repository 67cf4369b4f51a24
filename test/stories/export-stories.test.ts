import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../../src/compare/batch/read-pairs-csv.js';
import { runCli } from '../helpers/run-cli.js';

const QUAKE = 'A strong earthquake struck the coastal region on Saturday morning, destroying hundreds of homes and forcing thousands of residents to flee to higher ground, officials said.';

test('export --format csv neutralises cells a spreadsheet would run as formulas', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-export-'));
  try {
    const db = join(dir, 'store.db');
    const input = join(dir, 'hostile.jsonl');
    writeFileSync(input, [
      { title: '=HYPERLINK("http://evil.example","Quake relief")', site: '+Evil, Site', published: '2024-03-02', text: QUAKE },
      { title: '-2+3 Quake', site: '@SUM(A1)', published: '2024-03-02', text: `${QUAKE} Rescue teams from three provinces were sent.` },
    ].map((record) => JSON.stringify(record)).join('\n'));
    const ingested = runCli(['ingest', input, '--db', db]);
    assert.equal(ingested.status, 0, ingested.stderr);
    const out = join(dir, 'stories.csv');
    const exported = runCli(['export', '--format', 'csv', '--out', out, '--db', db]);
    assert.equal(exported.status, 0, exported.stderr);
    const [header, ...rows] = parseCsv(readFileSync(out, 'utf8')).map((record) => record.fields);
    const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]!).sort();
    assert.deepEqual(column('title'), ["'-2+3 Quake", '\'=HYPERLINK("http://evil.example","Quake relief")']);
    assert.deepEqual(column('site'), ["'+Evil, Site", "'@SUM(A1)"]);
    for (const probability of column('probability')) assert.match(probability, /^\d\.\d{3}$/, 'scores stay numbers');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
