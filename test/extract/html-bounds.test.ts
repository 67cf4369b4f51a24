// Hostile sizes and shapes: work stays bounded and something sensible comes out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../../src/extract/html/extract-html.js';
import { MAX_PARSED_CHARS } from '../../src/extract/html/parse-html.js';

const PARA = '<p>The committee met again on Thursday and agreed to publish the full report next spring, after months of delay.</p>';

test('deeply nested markup is read without overflowing the stack', () => {
  const html = `<html><body>${'<div>'.repeat(3000)}${PARA.repeat(4)}</body></html>`;
  const article = extractHtml(html);
  assert.match(article.text, /^The committee met again/);
  assert.equal(article.text.split('\n\n').length, 4);
});

test('a huge page is cut to the cap, not read whole', () => {
  const html = `<html><body><article>${PARA.repeat(40_000)}</article></body></html>`;
  assert.ok(html.length > 4_000_000);
  const article = extractHtml(html);
  assert.ok(article.text.length > 0);
  assert.ok(article.text.length < MAX_PARSED_CHARS);
});

test('a page with very many elements takes the cheap path and still finds its text', () => {
  const menu = '<div class="m"><span>x</span></div>'.repeat(9_000);
  const article = extractHtml(`<html><body>${menu}<main>${PARA.repeat(3)}</main></body></html>`);
  assert.ok(article.text.includes('The committee met again on Thursday'));
});

test('scripts, comments and styles are stripped before parsing, JSON-LD still read', () => {
  const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ld title"}</script>
    <script>var s = "<p>SCRIPT PARAGRAPH</p>";</script><!-- <p>COMMENT PARAGRAPH</p> --></head>
    <body><article>${PARA.repeat(3)}<style>p{}</style></article></body></html>`;
  const article = extractHtml(html);
  assert.equal(article.title, 'Ld title');
  assert.ok(!article.text.includes('SCRIPT PARAGRAPH'));
  assert.ok(!article.text.includes('COMMENT PARAGRAPH'));
  assert.ok(article.text.includes('The committee met again'));
});

test('empty and garbage input give empty text, never a throw', () => {
  for (const html of ['', '<', '<<<>>>', '\u0000\u0001binary', '<html><body></body>', '</div></p></html>']) {
    const article = extractHtml(html);
    assert.equal(typeof article.text, 'string');
  }
});
