import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { fetchUrl, type FetchOptions } from '../../../src/ingest/index.js';
import { StoryweaveError } from '../../../src/core/errors.js';
import { closedPort, startServer, type LocalServer } from '../local-server.js';

const RUSSIAN = 'Старый мост снова откроется в понедельник после ремонта.';
let server: LocalServer;
const local: FetchOptions = { allowPrivate: true, timeoutMs: 3000 };

before(async () => {
  server = await startServer({
    '/page': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251', etag: '"v1"', 'last-modified': 'Tue, 05 Mar 2024 10:00:00 GMT' });
      res.end(iconv.encode(`<html><body><p>${RUSSIAN}</p></body></html>`, 'windows-1251'));
    },
    '/hop/*': (req, res) => {
      const n = Number((req.url ?? '').split('/').pop());
      if (n > 0) {
        res.writeHead(302, { location: `/hop/${n - 1}` });
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('arrived');
      }
    },
    '/to-file': (_req, res) => {
      res.writeHead(301, { location: 'file:///etc/passwd' });
      res.end();
    },
    '/stream-big': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 64 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return res.once('drain', pump);
        }
        if (!res.destroyed) res.end();
      };
      pump();
    },
    '/declared-big': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50 * 1024 * 1024) });
      res.write('a');
    },
    '/stall-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body>first part');
    },
    '/stall-headers': () => {},
    '/feed-as': (req, res) => {
      res.writeHead(200, { 'content-type': new URL(req.url ?? '/', 'http://x').searchParams.get('type') ?? '' });
      res.end('<rss version="2.0"><channel><title>T</title></channel></rss>');
    },
    '/image': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    },
    '/error': (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('down');
    },
    '/gzipped': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(gzipSync('<p>compressed in transit</p>'));
    },
    '/bomb': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(4 * 1024 * 1024)));
    },
    '/conditional': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain', etag: '"v1"' });
      res.end('fresh');
    },
  });
});
after(() => server.close());

async function failure(promise: Promise<unknown>): Promise<StoryweaveError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof StoryweaveError, String(error));
    return error;
  }
  assert.fail('expected a failure');
}

test('fetches a page, decoding nothing yet but reporting the header charset and validators', async () => {
  const page = await fetchUrl(`${server.base}/page`, local);
  assert.equal(page.status, 200);
  assert.equal(page.charset, 'windows-1251');
  assert.equal(page.etag, '"v1"');
  assert.equal(page.lastModified, 'Tue, 05 Mar 2024 10:00:00 GMT');
  assert.equal(iconv.decode(page.bytes, 'windows-1251'), `<html><body><p>${RUSSIAN}</p></body></html>`);
});

test('follows redirects up to maxRedirects, and refuses one more', async () => {
  const ok = await fetchUrl(`${server.base}/hop/3`, { ...local, maxRedirects: 3 });
  assert.equal(ok.bytes.toString(), 'arrived');
  assert.equal(ok.url, `${server.base}/hop/0`);
  const error = await failure(fetchUrl(`${server.base}/hop/4`, { ...local, maxRedirects: 3 }));
  assert.equal(error.code, 'SW_FETCH_TOO_MANY_REDIRECTS');
  assert.equal(error.location, `${server.base}/hop/4`);
});

test('a redirect to a non-http scheme is refused', async () => {
  assert.equal((await failure(fetchUrl(`${server.base}/to-file`, local))).code, 'SW_URL_INVALID');
});

test('a streamed body over maxBytes is cut off with SW_INPUT_TOO_LARGE', async () => {
  const error = await failure(fetchUrl(`${server.base}/stream-big`, { ...local, maxBytes: 200 * 1024 }));
  assert.equal(error.code, 'SW_INPUT_TOO_LARGE');
  assert.equal((await failure(fetchUrl(`${server.base}/declared-big`, { ...local, maxBytes: 1024 }))).code, 'SW_INPUT_TOO_LARGE');
});

test('times out when the body or the headers stall', async () => {
  const started = Date.now();
  assert.equal((await failure(fetchUrl(`${server.base}/stall-body`, { ...local, timeoutMs: 300 }))).code, 'SW_FETCH_TIMEOUT');
  assert.equal((await failure(fetchUrl(`${server.base}/stall-headers`, { ...local, timeoutMs: 300 }))).code, 'SW_FETCH_TIMEOUT');
  assert.ok(Date.now() - started < 2500);
});

test('content type, status and unreachable hosts are reported', async () => {
  assert.equal((await failure(fetchUrl(`${server.base}/image`, local))).code, 'SW_FETCH_CONTENT_TYPE');
  const status = await failure(fetchUrl(`${server.base}/error`, local));
  assert.equal(status.code, 'SW_FETCH_STATUS');
  assert.match(status.message, /503/);
  const port = await closedPort();
  const unreachable = await failure(fetchUrl(`http://127.0.0.1:${port}/`, local));
  assert.equal(unreachable.code, 'SW_FETCH_FAILED');
  assert.equal(unreachable.location, `http://127.0.0.1:${port}/`);
});

test('feeds served under their unregistered types (application/x-rss+xml, text/rss+xml, application/x-atom+xml) are fetched', async () => {
  for (const type of ['application/x-rss+xml', 'text/rss+xml', 'application/x-atom+xml', 'text/atom+xml; charset=utf-8']) {
    const feed = await fetchUrl(`${server.base}/feed-as?type=${encodeURIComponent(type)}`, local);
    assert.equal(feed.contentType, type);
    assert.match(feed.bytes.toString(), /^<rss/);
  }
  assert.equal((await failure(fetchUrl(`${server.base}/feed-as?type=application%2Fx-shockwave-flash`, local))).code, 'SW_FETCH_CONTENT_TYPE');
});

test('gzip content encoding is undone, with the decompression cap enforced', async () => {
  assert.equal((await fetchUrl(`${server.base}/gzipped`, local)).bytes.toString(), '<p>compressed in transit</p>');
  assert.equal((await failure(fetchUrl(`${server.base}/bomb`, { ...local, maxDecompressedBytes: 1024 * 1024 }))).code, 'SW_GZIP_BOMB');
});

test('conditional requests answer notModified', async () => {
  const first = await fetchUrl(`${server.base}/conditional`, local);
  assert.equal(first.notModified, false);
  const second = await fetchUrl(`${server.base}/conditional`, { ...local, ifNoneMatch: first.etag });
  assert.equal(second.notModified, true);
  assert.equal(second.bytes.length, 0);
});

test('invalid and non-http URLs are SW_URL_INVALID', async () => {
  for (const url of ['not a url', 'ftp://example.org/file', 'file:///etc/passwd', 'http://user:pw@example.org/']) {
    assert.equal((await failure(fetchUrl(url))).code, 'SW_URL_INVALID', url);
  }
});

test('SSRF guard: loopback, private, link-local, CGNAT and mapped addresses are refused before connecting', async () => {
  const before = server.connections;
  const port = server.port;
  const forbidden = [
    `http://127.0.0.1:${port}/page`,
    `http://localhost:${port}/page`,
    `http://[::1]:${port}/page`,
    `http://[::ffff:127.0.0.1]:${port}/page`,
    `http://2130706433:${port}/page`,
    `http://0.0.0.0:${port}/page`,
    `http://0x7f.1:${port}/page`,
    `http://[::]:${port}/page`,
    `http://[64:ff9b::7f00:1]:${port}/page`,
    'http://10.0.0.1/',
    'http://172.16.5.4/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://[fe80::1]/',
    'http://[fd00::1]/',
    'http://[::ffff:10.0.0.1]/',
    'http://224.0.0.1/',
  ];
  for (const url of forbidden) {
    const error = await failure(fetchUrl(url, { timeoutMs: 2000 }));
    assert.equal(error.code, 'SW_URL_FORBIDDEN', url);
  }
  assert.equal(server.connections, before, 'no connection reached the server');
  // The same loopback URL is fetched when private addresses are allowed.
  assert.equal((await fetchUrl(`http://localhost:${port}/hop/0`, local)).bytes.toString(), 'arrived');
});
