import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withStore } from './query-plan.js';
import { countStories, listStories, putStory } from '../../src/store/story-store.js';
import { openStore } from '../../src/store/sqlite-store.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import type { StorySummary } from '../../src/stories/model.js';

function summary(id: string, headlines: Array<[string, string]>): StorySummary {
  return {
    id,
    headline: headlines[0]![1],
    headlines: headlines.map(([lang, title], k) => ({ lang, title, articleId: `${id}-${k}` })),
    languages: headlines.map(([lang]) => lang),
    sites: ['example.org'],
    articleCount: headlines.length,
    familyCount: headlines.length,
    firstSeen: '2022-09-27T00:00:00.000Z',
    lastSeen: '2022-09-27T00:00:00.000Z',
    keyEntities: [{ id: 'loc:KZ', canonical: 'Kazakhstan', type: 'place', articles: 1, forms: { en: ['Kazakhstan'] } }],
    createdAt: '2022-09-27T00:00:00.000Z',
    updatedAt: '2022-09-27T00:00:00.000Z',
  };
}

const STORIES = [
  summary('s-draft', [['en', 'Kazakhstan to ensure safety of Russians fleeing draft'], ['ru', 'Казахстан обеспечит безопасность россиян'], ['ar', 'توكاييف: كازاخستان ستضمن سلامة الروس']]),
  summary('s-ferry', [['fr', 'Le premier ferry solaire du Léman entre en service'], ['de', 'Erste Solarfähre auf dem Genfersee']]),
];

const ids = (list: StorySummary[]) => list.map((story) => story.id).sort();

test('a headline query matches headlines in any language, whatever the case and diacritics', () => {
  withStore((store) => {
    for (const story of STORIES) putStory(store, story);
    const cases: Array<[string, string[]]> = [
      ['kazakhstan', ['s-draft']],
      ['КАЗАХСТАН', ['s-draft']],
      ['казахстан обеспечит', ['s-draft']],
      ['كازاخستان', ['s-draft']],
      ['leman', ['s-ferry']],
      ['SOLARFAHRE', ['s-ferry']],
      ['Léman, entre', ['s-ferry']],
      ['ferry', ['s-ferry']],
    ];
    for (const [q, expected] of cases) {
      assert.deepEqual(ids(listStories(store, { q })), expected, q);
      assert.equal(countStories(store, { q }), expected.length, q);
    }
  });
});

test('a headline query does not match the stored summary around the headlines', () => {
  withStore((store) => {
    for (const story of STORIES) putStory(store, story);
    // Key names and values of the summary JSON, entity names and sites are not headline text.
    for (const q of ['headline', 'articleId', 'example.org', 'loc:KZ', 's-draft', '"lang"', 'service erste', '%', '_', '!!!']) {
      assert.deepEqual(listStories(store, { q }), [], q);
      assert.equal(countStories(store, { q }), 0, q);
    }
    assert.equal(listStories(store, { q: '   ' }).length, 2, 'a blank query filters nothing');
  });
});

test('stories stored before headlines were searchable become searchable when the store is opened', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-headline-search-'));
  const file = join(dir, 'old.db');
  try {
    // A store at schema 7, with a story written as the code of that schema wrote it.
    const db = new Database(file);
    for (const migration of MIGRATIONS.filter((m) => m.version <= 7)) {
      db.transaction(() => {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      })();
    }
    const story = STORIES[0]!;
    db.prepare(
      `INSERT INTO stories (id, headline, article_count, family_count, languages, sites, first_seen, last_seen, summary, created_at, updated_at)
       VALUES (?, ?, 3, 3, ' en ru ar ', '[]', ?, ?, ?, ?, ?)`,
    ).run(story.id, story.headline, story.firstSeen, story.lastSeen, JSON.stringify(story), story.createdAt, story.updatedAt);
    db.close();
    const store = openStore(file);
    try {
      assert.deepEqual(ids(listStories(store, { q: 'казахстан' })), ['s-draft']);
      assert.deepEqual(listStories(store, { q: 'headline' }), []);
    } finally {
      store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
