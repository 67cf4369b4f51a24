import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ingestFiles, seedFiles, seedNameOf, startServer, tempStore, type RunningServer, type TempStore } from '../server/test-server.js';
import { storyOfArticle } from '../../src/store/story-store.js';
import { ARTIFACTS_DIR, launchBrowser, type Browser } from './browser.js';

const XSS_DIR = new URL('../fixtures/web/xss/', import.meta.url).pathname;
const xssExpected = JSON.parse(readFileSync(join(XSS_DIR, 'expected.json'), 'utf8')) as { url: string; forbiddenInPages: string[] };

describe('web UI in Chromium', () => {
  let temp: TempStore;
  let server: RunningServer;
  let browser: Browser;
  const idBySeed = new Map<string, string>();
  const xssIds: string[] = [];
  const dialogs: string[] = [];
  const foreignRequests: string[] = [];

  before(async () => {
    temp = tempStore();
    const report = await ingestFiles(temp.store, seedFiles());
    assert.deepEqual(report.failed, []);
    for (const article of temp.store.listArticles()) idBySeed.set(seedNameOf(article.source).slice(0, 3), article.id);
    server = await startServer({ store: temp.store });
    for (const body of [
      { kind: 'text', content: readFileSync(join(XSS_DIR, 'article.txt'), 'utf8'), url: xssExpected.url, lang: 'en', site: '<b onclick="alert(1)">site</b>' },
      { kind: 'html', content: readFileSync(join(XSS_DIR, 'page.html'), 'utf8'), url: 'https://news.example/ruritania' },
    ]) {
      const response = await fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const result = (await response.json()) as { articleIds: string[] };
      assert.equal(response.status, 200, JSON.stringify(result));
      xssIds.push(...result.articleIds);
    }
    assert.equal(xssIds.length, 2);
    browser = await launchBrowser();
    browser.context.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    browser.context.on('request', (request) => {
      if (!request.url().startsWith(server.url)) foreignRequests.push(request.url());
    });
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    temp?.dispose();
  });

  function seedStoryId(): string {
    const id = storyOfArticle(temp.store, idBySeed.get('000')!)?.id;
    assert.ok(id, 'seed 000 has a story');
    return id;
  }

  async function open(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(`${server.url}${path}`);
    assert.equal(response?.status(), 200, path);
    return page;
  }

  it('lists stories with headlines, languages, source counts and key entities', async () => {
    const page = await open('/');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'story-list.png'), fullPage: true });
    const cards = page.locator('.story-card');
    assert.ok((await cards.count()) >= 2, 'at least two stories');
    const seedStory = cards.filter({ has: page.locator(`a[href="/stories/${seedStoryId()}"]`) });
    assert.equal(await seedStory.count(), 1, 'the story of seed 000 is listed');
    const badges = await seedStory.locator('.badge.lang [aria-hidden]').allTextContents();
    for (const lang of ['ar', 'en', 'fr', 'vi']) assert.ok(badges.includes(lang), `badge ${lang}`);
    assert.match(await seedStory.locator('.story-meta').innerText(), /4 articles/);
    assert.ok((await seedStory.locator('.entity-row .chip').count()) > 0, '(await seedStory.locator(.entity-row .chip).count()) > 0');
    await page.close();
  });

  it('opens the seed story: 000-003 grouped by language, Arabic right to left, reasons shown', async () => {
    const page = await open('/');
    await page.locator(`.story-card h2 a[href="/stories/${seedStoryId()}"]`).click();
    await page.waitForURL(/\/stories\//);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'story-page.png'), fullPage: true });
    for (const seed of ['000', '001', '002', '003']) {
      assert.equal(await page.locator(`section.lang-group .article-item > .title a[href="/articles/${idBySeed.get(seed)}"]`).count(), 1, `seed ${seed} listed`);
    }
    assert.equal(await page.locator(`a[href="/articles/${idBySeed.get('004')}"]`).count(), 0, 'seed 004 is not in this story');
    const groups = await page.locator('section.lang-group > h3 .badge.lang [aria-hidden]').allTextContents();
    assert.deepEqual([...groups].sort(), ['ar', 'en', 'fr', 'vi']);
    const arabicTitle = page.locator(`section.lang-group .article-item > .title[lang="ar"]:has(a[href="/articles/${idBySeed.get('001')}"])`);
    assert.equal(await arabicTitle.evaluate((element) => getComputedStyle(element).direction), 'rtl');
    assert.ok((await page.locator('details.why').count()) >= 3, 'each joined article says why');
    assert.equal(await page.locator('.fact-col').count(), 3);
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no sideways scrolling on a phone (overflow ${overflow}px)`);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'story-page-phone.png'), fullPage: true });
    await page.close();
  });

  it('renders the Arabic article right to left with entities highlighted', async () => {
    const page = await open(`/articles/${idBySeed.get('001')}`);
    const body = page.locator('article.article-body');
    assert.equal(await body.getAttribute('lang'), 'ar');
    assert.equal(await body.evaluate((element) => getComputedStyle(element).direction), 'rtl');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no sideways scrolling (overflow ${overflow}px)`);
    assert.ok((await body.locator('mark.ent').count()) > 0, '(await body.locator(mark.ent).count()) > 0');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'article-ar.png'), fullPage: true });
    await page.close();
  });

  it('searches across scripts from the header search box, by keyboard', async () => {
    const page = await open('/');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.locator('#header-q').fill('Токаев');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    const langs = await page.locator('.results .badge.lang [aria-hidden]').allTextContents();
    for (const lang of ['ar', 'en', 'fr', 'vi']) assert.ok(langs.includes(lang), `a ${lang} result`);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'search.png'), fullPage: true });
    await page.close();
  });

  it('compares two articles side by side', async () => {
    const page = await open(`/compare?a=${idBySeed.get('000')}&b=${idBySeed.get('001')}`);
    assert.equal(await page.locator('.score').count(), 7);
    assert.ok((await page.locator('.verdict').innerText()).length > 0, '(await page.locator(.verdict).innerText()).length > 0');
    await page.close();
  });

  it('executes nothing from hostile articles and sends a strict CSP', async () => {
    const paths = [...xssIds.map((id) => `/articles/${id}`), '/search?q=Ruritania', '/articles', `/compare?a=${xssIds[0]}&b=${xssIds[1]}`, '/', '/?live=1&mark=2000-01-01T00:00:00Z'];
    for (const id of xssIds) {
      const story = storyOfArticle(temp.store, id);
      if (story) paths.push(`/stories/${story.id}`);
    }
    for (const path of paths) {
      const response = await fetch(`${server.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) assert.ok(csp.includes(directive), `${path}: ${directive}`);
      assert.ok(!csp.includes('unsafe-inline'), '!csp.includes(unsafe-inline)');
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.ok(response.headers.get('referrer-policy'), 'response.headers.get(referrer-policy)');
      const markup = await response.text();
      for (const forbidden of xssExpected.forbiddenInPages) assert.ok(!markup.includes(forbidden), `${path} has no ${forbidden}`);

      const page = await open(path);
      await page.locator('mark, a, b, img').first().hover({ timeout: 1000 }).catch(() => undefined);
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined, path);
      assert.equal(await page.evaluate(() => document.scripts.length), 0, `${path} has no script element`);
      assert.equal(await page.locator('a[href^="javascript:" i], [onerror], [onload], [onclick], [onmouseover], iframe, object, svg, base').count(), 0, path);
      await page.close();
    }
    const page = await open(`/articles/${xssIds[0]}`);
    assert.match(await page.locator('article h1').innerText(), /<script>/, 'the tags show as text');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'xss-article.png'), fullPage: true });
    assert.equal(await page.locator('a', { hasText: 'Original page' }).count(), 0, 'a javascript: URL is not linked');
    await page.close();
    assert.deepEqual(dialogs, []);
  });

  it('makes no request beyond its own origin', () => {
    assert.deepEqual(foreignRequests, []);
  });
});
