import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/sqlite-store.js';
import { createStoryEngine, getStory, overlapJudge, storyOfArticle, listStories } from '../../src/stories/index.js';
import { loadFixture, storeFixture, type FixtureArticle } from './fixture-articles.js';

const { articles } = loadFixture('order-independence');
const byId = new Map(articles.map((article) => [article.id, article]));

test('an article that links two stories merges them and the merge is recorded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-merge-'));
  const store = openStore(join(dir, 'merge.db'));
  try {
    const engine = createStoryEngine(store, { judge: overlapJudge(), now: () => '2024-03-05T00:00:00.000Z' });
    const add = (id: string) =>
      store.transaction(() => {
        const { article, analysis } = storeFixture(store, byId.get(id)!);
        return engine.addArticle(article, analysis);
      });
    const first = add('flood-en-a');
    const second = add('flood-fr-b');
    assert.equal(first.status, 'new');
    assert.equal(second.status, 'new');
    assert.notEqual(first.storyId, second.storyId, 'the two halves alone are not judged one story');
    const third = add('flood-de-full');
    assert.equal(third.status, 'merged');
    assert.equal(third.mergedFrom.length, 1);
    const survivor = third.storyId;
    const gone = third.mergedFrom[0];
    assert.ok([first.storyId, second.storyId].includes(survivor));
    assert.ok([first.storyId, second.storyId].includes(gone));
    const merges = store.db.prepare('SELECT from_id, into_id, at, reason FROM story_merges').all() as { from_id: string; into_id: string; at: string; reason: string }[];
    assert.equal(merges.length, 1);
    assert.equal(merges[0].from_id, gone);
    assert.equal(merges[0].into_id, survivor);
    assert.equal(merges[0].at, '2024-03-05T00:00:00.000Z');
    assert.match(merges[0].reason, /probability 0\.\d\d over \d compared article pair/);
    assert.equal(listStories(store).length, 1);
    assert.equal(storyOfArticle(store, 'flood-en-a')?.id, survivor);
    assert.equal(storyOfArticle(store, 'flood-fr-b')?.id, survivor);
    const detail = getStory(store, gone);
    assert.equal(detail?.id, survivor, 'a merged-away id leads to the surviving story');
    assert.deepEqual(detail?.merges.map((merge) => merge.from), [gone]);
    assert.equal(detail?.articleCount, 3);
    const member = detail!.articles.find((article) => article.articleId === 'flood-fr-b')!;
    assert.equal(member.evidence.bestMatch, 'flood-de-full');
    assert.ok(member.evidence.sharedEntities.some((entity) => entity.id === 'org:red-cross'));
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('adding an article twice changes nothing', () => {
  const store = openStore(':memory:');
  try {
    const engine = createStoryEngine(store, { judge: overlapJudge() });
    const { article, analysis } = store.transaction(() => storeFixture(store, byId.get('chess-de')!));
    const once = store.transaction(() => engine.addArticle(article, analysis));
    const twice = store.transaction(() => engine.addArticle(article, analysis));
    assert.equal(twice.storyId, once.storyId);
    assert.equal(listStories(store).length, 1);
  } finally {
    store.close();
  }
});

test('a reopened store keeps retrieving against earlier articles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-reopen-'));
  const path = join(dir, 'reopen.db');
  try {
    let store = openStore(path);
    let engine = createStoryEngine(store, { judge: overlapJudge() });
    const first = store.transaction(() => {
      const { article, analysis } = storeFixture(store, byId.get('chess-de')!);
      return engine.addArticle(article, analysis);
    });
    engine.checkpoint();
    store.close();
    store = openStore(path);
    engine = createStoryEngine(store, { judge: overlapJudge() });
    const second = store.transaction(() => {
      const { article, analysis } = storeFixture(store, byId.get('chess-ru')!);
      return engine.addArticle(article, analysis);
    });
    assert.equal(second.storyId, first.storyId);
    assert.equal(second.status, 'joined');
    assert.equal(second.evidence.bestMatch, 'chess-de');
    assert.equal(engine.stats.documents, 2);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('past the regrouping limit, articles attach to the story they agree with and nothing is orphaned', () => {
  const store = openStore(':memory:');
  try {
    const engine = createStoryEngine(store, { judge: overlapJudge(), maxComponent: 2 });
    for (const fixture of articles) {
      store.transaction(() => {
        const { article, analysis } = storeFixture(store, fixture);
        engine.addArticle(article, analysis);
      });
    }
    const orphans = store.db.prepare('SELECT COUNT(*) AS n FROM story_articles sa LEFT JOIN stories s ON s.id = sa.story_id WHERE s.id IS NULL').get() as { n: number };
    assert.equal(orphans.n, 0);
    const flood = storyOfArticle(store, 'flood-de-full')!.id;
    for (const id of ['flood-es', 'flood-ru', 'flood-en-a']) assert.equal(storyOfArticle(store, id)?.id, flood, id);
    assert.notEqual(storyOfArticle(store, 'election-en')?.id, flood);
    assert.equal(storyOfArticle(store, 'election-fr')?.id, storyOfArticle(store, 'election-en')?.id);
    const counted = listStories(store).reduce((sum, story) => sum + story.articleCount, 0);
    assert.equal(counted, articles.length, 'story summaries count every article once');
  } finally {
    store.close();
  }
});

test('a large story takes a look-alike article only if it names one of the story\'s people, places or organisations', () => {
  const report = (id: string, place: string): FixtureArticle => ({
    id,
    lang: 'en',
    site: `site-${id}.example`,
    published: '2024-03-05T08:00:00Z',
    title: `Forest fire near ${place} (${id})`,
    text: `Firefighters fought a forest fire near the river at ${place} as wind spread the flames across hectares of forest.`,
    entities: [[`loc:${place.toLowerCase()}`, place, 'place', place]],
    terms: ['en:fire', 'en:forest', 'en:river', 'en:wind', 'en:firefight', 'en:hectar', 'en:flame'],
    numbers: [],
    dates: [],
  });
  const cast = ['a', 'b', 'c', 'd'].map((id) => report(`cast-${id}`, 'Alderton'));
  const run = (castStory: number) => {
    const store = openStore(':memory:');
    try {
      const engine = createStoryEngine(store, { judge: overlapJudge(), maxComponent: 2, castStory });
      // Each report names its place twice (in the title and the text): what it is about.
      const add = (fixture: FixtureArticle) =>
        store.transaction(() => {
          const { article, analysis } = storeFixture(store, fixture);
          analysis.entities = analysis.entities.map((entity) => ({ ...entity, mentions: [...entity.mentions, ...entity.mentions] }));
          store.putAnalysis(article.id, analysis);
          return engine.addArticle(article, analysis);
        });
      for (const fixture of cast) add(fixture);
      const story = storyOfArticle(store, 'cast-a')!.id;
      assert.ok(cast.every((fixture) => storyOfArticle(store, fixture.id)?.id === story), 'the cast is one story');
      add(report('elsewhere', 'Brimley'));
      add(report('named', 'Alderton'));
      return { story, elsewhere: storyOfArticle(store, 'elsewhere')!.id, named: storyOfArticle(store, 'named')!.id };
    } finally {
      store.close();
    }
  };
  const checked = run(3);
  assert.notEqual(checked.elsewhere, checked.story, 'a fire elsewhere starts its own story');
  assert.equal(checked.named, checked.story);
  const unchecked = run(Number.POSITIVE_INFINITY);
  assert.equal(unchecked.elsewhere, unchecked.story, 'without the rule the look-alike joins (the test can fail)');
});
