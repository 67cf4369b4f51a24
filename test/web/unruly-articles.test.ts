// Articles as dumps deliver them: untitled, with a title of thousands of unbroken letters, with a site
// name carrying an unclosed right-to-left override. Every page stays within the window, names each
// article, and keeps its own text in order.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ingestFiles, startServer, tempStore, type RunningServer, type TempStore } from '../server/test-server.js';
import { storyOfArticle } from '../../src/store/story-store.js';
import { ARTIFACTS_DIR, launchBrowser, type Browser } from './browser.js';

const LONG_TITLE = 'A'.repeat(3000);
const RECORDS = [
  { id: 'long', lang: 'en', title: LONG_TITLE, text: 'Heavy rain flooded the old town of Valencia on Tuesday, and the river Turia burst its banks near the port.' },
  { id: 'untitled', lang: 'en', title: null, text: 'Rescuers in Tromsø moved 300 residents to schools overnight after an avalanche closed the coastal road.\nThe county opened shelters.' },
  { id: 'override', lang: 'en', title: 'Lisbon tram line reopens after repairs', site: '\u202eevil.example', text: 'The number 28 tram in Lisbon carried passengers again on Thursday after three months of track repairs.' },
];

describe('pages for untitled, very long and direction-overriding articles', () => {
  let temp: TempStore;
  let server: RunningServer;
  let browser: Browser;
  const consoleErrors: string[] = [];
  const idOf = new Map<string, string>();

  before(async () => {
    temp = tempStore();
    const file = join(temp.dir, 'unruly.jsonl');
    writeFileSync(file, RECORDS.map((record) => JSON.stringify(record)).join('\n'));
    const report = await ingestFiles(temp.store, [file]);
    assert.deepEqual(report.failed, []);
    for (const article of temp.store.listArticles()) idOf.set(article.externalId ?? '', article.id);
    server = await startServer({ store: temp.store });
    browser = await launchBrowser();
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    temp?.dispose();
  });

  async function open(path: string, width: number): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${path}: ${message.text()}`);
    });
    await page.setViewportSize({ width, height: 900 });
    const response = await page.goto(`${server.url}${path}`);
    assert.equal(response?.status(), 200, path);
    return page;
  }

  function storyPath(record: string): string {
    const story = storyOfArticle(temp.store, idOf.get(record)!);
    assert.ok(story, `${record} has a story`);
    return `/stories/${story.id}`;
  }

  it('keeps every page within the window, on a desktop and on a phone', async () => {
    const paths = ['/', ...RECORDS.map((record) => storyPath(record.id)), ...RECORDS.map((record) => `/articles/${idOf.get(record.id)}`)];
    for (const width of [1280, 375]) {
      for (const path of paths) {
        const page = await open(path, width);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 1) await page.screenshot({ path: join(ARTIFACTS_DIR, `unruly-overflow-${width}.png`), fullPage: true });
        assert.ok(overflow <= 1, `${path} at ${width}px scrolls sideways by ${overflow}px`);
        assert.ok((await page.title()).length <= 140, `${path}: a page title of ${(await page.title()).length} characters`);
        await page.close();
      }
    }
  });

  it('names an untitled article by its opening words, in the list, on its story and on its page', async () => {
    const list = await open('/', 1280);
    const card = list.locator(`.story-card h2 a[href="${storyPath('untitled')}"]`);
    assert.match(await card.innerText(), /^Rescuers in Tromsø moved 300 residents/);
    await list.close();
    const story = await open(storyPath('untitled'), 1280);
    assert.match(await story.locator('h1').innerText(), /^Rescuers in Tromsø/);
    assert.match(await story.title(), /^Rescuers in Tromsø/);
    await story.close();
    const article = await open(`/articles/${idOf.get('untitled')}`, 1280);
    assert.match(await article.locator('article h1').innerText(), /^Rescuers in Tromsø/);
    await article.close();
  });

  it('keeps an unclosed right-to-left override in a site name from reordering the page', async () => {
    for (const path of [storyPath('override'), `/articles/${idOf.get('override')}`]) {
      const page = await open(path, 1280);
      const text = await page.evaluate(() => document.body.innerText);
      assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(text), `${path} carries a direction control into the page`);
      assert.match(text, /evil\.example/);
      await page.close();
    }
  });

  it('logs no console error (no missing favicon)', () => {
    assert.deepEqual(consoleErrors, []);
  });
});
