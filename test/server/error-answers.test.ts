import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { serverForSuite, type RunningServer } from './test-server.js';

interface RawReply {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** Sends request bytes as they are: fetch would percent-encode what these tests need raw. */
function rawRequest(server: RunningServer, method: string, target: Buffer | string, body?: string): Promise<RawReply> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      const head = `HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n${body === undefined ? '' : `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n`}\r\n`;
      socket.end(Buffer.concat([Buffer.from(`${method} `), Buffer.from(target), Buffer.from(` ${head}`), Buffer.from(body ?? '')]));
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

function assertSwError(reply: RawReply, status: number, code: string, what: string): void {
  assert.equal(reply.status, status, `${what}: ${reply.body}`);
  const body = JSON.parse(reply.body) as { error: { code: string; message: string } };
  assert.equal(body.error.code, code, what);
  assert.ok(body.error.message.length > 0 && body.error.message.length < 300, `${what}: a short message`);
}

describe('every API error answer is {"error": {"code": "SW_*", ...}}', () => {
  const suite = serverForSuite();

  it('answers a malformed percent-escape, an over-long id and raw non-ASCII bytes in the URL with catalog codes', async () => {
    assertSwError(await rawRequest(suite.server, 'GET', '/api/articles/%'), 400, 'SW_BAD_REQUEST', 'bad escape');
    assertSwError(await rawRequest(suite.server, 'GET', `/api/stories/${'x'.repeat(5000)}`), 414, 'SW_BAD_REQUEST', 'long id');
    assertSwError(await rawRequest(suite.server, 'GET', Buffer.from('/api/search?q=Токаев', 'utf8')), 400, 'SW_BAD_REQUEST', 'raw UTF-8');
    const encoded = await rawRequest(suite.server, 'GET', `/api/search?q=${encodeURIComponent('Токаев')}`);
    assert.equal(encoded.status, 200, encoded.body);
  });

  it('answers a known path asked with another method with 405 and Allow', async () => {
    const reply = await rawRequest(suite.server, 'DELETE', '/api/stories/x');
    assertSwError(reply, 405, 'SW_METHOD_NOT_ALLOWED', 'DELETE a story');
    assert.equal(reply.headers.get('allow'), 'GET, HEAD');
    assert.equal((await rawRequest(suite.server, 'GET', '/api/ingest')).headers.get('allow'), 'POST');
    assertSwError(await rawRequest(suite.server, 'GET', '/api/no-such-route'), 404, 'SW_NOT_FOUND', 'unknown path');
  });

  it('refuses an ingest body with properties the schema does not describe, naming them', async () => {
    const reply = await rawRequest(suite.server, 'POST', '/api/ingest', JSON.stringify({ kind: 'text', content: 'Body text', tags: ['x'] }));
    assertSwError(reply, 400, 'SW_BAD_REQUEST', 'extra property');
    assert.match(reply.body, /tags/);
    assert.equal(suite.temp.store.countArticles(), 0);
    const ignored = await rawRequest(suite.server, 'GET', '/api/stories?utm_source=feed');
    assert.equal(ignored.status, 200, 'an unknown query parameter is ignored, as before');
  });
});
