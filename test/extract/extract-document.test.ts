import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDocument } from '../../src/extract/extract-document.js';
import { StoryweaveError } from '../../src/core/errors.js';
import { SiteLineStats } from '../../src/extract/text/site-line-stats.js';
import { MAX_TEXT_CHARS } from '../../src/extract/text/clean-plain-text.js';

const PROSE = [
  'The regional council voted on Monday to keep the night bus running for another year, after a campaign by students.',
  'Supporters said the service was the only safe way home for shift workers, and the vote passed by a wide margin.',
];

test('a record keeps its given title and fields and is cleaned gently', () => {
  const article = extractDocument({
    source: 'dump.jsonl:3',
    format: 'record',
    body: ['Night bus saved', '118', ...PROSE, 'Also read | Council budget in numbers'].join('\n\n'),
    rawHash: 'h',
    title: 'Night bus saved',
    published: '2023-04-02',
    lang: 'en_GB',
    site: 'Daily Example',
    author: 'A. Writer',
    url: 'https://example.org/night-bus',
  });
  assert.equal(article.title, 'Night bus saved');
  assert.equal(article.text, PROSE.join('\n\n'));
  assert.equal(article.published, '2023-04-02');
  assert.equal(article.langHint, 'en-GB');
  assert.equal(article.site, 'Daily Example');
  assert.equal(article.author, 'A. Writer');
  assert.equal(article.canonicalUrl, 'https://example.org/night-bus');
});

test('a record with an HTML body goes through HTML extraction; known fields win', () => {
  const html = `<html lang="de"><head><title>Page title</title><meta property="og:site_name" content="Page Site"></head>
    <body><nav><a href="/">Home</a><a href="/x">Other</a></nav><article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const article = extractDocument({ source: 'feed.xml#item-1', format: 'record', bodyIsHtml: true, body: html, rawHash: 'h', title: 'Feed title', lang: 'en' });
  assert.equal(article.title, 'Feed title');
  assert.equal(article.langHint, 'en');
  assert.equal(article.site, 'Page Site');
  assert.equal(article.text, PROSE.join('\n\n'));
});

test('no article text is a located SW_INPUT_NO_ARTICLE error', () => {
  for (const doc of [
    { source: 'a.html', format: 'html' as const, body: '<html><head><title>Only a title</title></head><body><nav><a href="/">Home</a></nav></body></html>' },
    { source: 'b.txt', format: 'text' as const, body: '\n  \n' },
    { source: 'c.jsonl:1', format: 'record' as const, body: '', title: 'Title only' },
  ]) {
    assert.throws(
      () => extractDocument({ ...doc, rawHash: 'h' }),
      (e: unknown) => e instanceof StoryweaveError && e.code === 'SW_INPUT_NO_ARTICLE' && e.location === doc.source,
    );
  }
});

test('site line statistics remove a line repeated across documents of one site', () => {
  const stats = new SiteLineStats(3, 0.5);
  const make = (n: number) =>
    [`Story number ${['one', 'two', 'three', 'four'][n]} about the harbour`, 'Weekend Edition Desk', ...PROSE.map((p) => p.replace(' on ', ` on day ${n + 1} and `))].join('\n\n');
  extractDocument({ source: 's0.txt', format: 'text', body: make(0), rawHash: 'h' }, { siteLines: stats });
  extractDocument({ source: 's1.txt', format: 'text', body: make(1), rawHash: 'h' }, { siteLines: stats });
  const third = extractDocument({ source: 's2.txt', format: 'text', body: make(2), rawHash: 'h' }, { siteLines: stats });
  assert.equal(stats.documentCount, 3);
  assert.ok(stats.isBoilerplate('Weekend Edition Desk'));
  assert.ok(!third.text.includes('Weekend Edition Desk'));
  assert.equal(third.title, 'Story number three about the harbour');
});

test('HTML metadata: JSON-LD, meta dates to ISO, canonical only http(s)', () => {
  const html = `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"W"},{"@type":"NewsArticle","headline":"Ld headline","datePublished":"Tue, 05 Mar 2024 07:30:00 GMT","author":[{"name":"B. One"},{"name":"C. Two"}]}]}</script>
    <link rel="canonical" href="/p/1"></head><body><article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const article = extractDocument({ source: 'p.html', format: 'html', body: html, rawHash: 'h', url: 'https://news.example/p/1?x=1' });
  assert.equal(article.title, 'Ld headline');
  assert.equal(article.published, '2024-03-05T07:30:00Z');
  assert.equal(article.author, 'B. One, C. Two');
  assert.equal(article.canonicalUrl, 'https://news.example/p/1');
});

test('plain text: a headline ending with a question mark is still the title', () => {
  const body = ['What happens when a hundred thousand people cross one border in a week?', ...PROSE].join('\n\n');
  const article = extractDocument({ source: 'q.txt', format: 'text', body, rawHash: 'h' });
  assert.equal(article.title, 'What happens when a hundred thousand people cross one border in a week?');
  assert.equal(article.text, PROSE.join('\n\n'));
});

test('plain text without any sentence-like line: first line is the title, the rest is kept', () => {
  const body = 'Harbour news\n|\n\nThe ferry will run again from Monday and the council says tickets will cost the same as last year but';
  const article = extractDocument({ source: 'r.txt', format: 'text', body, rawHash: 'h' });
  assert.equal(article.title, 'Harbour news');
  assert.equal(article.text, 'The ferry will run again from Monday and the council says tickets will cost the same as last year but');
});

test('site line statistics also clean HTML pages of the same site', () => {
  const stats = new SiteLineStats(3, 0.5);
  const page = (n: number) =>
    `<html><body><article>${PROSE.map((p) => `<p>${p.replace('Monday', ['Monday', 'Tuesday', 'Friday'][n])}</p>`).join('')}<p>Our morning desk writes every story with care for you</p></article></body></html>`;
  const texts = [0, 1, 2].map((n) => extractDocument({ source: `p${n}.html`, format: 'html', body: page(n), rawHash: 'h' }, { siteLines: stats }).text);
  assert.ok(texts[0].includes('Our morning desk'));
  assert.ok(!texts[2].includes('Our morning desk'));
  assert.ok(texts[2].includes('Friday'));
});

test('plain text hard-wrapped at a fixed width is read as paragraphs', () => {
  const wrapped = [
    'Harbour ferry returns',
    '',
    'The regional council voted on Monday to keep the night',
    'bus running for another year, after a long campaign by',
    'students and shift workers who rely on the late service.',
    '',
    'Supporters said the service was the only safe way home',
    'for many people and the vote passed by a wide margin',
  ].join('\n');
  const article = extractDocument({ source: 'w.txt', format: 'text', body: wrapped, rawHash: 'h' });
  assert.equal(article.title, 'Harbour ferry returns');
  assert.deepEqual(article.text.split('\n\n'), [
    'The regional council voted on Monday to keep the night bus running for another year, after a long campaign by students and shift workers who rely on the late service.',
    'Supporters said the service was the only safe way home for many people and the vote passed by a wide margin',
  ]);
});

test('a huge plain text is read up to the cap only', () => {
  const paragraph = `${PROSE[0]}\n\n`;
  const body = `Night bus saved\n\n${paragraph.repeat(Math.ceil(3_000_000 / paragraph.length))}`;
  const article = extractDocument({ source: 'big.txt', format: 'text', body, rawHash: 'h' });
  assert.equal(article.title, 'Night bus saved');
  assert.ok(article.text.length <= MAX_TEXT_CHARS);
  assert.ok(article.text.length > 1_000_000);
});

test('plain text with a known title: labels above the repeated title go too', () => {
  const body = ['Politics', 'Night bus saved', '4 min read', ...PROSE].join('\n\n');
  const article = extractDocument({ source: 't.txt', format: 'text', body, rawHash: 'h', title: 'Night bus saved' });
  assert.equal(article.title, 'Night bus saved');
  assert.equal(article.text, PROSE.join('\n\n'));
});

test('a page rendered by scripts falls back to the JSON-LD articleBody, markup stripped', () => {
  const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Ld only', articleBody: PROSE.map((p) => `<p>${p}</p>`).join('') });
  const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><div id="app"></div><nav><a href="/">Home</a></nav></body></html>`;
  const article = extractDocument({ source: 'spa.html', format: 'html', body: html, rawHash: 'h' });
  assert.equal(article.title, 'Ld only');
  assert.equal(article.text, PROSE.join('\n\n'));
});

test('a short HTML page without <title> takes its <h1> as title, not as its first line', () => {
  const article = extractDocument({
    source: 'short.html',
    format: 'html',
    body: `<html><body><h1>Night bus saved</h1><p>${PROSE[0]}</p></body></html>`,
    rawHash: 'h',
  });
  assert.equal(article.title, 'Night bus saved');
  assert.equal(article.text, PROSE[0]);
});
