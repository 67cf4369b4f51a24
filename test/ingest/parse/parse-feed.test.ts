import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../src/ingest/parse/parse-feed.js';
import { StoryweaveError } from '../../../src/core/errors.js';

function parseOrError(xml: string): ReturnType<typeof parseFeed> | StoryweaveError {
  try {
    return parseFeed(xml, 'feed.xml');
  } catch (error) {
    assert.ok(error instanceof StoryweaveError);
    return error;
  }
}

test('entity expansion bombs stay bounded', () => {
  const levels = ['<!ENTITY a "aaaaaaaaaa">'];
  for (let i = 1; i < 8; i++) {
    const prev = String.fromCharCode(96 + i);
    levels.push(`<!ENTITY ${String.fromCharCode(97 + i)} "${`&${prev};`.repeat(10)}">`);
  }
  const xml = `<?xml version="1.0"?><!DOCTYPE rss [${levels.join('')}]><rss><channel><item><title>&h;&h;&h;</title><description>&h;</description></item></channel></rss>`;
  const started = Date.now();
  const result = parseOrError(xml);
  assert.ok(Date.now() - started < 2000);
  if (!(result instanceof StoryweaveError)) {
    const item = result.items[0];
    assert.ok(JSON.stringify(item).length < 100_000, 'no exponential expansion');
  } else assert.equal(result.code, 'SW_FEED_INVALID');
});

test('external entities are never resolved', () => {
  const xml = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/hostname">]><rss><channel><item><title>&x;</title></item></channel></rss>';
  const result = parseOrError(xml);
  if (result instanceof StoryweaveError) assert.equal(result.code, 'SW_FEED_INVALID');
  else assert.ok(!(result.items[0].title ?? '').includes('\n'));
});

test('RSS 1.0 (RDF) items are read, keyed by rdf:about when there is no guid', () => {
  const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example.org/"><title>RDF Desk</title></channel>
  <item rdf:about="https://rdf.example.org/1"><title>First</title><link>https://rdf.example.org/1</link><dc:date>2024-03-01T10:00:00Z</dc:date><description>One.</description></item>
  <item rdf:about="https://rdf.example.org/2"><title>Second</title><description>Two.</description></item>
</rdf:RDF>`;
  const feed = parseFeed(xml, 'feed.rdf');
  assert.equal(feed.kind, 'rdf');
  assert.equal(feed.title, 'RDF Desk');
  assert.deepEqual(feed.items.map((item) => [item.key, item.published ?? null]), [
    ['https://rdf.example.org/1', '2024-03-01T10:00:00.000Z'],
    ['https://rdf.example.org/2', null],
  ]);
});

test('a well-formed XML document that is not a feed is SW_FEED_INVALID', () => {
  const result = parseOrError('<?xml version="1.0"?><urlset><url><loc>https://x.example.org/</loc></url></urlset>');
  assert.ok(result instanceof StoryweaveError);
  assert.equal(result.code, 'SW_FEED_INVALID');
  assert.equal(result.location, 'feed.xml');
});

test('a bare & in an item (a raw query string) no longer rejects the feed; CDATA and entities are kept as written', () => {
  const result = parseOrError(`<rss version="2.0"><channel><title>Wire</title>
    <item><title>Rates &amp; prices</title><link>http://example.com/a?x=1&y=2</link><description><![CDATA[Q&A: rates &amp; prices]]></description></item>
    <item><title>Second &#8212; item</title><link>http://example.com/b</link><description>Fish & chips</description></item>
  </channel></rss>`);
  assert.ok(!(result instanceof StoryweaveError), String(result));
  assert.deepEqual(
    result.items.map((item) => [item.url, item.title, item.body]),
    [
      ['http://example.com/a?x=1&y=2', 'Rates & prices', 'Q&A: rates &amp; prices'],
      ['http://example.com/b', 'Second \u2014 item', 'Fish & chips'],
    ],
  );
});

test('a truncated Atom feed says which element is left open, located at the end of the document', () => {
  const result = parseOrError('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>T</title>\n<entry><title>One</title><content>Body of the fir');
  assert.ok(result instanceof StoryweaveError);
  assert.equal(result.code, 'SW_FEED_INVALID');
  assert.match(result.message, /ends before <content> is closed \(in <feed> > <entry>\).*\(line 4, column 50\)$/);
  assert.doesNotMatch(result.message, /\[/);
});

test('other XML errors keep the validator\'s location, counted in the text as written', () => {
  const result = parseOrError('<rss><channel>\n<item><link>a?b=1&c=2</link><title>One</title></itm></channel></rss>');
  assert.ok(result instanceof StoryweaveError);
  assert.match(result.message, /closing tag 'itm'.*\(line 2, column 47\)$/);
});
