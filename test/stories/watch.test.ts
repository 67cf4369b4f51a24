import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { openStore } from '../../src/store/sqlite-store.js';
import { createStoryEngine, listStories, overlapJudge, storyPartition } from '../../src/stories/index.js';
import { MIN_INTERVAL_MS, parsePollCount, parseWatchInterval, watchFeeds, type PollReport } from '../../src/stories/watch-feeds.js';
import { StoryweaveError } from '../../src/core/errors.js';
import { runCli, startCli } from '../helpers/run-cli.js';
import { loadFixture, type FixtureArticle } from './fixture-articles.js';

const { articles } = loadFixture('order-independence');
const byId = new Map(articles.map((article) => [article.id, article]));
const FIRST = ['flood-en-a', 'flood-de-full', 'chess-de'];
const SECOND = [...FIRST, 'flood-es', 'chess-ru'];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function rss(ids: string[]): string {
  const items = ids.map((id) => byId.get(id)!).map(
    (article: FixtureArticle) => `<item><title>${escapeXml(article.title)}</title><guid>${article.id}</guid>
      <link>https://${article.site}/${article.id}</link><pubDate>${new Date(article.published).toUTCString()}</pubDate>
      <description>${escapeXml(article.text)}</description></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test wire</title><link>https://wire.test/</link>
    <description>test</description>${items.join('')}</channel></rss>`;
}

/** A feed server that takes requests and never answers; `fetching` settles on the first request. */
async function stalledFeedServer(): Promise<{ server: Server; url: string; fetching: Promise<void> }> {
  let connected!: () => void;
  const fetching = new Promise<void>((resolve) => (connected = resolve));
  const server = createServer(() => connected());
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`, fetching };
}

/** A feed whose items grow after the first request. */
async function feedServer(): Promise<{ server: Server; url: string; requests: () => number }> {
  let requests = 0;
  const server = createServer((_request, response) => {
    requests++;
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    response.end(rss(requests === 1 ? FIRST : SECOND));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`, requests: () => requests };
}

test('watch polls a changing feed, ingests only new items and updates stories until aborted', async () => {
  const { server, url } = await feedServer();
  const dir = mkdtempSync(join(tmpdir(), 'sw-watch-'));
  const store = openStore(join(dir, 'watch.db'));
  try {
    const controller = new AbortController();
    const polls: PollReport[] = [];
    await watchFeeds(store, [url], {
      intervalMs: 20,
      minIntervalMs: 0,
      allowPrivate: true,
      signal: controller.signal,
      engine: createStoryEngine(store, { judge: overlapJudge() }),
      onPoll: (poll) => {
        polls.push(poll);
        if (polls.length === 3) controller.abort();
      },
    });
    assert.equal(polls.length, 3);
    assert.deepEqual(polls.map((poll) => poll.ingested), [3, 2, 0]);
    assert.deepEqual(polls.map((poll) => poll.failed.length), [0, 0, 0]);
    assert.ok(polls[1].stories.length >= 1, 'the second poll updated stories');
    assert.equal(polls[2].stories.length, 0, 'an unchanged feed updates nothing');
    assert.equal(store.countArticles(), 5);
    assert.equal(storyPartition(store).size, 5, 'every ingested article is in a story');
    const live = new Set(listStories(store).map((story) => story.id));
    assert.ok(polls[1].stories.every((id) => live.has(id)));
    assert.equal(listStories(store).reduce((sum, story) => sum + story.articleCount, 0), 5);
  } finally {
    store.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('watch refuses a loopback feed without --allow-private and keeps going', async () => {
  const { server, url, requests } = await feedServer();
  const dir = mkdtempSync(join(tmpdir(), 'sw-watch-'));
  const store = openStore(join(dir, 'watch.db'));
  try {
    const polls = await watchFeeds(store, [url], { intervalMs: 10, minIntervalMs: 0, maxPolls: 2, engine: createStoryEngine(store, { judge: overlapJudge() }) });
    assert.equal(polls.length, 2);
    assert.equal(polls[0].failed[0]?.code, 'SW_URL_FORBIDDEN');
    assert.equal(requests(), 0);
  } finally {
    store.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('storyweave watch stops cleanly on SIGINT; stories, story and export read what it stored', async () => {
  const { server, url } = await feedServer();
  const dir = mkdtempSync(join(tmpdir(), 'sw-watch-cli-'));
  const db = join(dir, 'watch.db');
  try {
    const child = startCli(['watch', url, '--interval', '10s', '--allow-private', '--db', db]);
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const secondPoll = new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (/poll 2:/.test(stdout)) resolve();
      }),
    );
    const exited = once(child, 'exit');
    await Promise.race([secondPoll, exited]);
    child.kill('SIGINT');
    const [code] = await exited;
    assert.equal(code, 0, stderr);
    assert.match(stdout, /poll 1: 3 new/);
    assert.match(stdout, /poll 2: 2 new/);
    assert.match(stdout, /watch stopped/);
    // Under each poll, the stories it created or changed, as `storyweave stories` lists them.
    const firstPoll = stdout.slice(stdout.indexOf('poll 1:'), stdout.indexOf('poll 2:'));
    const listed = [...firstPoll.matchAll(/^ {2}(s[0-9a-f]{11}\S*) /gm)].map((match) => match[1]);
    assert.ok(listed.length >= 1, firstPoll);

    const list = runCli(['stories', '--json', '--db', db]);
    assert.equal(list.status, 0, list.stderr);
    const { total, stories } = JSON.parse(list.stdout) as { total: number; stories: { id: string; articleCount: number }[] };
    assert.equal(stories.reduce((sum, story) => sum + story.articleCount, 0), 5);
    assert.equal(total, stories.length);
    const storyIds = new Set(stories.map((story) => story.id));
    assert.ok(listed.some((id) => storyIds.has(id)), `a story listed after poll 1 is a stored story: ${listed.join(', ')}`);
    // What a monitoring script asks after a watch: the stories changed since a time, oldest change first.
    const changed = runCli(['stories', '--json', '--changed-since', '2000-01-01', '--db', db]);
    const changes = (JSON.parse(changed.stdout) as { stories: { id: string; updatedAt: string }[] }).stories;
    assert.deepEqual(changes.map((story) => story.id).sort(), stories.map((story) => story.id).sort());
    assert.deepEqual(changes.map((story) => story.updatedAt), changes.map((story) => story.updatedAt).sort());
    const changedText = runCli(['stories', '--changed-since', '2000-01-01', '--db', db]).stdout.trim().split('\n');
    assert.deepEqual(changedText.map((line) => line.split('  ')[0]), changes.map((story) => story.updatedAt), 'each line starts with its change time');
    const future = runCli(['stories', '--json', '--changed-since', '2999-01-01T00:00:00Z', '--db', db]);
    assert.equal((JSON.parse(future.stdout) as { total: number }).total, 0);
    assert.equal(runCli(['stories', '--changed-since', 'yesterday', '--db', db]).status, 2);

    const detail = runCli(['story', stories[0].id, '--db', db]);
    assert.equal(detail.status, 0, detail.stderr);
    assert.match(detail.stdout, new RegExp(`^Story ${stories[0].id}: `));
    assert.match(detail.stdout, /Articles by language:/);
    assert.equal(runCli(['story', 'no-such-story', '--db', db]).status, 2);

    const out = join(dir, 'stories.csv');
    const exported = runCli(['export', '--format', 'csv', '--out', out, '--db', db]);
    assert.equal(exported.status, 0, exported.stderr);
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    assert.equal(rows.length, 6, 'a header and one row per article');
    const json = runCli(['export', '--format', 'json', '--db', db]);
    assert.equal((JSON.parse(json.stdout) as { stories: unknown[] }).stories.length, stories.length);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('watch option values: a floor of 10s between polls, a bare number read as seconds, polls a whole number from 1', () => {
  assert.equal(MIN_INTERVAL_MS, 10_000);
  assert.equal(parseWatchInterval('10m'), 600_000);
  assert.equal(parseWatchInterval('10'), 10_000);
  assert.equal(parseWatchInterval('1.5h'), 5_400_000);
  for (const bad of ['1ms', '5s', '9999ms', '0', 'soon', '10 minutes']) {
    assert.throws(() => parseWatchInterval(bad), (error: unknown) => error instanceof StoryweaveError && error.code === 'SW_USAGE' && error.message.includes(`--interval ${bad}:`), bad);
  }
  assert.equal(parsePollCount('3'), 3);
  for (const bad of ['0', '-1', '1.5', 'two', '']) {
    assert.throws(() => parsePollCount(bad), (error: unknown) => error instanceof StoryweaveError && error.code === 'SW_USAGE', bad);
  }
});

test('watchFeeds refuses to poll faster than every 10s, or a number of polls below 1, before touching a feed', async () => {
  const { server, url, requests } = await feedServer();
  const dir = mkdtempSync(join(tmpdir(), 'sw-watch-'));
  const store = openStore(join(dir, 'watch.db'));
  try {
    for (const options of [{ intervalMs: 5 }, { intervalMs: 9_999 }, { intervalMs: 60_000, maxPolls: 0 }, { intervalMs: 60_000, maxPolls: 1.5 }]) {
      await assert.rejects(watchFeeds(store, [url], { ...options, allowPrivate: true }), (error: unknown) => error instanceof StoryweaveError && error.code === 'SW_USAGE', JSON.stringify(options));
    }
    assert.equal(requests(), 0);
  } finally {
    store.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('storyweave watch --interval 1ms is a usage error (exit 2), not a 5 ms poll loop', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-watch-cli-'));
  try {
    const result = runCli(['watch', join(dir, 'feed.xml'), '--interval', '1ms', '--db', join(dir, 'watch.db')]);
    assert.equal(result.status, 2, result.stdout + result.stderr);
    assert.match(result.stderr, /SW_USAGE .*at least 10s/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('aborting watch during a fetch stops it at once; the poll is reported interrupted, with no failures', async () => {
  const { server, url, fetching } = await stalledFeedServer();
  const dir = mkdtempSync(join(tmpdir(), 'sw-watch-'));
  const store = openStore(join(dir, 'watch.db'));
  try {
    const controller = new AbortController();
    const watching = watchFeeds(store, [url], { intervalMs: 60_000, timeoutMs: 15_000, allowPrivate: true, signal: controller.signal, engine: createStoryEngine(store, { judge: overlapJudge() }) });
    await fetching;
    const stoppedAt = Date.now();
    controller.abort();
    const polls = await watching;
    assert.ok(Date.now() - stoppedAt < 2000, `stopped after ${Date.now() - stoppedAt} ms`);
    assert.equal(polls.length, 1);
    assert.equal(polls[0].interrupted, true);
    assert.deepEqual(polls[0].failed, []);
    assert.equal(polls[0].ingested, 0);
  } finally {
    store.close();
    server.closeAllConnections();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('storyweave watch --polls 0 is a usage error (exit 2), not a watch without end', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-watch-cli-'));
  try {
    const result = runCli(['watch', join(dir, 'feed.xml'), '--polls', '0', '--db', join(dir, 'watch.db')]);
    assert.equal(result.status, 2, result.stdout + result.stderr);
    assert.match(result.stderr, /SW_USAGE .*--polls 0/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Ctrl-C while storyweave watch waits on a feed exits at once with 130 and says the poll was interrupted', async () => {
  const { server, url, fetching } = await stalledFeedServer();
  const dir = mkdtempSync(join(tmpdir(), 'sw-watch-cli-'));
  try {
    const child = startCli(['watch', url, '--allow-private', '--timeout', '30000', '--db', join(dir, 'watch.db')]);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = once(child, 'exit');
    await fetching;
    const stoppedAt = Date.now();
    child.kill('SIGINT');
    const [code] = await exited;
    assert.ok(Date.now() - stoppedAt < 5000, `exited ${Date.now() - stoppedAt} ms after Ctrl-C`);
    assert.equal(code, 130, stdout);
    assert.match(stdout, /poll 1 interrupted: 0 new/);
    assert.match(stdout, /watch interrupted during a poll/);
  } finally {
    server.closeAllConnections();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
