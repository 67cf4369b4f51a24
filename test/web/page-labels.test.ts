// What pages call things: figures by the words a source wrote, countries by name, an entity search by
// the entity's name, a page past the last by what it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderComparePage } from '../../src/web/pages/compare-page.js';
import { renderSearchPage } from '../../src/web/pages/search-page.js';
import { renderStoriesPage } from '../../src/web/pages/stories-page.js';
import type { ComparisonResult } from '../../src/server/services/compare.js';
import type { SearchResult } from '../../src/server/services/search.js';
import { titleOrOpening } from '../../src/core/display-title.js';

function textOf(page: string): string {
  return page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

test('the compare page names what figures count in the words written, and countries by name', () => {
  const brief = (id: string, lang: string) => ({ id, title: `Title ${id}`, lang, source: `${id}.txt`, ingestedAt: '2026-11-23T00:00:00.000Z' });
  const result = {
    a: brief('a', 'es'),
    b: brief('b', 'en'),
    comparison: {
      scores: { overall: 2, geography: 1, entities: 2, time: 2, narrative: 2, style: 2, tone: 2 },
      sameStory: false,
      sameStoryProbability: 0.2,
      explanation: {
        sharedEntities: [],
        sharedNumbers: [{ valueA: 214, valueB: 214, textA: '214 personas', textB: '214 people', counts: 'en:peopl', countsTextA: 'personas', countsTextB: 'people' }],
        conflictingNumbers: [{ valueA: 1200, valueB: 1500, textA: '1.200 casas', textB: '1,500 homes', counts: 'en:home', countsTextA: 'casas', countsTextB: 'homes' }],
        sharedDates: [],
        conflictingDates: [],
        sharedTerms: [],
        sharedCountries: ['ES'],
        features: [],
      },
    },
  } as unknown as ComparisonResult;
  const text = textOf(renderComparePage({ a: 'a', b: 'b', choices: [], result }));
  assert.match(text, /214 people/);
  assert.match(text, /Countries Spain/);
  assert.doesNotMatch(text, /en:peopl|en:home/);
  assert.match(text, /homes/);
});

test('a search for an entity id reads as the entity name', () => {
  const result = { query: 'loc:US', hits: [], hasMore: false, entities: [{ id: 'loc:US', canonical: 'United States', type: 'place' }] } as unknown as SearchResult;
  const page = renderSearchPage(result, { q: 'loc:US', entity: 'loc:US', offset: 0, limit: 20 });
  assert.match(textOf(page), /for “ ?United States ?”/);
  assert.match(page, /<title>Search: United States · Storyweave<\/title>/);
  assert.doesNotMatch(textOf(page), /loc:US/);
});

test('a stories page past the last says so and leads back to the stories', () => {
  const page = renderStoriesPage({ stories: [], filter: { limit: 20, offset: 999_999 }, hasMore: false, languages: { en: 3 }, totalArticles: 3, totalStories: 43 });
  assert.doesNotMatch(page, /No stories yet/);
  assert.match(textOf(page), /No more stories past 43 stories/);
  assert.match(page, /rel="prev" href="\/\?offset=40"/);
});

test('an untitled article is called by the opening words of its text', () => {
  assert.equal(titleOrOpening('  Quake  ', 'text'), 'Quake');
  assert.equal(titleOrOpening(null, '\n Rescuers moved 300 residents.\nMore.'), 'Rescuers moved 300 residents.');
  const opening = titleOrOpening('', 'word '.repeat(100));
  assert.ok(opening.length <= 121 && opening.endsWith('…'), opening);
  assert.ok(!opening.includes('wor…'), 'cut at a word boundary');
});
