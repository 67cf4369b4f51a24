import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat, formatFromContentType } from '../../src/ingest/detect-format.js';

test('extension decides for text, HTML and JSON formats, also under .gz', () => {
  assert.equal(detectFormat('a/notes.txt', '<html><body>looks like HTML</body></html>'), 'text');
  assert.equal(detectFormat('a/page.HTM', 'no markup at all'), 'html');
  assert.equal(detectFormat('a/dump.jsonl.gz', '{"title":"x"}'), 'jsonl');
  assert.equal(detectFormat('a/dump.json', '{"title":"x"}'), 'json');
});

test('content is sniffed when the extension says nothing', () => {
  assert.equal(detectFormat('download', '\n  <!DOCTYPE html><html></html>'), 'html');
  assert.equal(detectFormat('download', '<!-- generated --><div><p>fragment</p></div>'), 'html');
  assert.equal(detectFormat('download', '<?xml version="1.0"?>\n<!-- c --><rss version="2.0"></rss>'), 'feed');
  assert.equal(detectFormat('download', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), 'feed');
  assert.equal(detectFormat('download', '[{"title":"x"}]'), 'json');
  assert.equal(detectFormat('download', '{"title":"x"}\n{"title":"y"}'), 'jsonl');
  assert.equal(detectFormat('download', 'Just a headline\n\nAnd a paragraph.'), 'text');
});

test('.xml holding XHTML is HTML; a feed served as text/html is still a feed', () => {
  assert.equal(detectFormat('page.xml', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'), 'html');
  assert.equal(detectFormat('https://x.example.org/news', '<?xml version="1.0"?><rss version="2.0"/>', formatFromContentType('text/html; charset=utf-8')), 'feed');
  assert.equal(detectFormat('https://x.example.org/news', 'Plain words', formatFromContentType('text/html')), 'html');
  assert.equal(detectFormat('https://x.example.org/items', '{"title":"x"}', formatFromContentType('application/x-ndjson')), 'jsonl');
});
