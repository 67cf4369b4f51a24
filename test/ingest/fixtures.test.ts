// Runs every case folder under test/fixtures/ingest: one source file + expected.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSources, type SourceItem } from '../../src/ingest/index.js';

interface ExpectedDocument {
  source: string;
  format?: string;
  bodyIsHtml?: boolean;
  bodyContains?: string;
  [field: string]: unknown;
}
interface Expected {
  site?: string;
  documents?: ExpectedDocument[];
  errors?: Array<{ location: string; code: string }>;
}

const root = new URL('../fixtures/ingest/', import.meta.url).pathname;

for (const name of readdirSync(root).sort()) {
  const dir = join(root, name);
  test(`fixture ${name}`, async () => {
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const sources = readdirSync(dir).filter((file) => file !== 'expected.json');
    assert.equal(sources.length, 1, 'one source file per case');
    const items: SourceItem[] = [];
    for await (const item of readSources([join(dir, sources[0])])) items.push(item);
    const relative = (location: string | undefined) => (location ?? '').replace(`${dir}/`, '');

    const errors = items.flatMap((item) => (item.ok ? [] : [{ location: relative(item.error.location), code: item.error.code }]));
    assert.deepEqual(errors, expected.errors ?? []);

    const docs = items.flatMap((item) => (item.ok ? [item.doc] : []));
    const want = expected.documents ?? [];
    assert.deepEqual(docs.map((doc) => relative(doc.source)), want.map((doc) => doc.source));
    const hashes = new Set(docs.map((doc) => doc.rawHash));
    assert.equal(hashes.size, docs.length, 'each document has its own raw hash');
    docs.forEach((doc, i) => {
      const { source: _source, bodyIsHtml, bodyContains, ...fields } = want[i];
      assert.match(doc.rawHash, /^[0-9a-f]{64}$/);
      if (bodyIsHtml !== undefined) assert.equal(doc.bodyIsHtml ?? false, bodyIsHtml, `${doc.source} bodyIsHtml`);
      if (bodyContains) assert.ok(doc.body.includes(bodyContains), `${doc.source} body: ${doc.body}`);
      if (expected.site) assert.equal(doc.site, expected.site);
      for (const [key, value] of Object.entries(fields)) {
        // null in expected.json means the field must be absent.
        assert.equal((doc as unknown as Record<string, unknown>)[key], value ?? undefined, `${doc.source} ${key}`);
      }
    });
  });
}
