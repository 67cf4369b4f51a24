// A story of hundreds of articles keeps a readable page: under each fact the page names a few
// articles and counts the rest by language (every member under every fact made 1.4 MB of HTML
// for a story of 73 articles), and a language lists its most central articles unless all are asked for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../../src/analyze/analyzer.js';
import { ingestSources } from '../../src/pipeline/ingest.js';
import type { FactReport, SharedFact, StoryDetail } from '../../src/stories/model.js';
import { createStoryEngine } from '../../src/stories/index.js';
import { openStore } from '../../src/store/sqlite-store.js';
import { getStory, listStories } from '../../src/store/story-store.js';
import { renderStoryPage } from '../../src/web/pages/story-page.js';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

/** The text of the page's list item for the fact labelled `label`. */
function factItem(page: string, label: string): string {
  const start = page.indexOf(label);
  assert.ok(start >= 0, `${label} is on the page`);
  return page.slice(start, page.indexOf('</li>', start));
}

/** The bundled examples' largest story, as the story page gets it. */
async function exampleStory(): Promise<StoryDetail> {
  const store = openStore(':memory:');
  try {
    const engine = createStoryEngine(store);
    const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.txt'));
    await ingestSources(store, files.map((name) => join(EXAMPLES, name)), {
      analyzer: await createAnalyzer(),
      onArticleStored: (article, analysis) => void engine.addArticle(article, analysis),
    });
    const largest = listStories(store, {}).sort((a, b) => b.articleCount - a.articleCount)[0];
    return getStory(store, largest.id)!;
  } finally {
    store.close();
  }
}

test('a fact names at most 8 articles and counts the others by language', async () => {
  const story = await exampleStory();
  const members: FactReport[] = story.articles.map((article) => ({ articleId: article.articleId, lang: article.lang, text: '1,200' }));
  const others = (count: number, lang: string): FactReport[] => Array.from({ length: count }, (_, i) => ({ articleId: `${lang}-${i}`, lang, text: '1,200' }));
  const fact = (label: string, reportedBy: FactReport[], missingFrom: string[]): SharedFact => ({ kind: 'number', key: `number:${label}`, label, reportedBy, families: 3, missingFrom });
  const reporters = [...members, ...others(20, 'ru'), ...others(10, 'fr')];
  story.coverage.partial = [
    fact('MANY-SOURCES', reporters, Array.from({ length: 40 }, (_, i) => `missing-${i}`)),
    fact('FEW-SOURCES', members.slice(0, 2), story.articles.slice(2).map((article) => article.articleId)),
  ];
  const page = renderStoryPage(story);

  const many = factItem(page, 'MANY-SOURCES');
  assert.equal(many.match(/class="chip"/g)?.length, 8);
  assert.match(many, new RegExp(`and ${reporters.length - 8} more:`));
  const unlistedRussian = reporters.slice(8).filter((report) => report.lang === 'ru').length;
  assert.match(many, new RegExp(`more:.*Russian</span></span> ${unlistedRussian}, .*French</span></span> 10</span>`));
  assert.match(many, /Not in 40 articles/);
  assert.doesNotMatch(many, /missing-3/);

  const few = factItem(page, 'FEW-SOURCES');
  assert.equal(few.match(/class="chip"/g)?.length, 2);
  assert.doesNotMatch(few, /more:/);
  for (const article of story.articles.slice(2)) assert.ok(few.includes(`/articles/${article.articleId}`), `${article.articleId} listed as missing`);
});

test('a language with many articles shows its 25 most central, a long timeline its two ends, and all of them on request', async () => {
  const story = await exampleStory();
  const model = story.articles[0];
  const extra = Array.from({ length: 40 }, (_, i) => ({ ...model, articleId: `extra-${i}`, lang: 'pt', title: `Extra ${i}`, centrality: i / 100 }));
  story.articles = [...story.articles, ...extra];
  story.coverage.exclusives = extra.map((article) => ({ articleId: article.articleId, lang: 'pt', sentences: [`Only ${article.articleId} says this.`] }));
  const shownExtra = (page: string) => extra.filter((article) => page.includes(`href="/articles/${article.articleId}"`)).map((article) => article.articleId);

  const page = renderStoryPage(story);
  const mostCentral = [...extra].sort((a, b) => b.centrality - a.centrality).slice(0, 25).map((article) => article.articleId);
  assert.deepEqual(shownExtra(page.slice(page.indexOf('id="h-articles"'), page.indexOf('id="h-exclusive"'))).sort(), mostCentral.sort());
  assert.match(page, /Show all 40 Portuguese articles/);
  assert.equal(page.match(/Only extra-\d+ says this/g)?.length, 25);
  assert.match(page, /Show what all 40 sources alone say/);
  for (const article of story.articles.filter((article) => article.lang !== 'pt')) assert.ok(page.includes(`/articles/${article.articleId}`), 'small languages are listed whole');

  story.timeline = Array.from({ length: 130 }, (_, i) => ({ date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`, kind: 'event', basis: 'stated', articleId: model.articleId, lang: model.lang, text: `EVENT-${i}-` }));
  const timelineOf = (html: string) => html.slice(html.indexOf('id="h-timeline"'), html.indexOf('id="h-entities"'));
  const shownEvents = (html: string) => [...timelineOf(html).matchAll(/EVENT-(\d+)-/g)].map((match) => Number(match[1]));
  const trimmed = renderStoryPage(story);
  assert.deepEqual(shownEvents(trimmed), [...Array.from({ length: 50 }, (_, i) => i), ...Array.from({ length: 50 }, (_, i) => 80 + i)]);
  assert.match(timelineOf(trimmed), /30 more entries between/);

  const all = renderStoryPage(story, { allArticles: true });
  assert.equal(shownEvents(all).length, 130);
  assert.equal(shownExtra(all.slice(all.indexOf('id="h-articles"'), all.indexOf('id="h-exclusive"'))).length, 40);
  assert.equal(all.match(/Only extra-\d+ says this/g)?.length, 40);
  assert.doesNotMatch(all, /Show all/);
});

test('the entity tables show the 40 names most articles mention each, and every name on request', async () => {
  const story = await exampleStory();
  const named = (i: number, articles: number) => ({ id: `per:name-${i}`, canonical: `NAME-${i}-`, type: 'person' as const, articles, forms: { en: [`NAME-${i}-`] } });
  story.entities = [...Array.from({ length: 60 }, (_, i) => named(i, 2 + (i % 7))), ...Array.from({ length: 60 }, (_, i) => named(100 + i, 1))];
  const entitiesOf = (html: string) => html.slice(html.indexOf('id="h-entities"'));
  const shownNames = (html: string) => [...new Set([...entitiesOf(html).matchAll(/NAME-(\d+)-/g)].map((match) => Number(match[1])))];

  const page = renderStoryPage(story);
  const shown = shownNames(page);
  const mostMentioned = [...story.entities].filter((entity) => entity.articles > 1).sort((a, b) => b.articles - a.articles);
  assert.equal(shown.filter((i) => i < 100).length, 40);
  // The 40 shown are among the most mentioned: none shown is mentioned less than one left out.
  const leastShown = Math.min(...mostMentioned.filter((entity) => shown.includes(Number(entity.canonical.split('-')[1]))).map((entity) => entity.articles));
  const mostHidden = Math.max(...mostMentioned.filter((entity) => !shown.includes(Number(entity.canonical.split('-')[1]))).map((entity) => entity.articles));
  assert.ok(leastShown >= mostHidden, `shown down to ${leastShown}, hidden up to ${mostHidden}`);
  assert.equal(shown.filter((i) => i >= 100).length, 40);
  assert.match(entitiesOf(page), /Show all 120 names<\/a> \(40 not shown\)/);

  const all = renderStoryPage(story, { allArticles: true });
  assert.equal(shownNames(all).length, 120);
  assert.doesNotMatch(entitiesOf(all), /Show all/);
});

test('why an article was grouped lists shared concepts and facts each isolated for mixed scripts, escaped', async () => {
  const story = await exampleStory();
  const member = story.articles.find((article) => article.evidence.bestMatch)!;
  member.evidence = { ...member.evidence, sharedTerms: ['التعبئة / mobilisation', '<b>x</b>'], sharedFacts: ['100 ألف / 98.000'] };
  const page = renderStoryPage(story);
  const why = factItem(page, 'Shared concepts:');
  // Each side of a pair on its own (in its language where its script tells), so the pair reads as written, first side first.
  const side = (text: string) => `(?:<bdi>|<span lang="[a-z]+" dir="(?:rtl|ltr)">)${text}(?:</bdi>|</span>)`;
  assert.match(why, new RegExp(`${side('التعبئة')} / ${side('mobilisation')}, <bdi>&lt;b&gt;x&lt;/b&gt;</bdi>`));
  assert.match(factItem(page, 'Shared facts:'), new RegExp(`${side('100 ألف')} / ${side('98\\.000')}`));
});

test('facts only some sources report are listed most widely reported first, numbers first among equals', async () => {
  const story = await exampleStory();
  const reports = (count: number): FactReport[] => story.articles.slice(0, count).map((article) => ({ articleId: article.articleId, lang: article.lang, text: 'X' }));
  const fact = (kind: SharedFact['kind'], label: string, families: number): SharedFact => ({ kind, key: `${kind}:${label}`, label, reportedBy: reports(families), families, missingFrom: [] });
  story.coverage.partial = [fact('entity', 'WIDE-NAME', 4), fact('number', 'WIDE-FIGURE', 4), fact('number', 'NARROW-FIGURE', 2), fact('entity', 'NARROW-NAME', 2)];
  const page = renderStoryPage(story);
  const order = ['WIDE-FIGURE', 'WIDE-NAME', 'NARROW-FIGURE', 'NARROW-NAME'].map((label) => page.indexOf(label));
  assert.deepEqual(order, [...order].sort((a, b) => a - b), `on the page in this order: ${order}`);
});
