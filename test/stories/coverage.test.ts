import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/sqlite-store.js';
import { createStoryEngine, getStory, overlapJudge, storyOfArticle } from '../../src/stories/index.js';
import { loadFixture, storeFixture } from './fixture-articles.js';

const { articles, expected } = loadFixture('order-independence');
const conflicts = expected.conflicts as { subject: string; values: number[] }[];

function floodStory() {
  const dir = mkdtempSync(join(tmpdir(), 'sw-coverage-'));
  const store = openStore(join(dir, 'coverage.db'));
  const engine = createStoryEngine(store, { judge: overlapJudge() });
  for (const fixture of articles) {
    store.transaction(() => {
      const { article, analysis } = storeFixture(store, fixture);
      engine.addArticle(article, analysis);
    });
  }
  const story = getStory(store, storyOfArticle(store, 'flood-en-a')!.id)!;
  return { story, done: () => (store.close(), rmSync(dir, { recursive: true, force: true })) };
}

test('sources that count the same thing differently are reported as a conflict', () => {
  const { story, done } = floodStory();
  try {
    for (const want of conflicts) {
      const conflict = story.coverage.conflicts.find((item) => item.subject === want.subject);
      assert.ok(conflict, `a conflict on ${want.subject}`);
      assert.deepEqual(conflict.values.map((value) => Number(value.value.replace(/[,~]/g, ''))), want.values);
      const small = conflict.values[0].reports.map((report) => report.articleId).sort();
      const large = conflict.values[1].reports.map((report) => report.articleId);
      assert.deepEqual(small, ['flood-de-full', 'flood-en-a']);
      assert.deepEqual(large, ['flood-fr-b']);
      assert.ok(conflict.values[1].reports[0].text.includes('100 000'));
    }
  } finally {
    done();
  }
});

test('facts every source reports, facts some report, and what one source alone says', () => {
  const { story, done } = floodStory();
  try {
    const agreed = story.coverage.agreements.map((fact) => fact.key);
    assert.ok(agreed.includes('entity:loc:mirelle'), 'every flood article names Mirelle');
    const partial = story.coverage.partial.find((fact) => fact.key === 'entity:org:red-cross');
    assert.ok(partial, 'the Red Cross is named by some sources');
    assert.deepEqual(partial.reportedBy.map((report) => report.articleId).sort(), ['flood-de-full', 'flood-es', 'flood-fr-b']);
    assert.ok(partial.missingFrom.includes('flood-en-a'));
    const bridge = story.coverage.exclusives.find((exclusive) => exclusive.articleId === 'flood-bridge');
    assert.ok(bridge, 'only the bridge article mentions the president');
    assert.ok(bridge.sentences.some((sentence) => sentence.includes('Ivo Seld')));
    assert.ok(!story.coverage.exclusives.some((exclusive) => exclusive.sentences.some((sentence) => sentence.startsWith('Prorыв'))));
  } finally {
    done();
  }
});

test('the timeline lists articles and dated events in date order', () => {
  const { story, done } = floodStory();
  try {
    const dates = story.timeline.map((entry) => entry.date);
    assert.deepEqual(dates, [...dates].sort());
    assert.equal(story.timeline.filter((entry) => entry.kind === 'article').length, 6);
    const event = story.timeline.find((entry) => entry.kind === 'event');
    assert.equal(event?.date, '2024-03-02');
    assert.equal(event?.articleId, 'flood-en-a');
  } finally {
    done();
  }
});

test("what a figure counts is named in the story's headline language when a source in it names it", () => {
  const { story, done } = floodStory();
  try {
    const lang = story.headlines[0].lang;
    const words = articles.find((fixture) => fixture.lang === lang && fixture.numbers.some((number) => number.counts === 'en:people'))?.numbers.find((number) => number.counts === 'en:people')?.countsText;
    assert.ok(words && lang !== 'en', `the flood story's headline is not English: ${lang}`);
    assert.deepEqual(story.coverage.conflicts.map((conflict) => conflict.label), [words]);
    const figure = [...story.coverage.agreements, ...story.coverage.partial].find((fact) => fact.kind === 'number' && fact.key.endsWith(':98000'));
    assert.equal(figure?.label, `98,000 ${words}`);
  } finally {
    done();
  }
});
