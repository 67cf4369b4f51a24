import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serverForSuite, type RunningServer } from './test-server.js';

interface ErrorReply {
  error: { code: string; message: string };
}

async function send(server: RunningServer, path: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}${path}`, init);
  return { status: response.status, body: await response.json() };
}

function assertBadRequest(reply: { status: number; body: unknown }, what: string): void {
  assert.equal(reply.status, 400, `${what}: ${JSON.stringify(reply.body)}`);
  assert.equal((reply.body as ErrorReply).error.code, 'SW_BAD_REQUEST', what);
}

describe('the HTTP API validates dates and language codes as the CLI does', () => {
  const suite = serverForSuite();

  it('refuses dates that name no real day, and accepts those that do', async () => {
    for (const path of [
      '/api/stories?since=2026-13-45',
      '/api/stories?until=2026-02-30',
      '/api/stories?changedSince=2026-01-01T25:00:00Z',
      '/api/articles?since=2026-02-30',
      '/api/articles?since=2026-01-01garbage',
    ]) {
      assertBadRequest(await send(suite.server, path), path);
    }
    for (const path of ['/api/stories?since=2024-02-29', '/api/stories?changedSince=2026-01-01T10:00:00.123Z', '/api/articles?since=2026-02-28T10:00:00%2B03:00']) {
      const reply = await send(suite.server, path);
      assert.equal(reply.status, 200, `${path}: ${JSON.stringify(reply.body)}`);
    }
  });

  it('refuses an ingest whose published date is not a date', async () => {
    const post = (body: object) => send(suite.server, '/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const article = { kind: 'text', title: 'Ferry service resumes after storm', content: 'The ferry between the two islands sailed again on Friday after a storm kept it in port for three days, the operator said.' };
    assertBadRequest(await post({ ...article, published: 'not a date' }), 'published: not a date');
    assertBadRequest(await post({ ...article, published: '2026-02-30' }), 'published: 2026-02-30');
    assert.equal(suite.temp.store.countArticles(), 0, 'nothing stored');
    const stored = await post({ ...article, published: '2026-02-28T09:00:00Z' });
    assert.equal(stored.status, 200, JSON.stringify(stored.body));
    assert.deepEqual(suite.temp.store.listArticles().map((a) => a.published?.slice(0, 10)), ['2026-02-28']);
  });

  it('refuses a language name where a language code is asked', async () => {
    assertBadRequest(await send(suite.server, '/api/articles?lang=english'), 'lang=english');
    assert.equal((await send(suite.server, '/api/articles?lang=en')).status, 200);
  });
});
