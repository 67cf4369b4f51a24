// Accessibility of every page, by WCAG 2.1 AA, for screen-reader and keyboard-only analysts reading
// right-to-left and left-to-right scripts side by side: structure, language and direction of content,
// focus, contrast, and meaning not carried by colour alone. Real store, real server, headless Chromium.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { ingestFiles, seedFiles, serverForSuite } from '../server/test-server.js';
import { launchBrowser, type Browser } from './browser.js';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

interface PageHelpers {
  /** WCAG contrast ratio of a CSS colour (its alpha blended) over an opaque [r, g, b]. */
  contrast(color: string, under: number[]): number;
  /** The opaque colour an element is drawn on: its own and its ancestors' backgrounds blended over white. */
  behind(element: Element): number[];
}

// Installed in every page before it loads (not subject to the page's CSP). `__name`: tsx compiles
// named inner functions of page.evaluate callbacks to `__name(fn, 'fn')`, a helper the page lacks.
const PAGE_HELPERS = String.raw`
globalThis.__name = (fn) => fn;
globalThis.a11y = (() => {
  const rgba = (color) => {
    const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) || []).map(Number);
    return [r, g, b, a];
  };
  const blend = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3]));
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const behind = (element) => {
    const layers = [];
    for (let at = element; at; at = at.parentElement) {
      const color = rgba(getComputedStyle(at).backgroundColor);
      if (color[3] > 0) layers.push(color);
      if (color[3] >= 1) break;
    }
    return layers.reverse().reduce((under, top) => blend(top, under), [255, 255, 255]);
  };
  const contrast = (color, under) => {
    const [high, low] = [luminance(blend(rgba(color), under)), luminance(under)].sort((x, y) => y - x);
    return (high + 0.05) / (low + 0.05);
  };
  return { contrast, behind };
})();
`;

describe('accessibility of the web UI', () => {
  const suite = serverForSuite();
  let browser: Browser;
  /** Every kind of page the UI serves, with the status it answers. */
  const pages: { path: string; status: number }[] = [];

  before(async () => {
    const examples = readdirSync(EXAMPLES).filter((name) => name.endsWith('.txt')).map((name) => join(EXAMPLES, name));
    const report = await ingestFiles(suite.temp.store, [...seedFiles(), ...examples]);
    assert.deepEqual(report.failed, []);
    // An article with its original page and a site named in Arabic script.
    const response = await fetch(`${suite.server.url}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'text',
        url: 'https://news.example/ar/osh-rebuilding',
        site: 'أخبار أوش',
        lang: 'ar',
        content: 'أوش تبدأ إعادة بناء المنازل بعد الزلزال\n\nبدأت السلطات في مدينة أوش إعادة بناء 1500 منزل تضررت من زلزال بقوة 6.1 درجات، وقالت وزارة الطوارئ إن العمل سيستمر حتى الصيف.',
      }),
    });
    assert.equal(response.status, 200, await response.text());
    const { store } = suite.temp;
    const articles = store.listArticles();
    const arabic = articles.find((article) => article.lang === 'ar');
    const russian = articles.find((article) => article.lang === 'ru');
    assert.ok(arabic && russian, 'Arabic and Russian articles');
    const stories = (await (await fetch(`${suite.server.url}/api/stories?limit=100`)).json()) as { stories: { id: string }[] };
    const ok = (path: string) => pages.push({ path, status: 200 });
    for (const path of ['/', '/?limit=2', '/?limit=2&offset=2', '/?live=1&mark=2000-01-01T00:00:00Z', '/?entity=loc:KZ', '/articles', '/articles?limit=5&offset=5', '/search']) ok(path);
    for (const story of stories.stories) ok(`/stories/${story.id}`);
    for (const article of articles) ok(`/articles/${article.id}`);
    for (const path of ['/search?q=Токаев', `/search?q=${encodeURIComponent('توكاييف')}`, '/search?entity=loc:KZ', '/search?q=earthquake&limit=2', '/compare', `/compare?a=${russian.id}&b=${arabic.id}`]) ok(path);
    pages.push({ path: '/stories/no-such-story', status: 404 }, { path: '/no/such/page', status: 404 });
    browser = await launchBrowser();
    await browser.context.addInitScript({ content: PAGE_HELPERS });
  });

  after(async () => {
    await browser?.close();
  });

  async function each(check: (page: Page, path: string) => Promise<void>): Promise<void> {
    const page = await browser.context.newPage();
    try {
      for (const { path, status } of pages) {
        const response = await page.goto(`${suite.server.url}${path}`);
        assert.equal(response?.status(), status, path);
        await check(page, path);
      }
    } finally {
      await page.close();
    }
  }

  it('gives every page a language, one h1, headings in order, landmarks and a skip link to the main content', async () => {
    await each(async (page, path) => {
      const outline = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1])),
        landmarks: ['header', 'nav', 'main', 'footer'].filter((tag) => document.querySelector(tag)),
        mains: document.querySelectorAll('main').length,
        skip: document.querySelector('body > a:first-child')?.getAttribute('href'),
        positiveTabindex: document.querySelectorAll('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])').length,
        emptyNavs: [...document.querySelectorAll('nav')].filter((nav) => !nav.querySelector('a')).map((nav) => nav.getAttribute('aria-label')),
      }));
      assert.equal(outline.lang, 'en', path);
      assert.ok(outline.title.trim(), `${path} has a title`);
      assert.equal(outline.levels.filter((level) => level === 1).length, 1, `${path}: one h1`);
      assert.equal(outline.levels[0], 1, `${path}: the h1 comes first`);
      outline.levels.forEach((level, i) => assert.ok(i === 0 || level <= outline.levels[i - 1] + 1, `${path}: h${level} after h${outline.levels[i - 1]}`));
      assert.deepEqual(outline.landmarks, ['header', 'nav', 'main', 'footer'], path);
      assert.equal(outline.mains, 1, path);
      assert.equal(outline.skip, '#main', `${path}: a skip link first`);
      assert.equal(outline.positiveTabindex, 0, `${path}: no tabindex reorders the Tab sequence`);
      assert.deepEqual(outline.emptyNavs, [], `${path}: a navigation landmark with no link in it is noise to a screen reader`);
    });
    const page = await browser.context.newPage();
    await page.goto(`${suite.server.url}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'the skip link moves focus to the main content');
    await page.close();
  });

  it('marks text in other scripts with its own language, and right-to-left text with its own direction', async () => {
    await each(async (page, path) => {
      const wrong = await page.evaluate(() => {
        const foreign = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
        const rtl = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
        const firstStrong = /[\p{L}]/u;
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.nodeValue?.trim() ?? '';
          const element = node.parentElement;
          if (!element || !foreign.test(text)) continue;
          // A name or a pair of wordings whose language is unknown is isolated instead (WCAG 3.1.2 exempts proper names).
          const isolated = element.closest('bdi, [dir="auto"]') !== null;
          if (element.closest('[lang]')?.getAttribute('lang') === 'en' && !isolated) found.push(`read as English: ${text.slice(0, 60)}`);
          const strong = firstStrong.exec(text)?.[0] ?? '';
          if (rtl.test(strong) && getComputedStyle(element).direction !== 'rtl') found.push(`left to right: ${text.slice(0, 60)}`);
        }
        return found;
      });
      assert.deepEqual(wrong, [], path);
    });
  });

  it('reads fact labels and each side of a shared concept or fact in its own language when its script tells which article it is from', async () => {
    const page = await browser.context.newPage();
    let checked = 0;
    try {
      for (const { path } of pages.filter((entry) => entry.path.startsWith('/stories/s'))) {
        await page.goto(`${suite.server.url}${path}`);
        const sides = await page.evaluate(() =>
          [...document.querySelectorAll('details.why li')]
            .filter((item) => /^Shared (concepts|facts)/.test(item.textContent ?? ''))
            .flatMap((item) => [...item.children])
            .concat([...document.querySelectorAll('.fact > .label > *')])
            .map((side) => ({ text: side.textContent ?? '', lang: side.closest('[lang]')?.getAttribute('lang') })),
        );
        for (const side of sides.filter((candidate) => /\p{Script=Arabic}/u.test(candidate.text))) {
          checked++;
          assert.equal(side.lang, 'ar', `${path}: ${side.text}`);
        }
      }
    } finally {
      await page.close();
    }
    assert.ok(checked > 0, 'some story explains a grouping with Arabic words');
  });

  it('reaches every control by Tab in reading order, traps none, and rings each with 3:1 against what is around it', async () => {
    const page = await browser.context.newPage();
    try {
      for (const { path } of pages.filter((entry) => /^\/(\?limit|stories\/s|search\?q=Т|compare\?|articles\/)/.test(entry.path)).slice(0, 6).concat(pages.slice(0, 1))) {
        await page.goto(`${suite.server.url}${path}`);
        const tabbable = await page.evaluate(() => {
          // Rendered controls only: not those in a closed <details> or hidden.
          const controls = [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')].filter(
            (element) => element.checkVisibility({ visibilityProperty: true }),
          );
          controls.forEach((element, i) => element.setAttribute('data-tab-order', String(i)));
          return controls.length;
        });
        const visited: number[] = [];
        for (let press = 0; press < 3 * tabbable + 10; press++) {
          await page.keyboard.press('Tab');
          const ring = await page.evaluate(() => {
            const { a11y } = globalThis as unknown as { a11y: PageHelpers };
            const element = document.activeElement;
            if (!element || element === document.body || !element.parentElement) return undefined;
            const style = getComputedStyle(element);
            return {
              order: Number(element.getAttribute('data-tab-order') ?? -1),
              name: `${element.tagName.toLowerCase()}#${element.id} ${(element.textContent ?? '').trim().slice(0, 30)}`,
              style: style.outlineStyle,
              width: parseFloat(style.outlineWidth),
              contrast: a11y.contrast(style.outlineColor, a11y.behind(element.parentElement)),
            };
          });
          // Past the last control focus leaves the page (or wraps to its first): the walk is over.
          if (!ring || (ring.order === 0 && visited.length > 1)) break;
          if (visited.at(-1) === ring.order) continue;
          visited.push(ring.order);
          assert.ok(ring.style !== 'none' && ring.width >= 2, `${path}: ${ring.name} shows focus (${ring.style} ${ring.width}px)`);
          assert.ok(ring.contrast >= 3, `${path}: ${ring.name} focus ring contrast ${ring.contrast.toFixed(2)}`);
        }
        assert.deepEqual(visited, [...Array(tabbable).keys()], `${path}: Tab visits all ${tabbable} controls in document order and leaves the page`);
      }
    } finally {
      await page.close();
    }
  });

  it('keeps text at 4.5:1 contrast against its background, links, muted text and badges included', async () => {
    await each(async (page, path) => {
      const low = await page.evaluate(() => {
        const { a11y } = globalThis as unknown as { a11y: PageHelpers };
        const found = new Set<string>();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          if (!element || !node.nodeValue?.trim() || element.closest('.visually-hidden, option')) continue;
          const rect = element.getBoundingClientRect();
          if (rect.width === 0 || rect.height === 0) continue;
          const ratio = a11y.contrast(getComputedStyle(element).color, a11y.behind(element));
          if (ratio < 4.5) found.add(`${element.tagName.toLowerCase()}.${element.className} “${node.nodeValue.trim().slice(0, 30)}” ${ratio.toFixed(2)}`);
        }
        return [...found];
      });
      assert.deepEqual(low, [], path);
    });
  });

  it('outlines every form field at 3:1 against the panel around it', async () => {
    await each(async (page, path) => {
      const faint = await page.evaluate(() => {
        const { a11y } = globalThis as unknown as { a11y: PageHelpers };
        return [...document.querySelectorAll('input:not([type="hidden"]), select, textarea')].flatMap((field) => {
          if (!field.parentElement) return [];
          const around = a11y.behind(field.parentElement);
          const style = getComputedStyle(field);
          const fill = a11y.contrast(`rgb(${a11y.behind(field).join(', ')})`, around);
          const border = parseFloat(style.borderTopWidth) >= 1 ? a11y.contrast(style.borderTopColor, around) : 0;
          return Math.max(fill, border) >= 3 ? [] : [`#${field.id}: border ${border.toFixed(2)}, fill ${fill.toFixed(2)}`];
        });
      });
      assert.deepEqual(faint, [], path);
    });
  });

  it('tells entity kinds apart in an article by the style of their underline, not by colour alone', async () => {
    const article = suite.temp.store.listArticles().find((candidate) => candidate.lang === 'en')!;
    const page = await browser.context.newPage();
    await page.goto(`${suite.server.url}/articles/${article.id}`);
    const styles = await page.evaluate(() =>
      ['person', 'organisation', 'place', 'other'].map((kind) => {
        const mark = document.querySelector(`.legend mark.ent-${kind}`);
        return mark ? `${getComputedStyle(mark).textDecorationLine} ${getComputedStyle(mark).textDecorationStyle}` : `no ${kind} in the legend`;
      }),
    );
    await page.close();
    for (const style of styles) assert.match(style, /^underline /);
    assert.equal(new Set(styles).size, 4, `distinct underlines: ${styles.join(', ')}`);
  });

  it('says which links open a new tab, names tables and heads their rows', async () => {
    await each(async (page, path) => {
      const issues = await page.evaluate(() => [
        ...[...document.querySelectorAll('a[target="_blank"]')]
          .filter((link) => !/new tab/.test(link.textContent ?? ''))
          .map((link) => `a new-tab link that does not say so: ${link.textContent}`),
        ...[...document.querySelectorAll('table')]
          .filter((table) => !table.querySelector('caption') && !table.getAttribute('aria-label') && !table.getAttribute('aria-labelledby'))
          .map((table) => `an unnamed table: ${table.className}`),
        ...[...document.querySelectorAll('table.forms-table tbody tr')].filter((row) => !row.querySelector('th[scope="row"]')).map(() => 'a row without a row header'),
        ...[...document.querySelectorAll('th:not([scope])')].map((th) => `a header cell without scope: ${th.textContent}`),
      ]);
      assert.deepEqual([...new Set(issues)], [], path);
    });
  });
});
