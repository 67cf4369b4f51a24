import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { ERROR_CATALOG } from '../../src/core/errors.js';
import { createServer } from '../../src/server/create-server.js';
import type { StoryDetail, StorySummary } from '../../src/stories/model.js';
import { ingestFiles, seedFiles, seedNameOf, startServer, tempStore, type RunningServer, type TempStore } from './test-server.js';

interface ErrorReply {
  error: { code: string; message: string };
}

async function getJson<T>(server: RunningServer, path: string, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(`${server.url}${path}`, init);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

function assertError(reply: { status: number; body: unknown }, status: number, code: keyof typeof ERROR_CATALOG): void {
  assert.equal(reply.status, status, JSON.stringify(reply.body));
  const body = reply.body as ErrorReply;
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
  assert.ok(body.error.message.length > 0, 'body.error.message.length > 0');
}

describe('HTTP API over the seed articles', () => {
  let temp: TempStore;
  let server: RunningServer;
  const idBySeed = new Map<string, string>();

  before(async () => {
    temp = tempStore();
    const report = await ingestFiles(temp.store, seedFiles());
    assert.deepEqual(report.failed, []);
    for (const article of temp.store.listArticles()) idBySeed.set(seedNameOf(article.source).slice(0, 3), article.id);
    server = await startServer({ store: temp.store });
  });

  after(async () => {
    await server?.close();
    temp?.dispose();
  });

  it('reports health with the store counts', async () => {
    const { status, body } = await getJson<{ status: string; articles: number; languages: Record<string, number> }>(server, '/api/health');
    assert.equal(status, 200);
    assert.equal(body.status, 'ok');
    assert.equal(body.articles, seedFiles().length);
    assert.deepEqual(Object.keys(body.languages).sort(), ['ar', 'en', 'fr', 'vi']);
  });

  it('groups seeds 000-003 into one story and keeps 004 apart', async () => {
    const article = await getJson<{ storyId: string | null }>(server, `/api/articles/${idBySeed.get('000')}`);
    assert.ok(article.body.storyId, 'seed 000 has a story');
    const story = await getJson<StoryDetail>(server, `/api/stories/${article.body.storyId}`);
    assert.equal(story.status, 200);
    const members = new Set(story.body.articles.map((member) => member.articleId));
    for (const seed of ['000', '001', '002', '003']) assert.ok(members.has(idBySeed.get(seed)!), `seed ${seed} in the story`);
    assert.ok(!members.has(idBySeed.get('004')!), 'seed 004 is another story');
    assert.deepEqual([...story.body.languages].sort(), ['ar', 'en', 'fr', 'vi']);
    assert.deepEqual((story.body as StoryDetail & { byLanguage: Record<string, string[]> }).byLanguage.ar, [idBySeed.get('001')]);
    assert.ok(Array.isArray(story.body.coverage.agreements), 'Array.isArray(story.body.coverage.agreements)');
    assert.ok(Array.isArray(story.body.timeline), 'Array.isArray(story.body.timeline)');
  });

  it('lists stories with filters and pagination', async () => {
    const all = await getJson<{ stories: StorySummary[]; hasMore: boolean }>(server, '/api/stories?limit=50');
    assert.equal(all.status, 200);
    assert.ok(all.body.stories.length >= 2, 'all.body.stories.length >= 2');
    const arabic = await getJson<{ stories: StorySummary[] }>(server, '/api/stories?lang=ar');
    assert.ok(arabic.body.stories.length >= 1, 'arabic.body.stories.length >= 1');
    for (const story of arabic.body.stories) assert.ok(story.languages.includes('ar'), 'story.languages.includes(ar)');
    assert.ok(arabic.body.stories.length < all.body.stories.length, 'arabic.body.stories.length < all.body.stories.length');
    const first = await getJson<{ stories: StorySummary[]; hasMore: boolean; limit: number; total: number }>(server, '/api/stories?limit=1');
    assert.equal(first.body.total, all.body.stories.length);
    assert.equal(first.body.stories.length, 1);
    assert.equal(first.body.hasMore, true);
    const second = await getJson<{ stories: StorySummary[] }>(server, '/api/stories?limit=1&offset=1');
    assert.notEqual(second.body.stories[0].id, first.body.stories[0].id);
    const none = await getJson<{ stories: StorySummary[] }>(server, '/api/stories?since=2999-01-01');
    assert.equal(none.body.stories.length, 0);
    const kazakh = await getJson<{ stories: StorySummary[] }>(server, '/api/stories?entity=loc:KZ');
    const byName = await getJson<{ stories: StorySummary[] }>(server, `/api/stories?entity=${encodeURIComponent('كازاخستان')}`);
    assert.deepEqual(byName.body.stories.map((story) => story.id), kazakh.body.stories.map((story) => story.id));
    assert.ok(kazakh.body.stories.length >= 1, 'kazakh.body.stories.length >= 1');
  });

  it('serves one article with entities whose offsets address the analysed text', async () => {
    const { status, body } = await getJson<{
      article: { id: string; lang: string; title: string; text: string };
      analysedText: string;
      entities: { id: string; mentions: { text: string; start: number; end: number }[] }[];
      numbers: { text: string; start: number; end: number }[];
      dates: { text: string; start: number; end: number }[];
    }>(server, `/api/articles/${idBySeed.get('001')}`);
    assert.equal(status, 200);
    assert.equal(body.article.lang, 'ar');
    assert.ok(body.entities.length > 0, 'body.entities.length > 0');
    for (const entity of body.entities) {
      for (const mention of entity.mentions) assert.equal(body.analysedText.slice(mention.start, mention.end), mention.text);
    }
    for (const fact of [...body.numbers, ...body.dates]) assert.equal(body.analysedText.slice(fact.start, fact.end), fact.text);
    const byPrefix = await getJson<{ article: { id: string } }>(server, `/api/articles/${idBySeed.get('001')!.slice(0, 8)}`);
    assert.equal(byPrefix.body.article.id, idBySeed.get('001'));
  });

  it('finds the same person across scripts: Токаев finds Tokayev and توكاييف', async () => {
    const { status, body } = await getJson<{ entities: { id: string }[]; hits: { article: { id: string; lang: string }; matchedBy: string[] }[] }>(
      server,
      `/api/search?q=${encodeURIComponent('Токаев')}`,
    );
    assert.equal(status, 200);
    assert.ok(body.entities.length > 0, 'the query resolves to an entity');
    const langs = new Set(body.hits.map((hit) => hit.article.lang));
    for (const lang of ['ar', 'en', 'fr', 'vi']) assert.ok(langs.has(lang), `a ${lang} article mentions him`);
    for (const hit of body.hits) assert.ok(hit.matchedBy.includes('entity'), 'hit.matchedBy.includes(entity)');
  });

  it('searches the full text in any script', async () => {
    const arabic = await getJson<{ hits: { article: { id: string }; matchedBy: string[] }[] }>(server, `/api/search?q=${encodeURIComponent('كازاخستان')}`);
    assert.ok(arabic.body.hits.some((hit) => hit.article.id === idBySeed.get('001') && hit.matchedBy.includes('text')), 'arabic.body.hits.some((hit) => hit.article.id === idBySeed.get(001) && hit.match');
    const missing = await getJson<{ hits: unknown[] }>(server, '/api/search?q=zzqxqzz');
    assert.equal(missing.body.hits.length, 0);
    assertError(await getJson(server, '/api/search'), 400, 'SW_BAD_REQUEST');
  });

  it('compares two articles on seven dimensions with evidence', async () => {
    const same = await getJson<{ comparison: { scores: Record<string, number>; sameStory: boolean; sameStoryProbability: number; explanation: { sharedEntities: unknown[] } } }>(
      server,
      `/api/compare?a=${idBySeed.get('000')}&b=${idBySeed.get('003')}`,
    );
    assert.equal(same.status, 200);
    const dims = Object.keys(same.body.comparison.scores).sort();
    assert.deepEqual(dims, ['entities', 'geography', 'narrative', 'overall', 'style', 'time', 'tone']);
    for (const score of Object.values(same.body.comparison.scores)) assert.ok(score >= 1 && score <= 4, 'score >= 1 && score <= 4');
    assert.ok(same.body.comparison.explanation.sharedEntities.length > 0, 'same.body.comparison.explanation.sharedEntities.length > 0');
    const other = await getJson<{ comparison: { sameStoryProbability: number } }>(server, `/api/compare?a=${idBySeed.get('000')}&b=${idBySeed.get('004')}`);
    assert.ok(other.body.comparison.sameStoryProbability < same.body.comparison.sameStoryProbability, 'other.body.comparison.sameStoryProbability < same.body.comparison.sameStoryProba');
    assertError(await getJson(server, `/api/compare?a=${idBySeed.get('000')}`), 400, 'SW_BAD_REQUEST');
    assertError(await getJson(server, `/api/compare?a=${idBySeed.get('000')}&b=ffffffffffff`), 404, 'SW_NOT_FOUND');
  });

  it('answers errors as JSON with catalog codes', async () => {
    assertError(await getJson(server, '/api/articles/0000000000000000'), 404, 'SW_NOT_FOUND');
    assertError(await getJson(server, '/api/stories/nope'), 404, 'SW_NOT_FOUND');
    assertError(await getJson(server, '/api/no-such-route'), 404, 'SW_NOT_FOUND');
    assertError(await getJson(server, '/api/stories?limit=abc'), 400, 'SW_BAD_REQUEST');
    assertError(await getJson(server, '/api/stories?limit=100000'), 400, 'SW_BAD_REQUEST');
    assertError(await getJson(server, '/api/stories?since=yesterday'), 400, 'SW_BAD_REQUEST');
  });

  it('refuses requests for a host name other than loopback (DNS rebinding)', async () => {
    const port = new URL(server.url).port;
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/api/health', headers: { host: `evil.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    assert.equal(status, 401);
  });
});

describe('ingest endpoint', () => {
  let temp: TempStore;

  before(() => {
    temp = tempStore();
  });

  after(() => temp?.dispose());

  const text = {
    kind: 'text',
    title: 'Ruritania opens a new bridge over the Strelsau river',
    content:
      'The government of Ruritania opened a new bridge over the river in Strelsau on Monday.\n\nThe bridge cost 40 million euros and took three years to build, the transport minister said.',
    lang: 'en',
  };

  it('refuses to create a server reachable beyond loopback without a token', async () => {
    await assert.rejects(createServer({ store: temp.store, exposed: true }), (error: { code?: string }) => error.code === 'SW_UNAUTHORIZED');
  });

  it('needs the bearer token when one is set, and then stores through the pipeline', async () => {
    const server = await startServer({ store: temp.store, token: 's3cret-token', exposed: true });
    try {
      const post = (headers: Record<string, string>, body: unknown = text) =>
        getJson<{ ingested: number; articleIds: string[]; storyIds: string[] }>(server, '/api/ingest', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });
      assertError(await post({}), 401, 'SW_UNAUTHORIZED');
      assertError(await post({ authorization: 'Bearer wrong' }), 401, 'SW_UNAUTHORIZED');
      assert.equal(temp.store.countArticles(), 0);
      const ok = await post({ authorization: 'Bearer s3cret-token' });
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.equal(ok.body.ingested, 1);
      assert.equal(ok.body.storyIds.length, 1);
      const stored = await getJson<{ article: { title: string; lang: string } }>(server, `/api/articles/${ok.body.articleIds[0]}`);
      assert.equal(stored.body.article.title, text.title);
      const again = await post({ authorization: 'Bearer s3cret-token' });
      assert.equal(again.body.ingested, 0);
      // Reads stay open.
      assert.equal((await fetch(`${server.url}/api/health`)).status, 200);
    } finally {
      await server.close();
    }
  });

  it('ingests every item of a posted feed and html pages', async () => {
    const server = await startServer({ store: temp.store });
    try {
      const feedDir = new URL('../fixtures/web/feed/', import.meta.url).pathname;
      const expected = JSON.parse(readFileSync(join(feedDir, 'expected.json'), 'utf8')) as { articles: number; titles: string[] };
      const post = (body: unknown) =>
        getJson<{ ingested: number; articleIds: string[]; failed: unknown[] }>(server, '/api/ingest', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const feed = await post({ kind: 'feed', content: readFileSync(join(feedDir, 'feed.xml'), 'utf8') });
      assert.equal(feed.status, 200, JSON.stringify(feed.body));
      assert.equal(feed.body.ingested, expected.articles);
      const titles = feed.body.articleIds.map((id) => temp.store.getArticle(id)?.title);
      assert.deepEqual([...titles].sort(), [...expected.titles].sort());
      const page = await post({
        kind: 'html',
        url: 'https://ruritania.example/ferry',
        content:
          '<html><head><title>Ruritania launches an electric ferry</title></head><body><nav>Home | News</nav><article><h1>Ruritania launches an electric ferry</h1><p>The first electric ferry of Ruritania entered service on Lake Zenda on Friday, carrying 200 passengers on its first trip.</p><p>The ferry was built in Strelsau and cost 9 million euros, the operator said.</p></article></body></html>',
      });
      assert.equal(page.status, 200, JSON.stringify(page.body));
      assert.equal(page.body.ingested, 1);
      const stored = temp.store.getArticle(page.body.articleIds[0]);
      assert.equal(stored?.title, 'Ruritania launches an electric ferry');
      assert.ok(!stored?.text.includes('<p>'), 'clean text, not markup');
    } finally {
      await server.close();
    }
  });

  it('rejects bad bodies, oversize bodies, cross-origin writes and private URLs with codes', async () => {
    const server = await startServer({ store: temp.store, bodyLimit: 4096 });
    try {
      const post = (body: string, headers: Record<string, string> = {}) =>
        getJson(server, '/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      assertError(await post('{"kind":'), 400, 'SW_JSON_INVALID');
      assertError(await post(JSON.stringify({ kind: 'pdf', content: 'x' })), 400, 'SW_BAD_REQUEST');
      assertError(await post(JSON.stringify({ kind: 'text', content: 'x'.repeat(10_000) })), 413, 'SW_PAYLOAD_TOO_LARGE');
      assertError(await post(JSON.stringify({ kind: 'text', content: '   ' })), 400, 'SW_INPUT_EMPTY');
      assertError(await post(JSON.stringify(text), { origin: 'http://evil.example' }), 401, 'SW_UNAUTHORIZED');
      assertError(await post(JSON.stringify({ kind: 'url', url: `${server.url}/api/health` })), 403, 'SW_URL_FORBIDDEN');
      assertError(await post(JSON.stringify({ kind: 'url', url: 'file:///etc/passwd' })), 400, 'SW_URL_INVALID');
      const plain = await fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
      assertError({ status: plain.status, body: await plain.json() }, 415, 'SW_INPUT_UNSUPPORTED');
    } finally {
      await server.close();
    }
  });
});

describe('stories changed since a time (polling for changes)', () => {
  let temp: TempStore;
  let server: RunningServer;

  before(async () => {
    temp = tempStore();
    await ingestFiles(temp.store, seedFiles());
    server = await startServer({ store: temp.store });
  });

  after(async () => {
    await server?.close();
    temp?.dispose();
  });

  it('lists only the stories created or changed since then, oldest change first, and rejects a time that is not one', async () => {
    const everything = await getJson<{ stories: StorySummary[]; total: number }>(server, '/api/stories?changedSince=2000-01-01&limit=50');
    assert.equal(everything.status, 200);
    assert.equal(everything.body.total, 2, 'the seeds make two stories');
    const times = everything.body.stories.map((story) => story.updatedAt);
    assert.deepEqual(times, [...times].sort(), 'oldest change first');

    await new Promise((resolve) => setTimeout(resolve, 5));
    const since = new Date().toISOString();
    const before = await getJson<{ stories: StorySummary[]; total: number }>(server, `/api/stories?changedSince=${since}`);
    assert.equal(before.body.total, 0);

    const posted = await getJson<{ storyIds: string[] }>(server, '/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'text', title: 'Ruritania opens a new bridge over the Strelsau river', content: 'The government of Ruritania opened a new bridge over the river in Strelsau on Monday. It cost 40 million euros.', lang: 'en' }),
    });
    assert.equal(posted.status, 200, JSON.stringify(posted.body));
    const changed = await getJson<{ stories: StorySummary[]; total: number }>(server, `/api/stories?changedSince=${since}`);
    assert.deepEqual(changed.body.stories.map((story) => story.id), posted.body.storyIds);
    // A time without milliseconds is compared as a time, not as text (`...:07Z` sorts after `...:07.5Z`).
    const updatedAt = changed.body.stories[0].updatedAt;
    const toTheSecond = `${updatedAt.slice(0, 19)}Z`;
    const again = await getJson<{ stories: StorySummary[] }>(server, `/api/stories?changedSince=${toTheSecond}&limit=50`);
    assert.ok(again.body.stories.some((story) => story.id === posted.body.storyIds[0]), `${toTheSecond} finds the story changed at ${updatedAt}`);

    // The web UI's story list takes the same filter and keeps it in its form and pager.
    const page = await (await fetch(`${server.url}/?changedSince=${since}`)).text();
    assert.match(page, /Ruritania opens a new bridge/);
    assert.doesNotMatch(page, /Kazakhstan/);
    assert.match(page, /oldest change first/);
    assert.ok(page.includes(`name="changedSince" value="${since}"`), 'the filter form keeps the time');

    assertError(await getJson(server, '/api/stories?changedSince=2022-13-45'), 400, 'SW_BAD_REQUEST');
    assertError(await getJson(server, '/api/stories?changedSince=yesterday'), 400, 'SW_BAD_REQUEST');
  });
  it('follows the story list live without scripts: it reloads itself and marks what changed since the previous load', async () => {
    const cards = (page: string) => page.split('<li class="story-card').slice(1);
    const first = await (await fetch(`${server.url}/?live=1`)).text();
    assert.doesNotMatch(first, /<script/i);
    const refresh = /<meta http-equiv="refresh" content="60;url=([^"]+)">/.exec(first);
    assert.ok(refresh, 'the live page reloads itself');
    const next = refresh[1].replace(/&amp;/g, '&');
    assert.match(next, /^\/\?live=1&mark=\d{4}-/);
    assert.ok(cards(first).length >= 2 && cards(first).every((card) => !card.includes('badge fresh')), 'nothing is marked on the first load');

    await new Promise((resolve) => setTimeout(resolve, 5));
    const posted = await getJson<{ storyIds: string[] }>(server, '/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'text', title: 'Grand Fenwick wins the moon race', content: 'The Duchy of Grand Fenwick landed a rocket on the moon on Friday, its prime minister said.', lang: 'en' }),
    });
    assert.equal(posted.status, 200, JSON.stringify(posted.body));
    const reloaded = await (await fetch(`${server.url}${next}`)).text();
    const marked = cards(reloaded).filter((card) => card.includes('badge fresh'));
    assert.equal(marked.length, 1, 'only the story created since the previous load is marked');
    assert.match(marked[0], /Grand Fenwick/);
    assert.match(marked[0], /<span class="badge fresh">new<\/span>/);
    assert.ok(!reloaded.includes('Follow live'), 'the live page offers to stop, not to follow');
  });
  it('names in the live view the stories changed since the previous load, also those sorted onto another page', async () => {
    const mark = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const quiet = await (await fetch(`${server.url}/?live=1&limit=1&mark=${encodeURIComponent(mark)}`)).text();
    assert.match(quiet, /Nothing changed since the previous load/);
    const posted = await getJson<{ storyIds: string[] }>(server, '/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'text', title: 'Ruritanian state archive reopens', content: 'The state archive of Ruritania reopened its reading room in Strelsau on Monday after a decade.', lang: 'en', published: '2001-03-05' }),
    });
    assert.equal(posted.status, 200, JSON.stringify(posted.body));
    const page = await (await fetch(`${server.url}/?live=1&limit=1&mark=${encodeURIComponent(mark)}`)).text();
    const cards = page.split('<li class="story-card').slice(1);
    assert.equal(cards.length, 1);
    assert.doesNotMatch(cards[0], /Ruritanian state archive/, 'dated 2001, the story sorts onto a later page');
    const note = /<div class="notice small" role="status">([\s\S]*?)<\/div>/.exec(page);
    assert.ok(note, 'a note of what changed');
    assert.match(note[1], /1 story changed since the previous load/);
    assert.match(note[1], new RegExp(`href="/stories/${posted.body.storyIds[0]}"[^>]*>Ruritanian state archive reopens`));
  });
});
