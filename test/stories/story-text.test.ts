// The text `storyweave story <id>` prints, from a story detail written here by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryDetail, StoryEntity } from '../../src/stories/model.js';
import { storyText } from '../../src/stories/story-text.js';

function entity(id: string, canonical: string, articles: number): StoryEntity {
  return { id, canonical, type: 'place', articles, forms: { en: [canonical] } };
}

function detail(articleCount: number, entities: StoryEntity[]): StoryDetail {
  return {
    id: 's1',
    headline: 'Quake near Osh',
    headlines: [{ lang: 'en', title: 'Quake near Osh', articleId: 'a1' }],
    languages: ['en'],
    sites: ['example.org'],
    articleCount,
    familyCount: articleCount,
    firstSeen: '2026-03-14T00:00:00.000Z',
    lastSeen: '2026-03-14T00:00:00.000Z',
    keyEntities: entities.slice(0, 6),
    createdAt: '2026-03-14T00:00:00.000Z',
    updatedAt: '2026-03-14T00:00:00.000Z',
    articles: [],
    entities,
    families: [],
    coverage: { agreements: [], partial: [], conflicts: [], exclusives: [] },
    timeline: [],
    merges: [],
  };
}

test('a story of several articles lists as key entities the names more than one of them uses, and counts the rest', () => {
  const text = storyText(detail(3, [entity('loc:KG', 'Kyrgyzstan', 3), entity('loc:KG-bishkek', 'Bishkek', 2), entity('loc:tn', 'Tình', 1)]));
  assert.match(text, /Kyrgyzstan \(loc:KG, 3 articles\)/);
  assert.match(text, /Bishkek \(loc:KG-bishkek, 2 articles\)/);
  assert.doesNotMatch(text, /Tình/);
  assert.match(text, /and 1 more \(--json lists every name\)/);
});

test('a story of one article lists its names', () => {
  const text = storyText(detail(1, [entity('loc:KG', 'Kyrgyzstan', 1), entity('loc:KG-osh', 'Osh', 1)]));
  assert.match(text, /Kyrgyzstan \(loc:KG, 1 article\)/);
  assert.match(text, /Osh \(loc:KG-osh, 1 article\)/);
  assert.doesNotMatch(text, /more \(--json/);
});

test('a fact only some sources report says how many of the independent versions do', () => {
  const story = detail(3, [entity('loc:KG', 'Kyrgyzstan', 3)]);
  story.familyCount = 2;
  story.coverage.partial.push({ kind: 'entity', key: 'entity:loc:KG-bishkek', label: 'Bishkek', reportedBy: [], families: 1, missingFrom: ['a3'] });
  assert.match(storyText(story), /entity Bishkek \(1 of 2 independent versions; not in 1 article\)/);
});

test('the sources of an agreed fact show each form once, with how many articles write it so', () => {
  const story = detail(5, [entity('loc:MX', 'Mexico', 5)]);
  const report = (articleId: string, lang: string, text: string) => ({ articleId, lang, text });
  story.coverage.agreements.push({
    kind: 'entity',
    key: 'entity:loc:MX',
    label: 'Mexico',
    reportedBy: [report('a1', 'es', 'México'), report('a2', 'es', 'México'), report('a3', 'en', 'Mexico'), report('a4', 'es', 'México'), report('a5', 'de', 'Mexiko')],
    families: 5,
    missingFrom: [],
  });
  assert.match(storyText(story), /entity Mexico: \[es\] México ×3 \| \[en\] Mexico \| \[de\] Mexiko\n/);
});

test('a list of facts cut short says how many more there are', () => {
  const story = detail(3, [entity('loc:KG', 'Kyrgyzstan', 3)]);
  for (let i = 0; i < 18; i++) story.coverage.partial.push({ kind: 'entity', key: `entity:loc:x${i}`, label: `Place ${i}`, reportedBy: [], families: 2, missingFrom: ['a3'] });
  const text = storyText(story);
  assert.match(text, /entity Place 14 /);
  assert.doesNotMatch(text, /entity Place 15 /);
  assert.match(text, /and 3 more \(--json lists every fact\)/);
});
