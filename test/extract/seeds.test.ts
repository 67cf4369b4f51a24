// The five founding articles (read from ../shared, never copied): exact titles, no boilerplate,
// every body paragraph kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../../src/extract/extract-document.js';
import { normalizeLine } from '../../src/extract/text/whitespace.js';

const seeds = fileURLToPath(new URL('../../../shared/data/seeds/', import.meta.url));
const expected = JSON.parse(readFileSync(`${seeds}expected.json`, 'utf8')) as {
  articles: Record<string, { title: string; boilerplate_lines: string[] }>;
};

// expected.json describes two boilerplate spans in words rather than lines
const RECENT_POSTS = 'Recent Posts';

for (const [file, want] of Object.entries(expected.articles)) {
  test(`seed ${file}`, () => {
    const body = readFileSync(seeds + file, 'utf8');
    const article = extractDocument({ source: file, format: 'text', body, rawHash: file });
    assert.equal(article.title, want.title);

    const lines = body.split('\n').map(normalizeLine).filter(Boolean);
    const boilerplate = new Set(want.boilerplate_lines.map(normalizeLine));
    const recent = want.boilerplate_lines.includes(RECENT_POSTS) ? lines.indexOf(RECENT_POSTS) : -1;
    const titleRepeated = want.boilerplate_lines.some((l) => l.startsWith('the title repeated'));
    const paragraphs = article.text.split('\n\n');

    lines.forEach((line, i) => {
      const afterRecent = recent >= 0 && i >= recent;
      const isTitle = line.replace(/[’”"]$/, '') === want.title;
      if (boilerplate.has(line) || afterRecent) {
        assert.ok(!paragraphs.includes(line), `boilerplate kept: ${line}`);
      } else if (isTitle) {
        if (titleRepeated) assert.ok(!paragraphs.includes(line), 'repeated title kept');
      } else {
        assert.ok(paragraphs.includes(line), `body paragraph lost: ${line.slice(0, 80)}`);
      }
    });
    if (recent >= 0) {
      assert.ok(!/\bago\b/.test(article.text), 'time-ago lines kept');
      assert.ok(!article.text.includes(RECENT_POSTS));
    }
  });
}
