// Every folder under test/fixtures/extract is one case: input.html or input.txt, and expected.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../../src/extract/extract-document.js';
import type { RawDocument } from '../../src/core/model.js';

interface Expected {
  url?: string;
  title: string;
  paragraphs: string[];
  absent: string[];
  published?: string;
  author?: string;
  site?: string;
  langHint?: string;
  canonicalUrl?: string;
  noCanonicalUrl?: boolean;
}

const root = fileURLToPath(new URL('../fixtures/extract/', import.meta.url));
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

test('there are fixture cases', () => {
  assert.ok(cases.length >= 7);
});

for (const name of cases) {
  test(`fixture ${name}`, () => {
    const dir = join(root, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const isHtml = existsSync(join(dir, 'input.html'));
    const body = readFileSync(join(dir, isHtml ? 'input.html' : 'input.txt'), 'utf8');
    const doc: RawDocument = { source: `${name}/input`, format: isHtml ? 'html' : 'text', body, rawHash: 'x', url: expected.url };
    const article = extractDocument(doc);
    assert.equal(article.title, expected.title);
    const paragraphs = article.text.split('\n\n');
    for (const p of expected.paragraphs) assert.ok(paragraphs.includes(p), `missing paragraph: ${p}\n--- got:\n${article.text}`);
    for (const a of expected.absent) assert.ok(!article.text.includes(a), `should be gone: ${a}\n--- got:\n${article.text}`);
    assert.doesNotMatch(article.text, /<\/?[a-z][^>]*>/i, 'no markup in text');
    for (const key of ['published', 'author', 'site', 'langHint', 'canonicalUrl'] as const) {
      if (expected[key] !== undefined) assert.equal(article[key], expected[key], key);
    }
    if (expected.noCanonicalUrl) assert.equal(article.canonicalUrl, undefined);
  });
}
