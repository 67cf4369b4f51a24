import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CandidateIndex, type IndexedArticle } from '../../src/index/candidate-index.js';
import { articleDay, candidateKeys } from '../../src/index/candidate-keys.js';
import type { ArticleAnalysis } from '../../src/core/model.js';

function analysis(entities: string[], terms: Record<string, number>, tokens: Record<string, number> = {}): ArticleAnalysis {
  return {
    analyzerVersion: 'test',
    lang: 'en',
    entities: entities.map((id) => ({ id, canonical: id, type: 'place', mentions: [] })),
    numbers: [],
    dates: [],
    terms,
    titleTerms: {},
    tokens,
    wordCount: 10,
  };
}

test('keys come from the article alone: entities, heaviest concepts, frequent longer tokens', () => {
  const terms: Record<string, number> = {};
  for (let i = 0; i < 40; i++) terms[`en:t${String(i).padStart(2, '0')}`] = 40 - i;
  const keys = candidateKeys(analysis(['loc:KZ', 'per:x'], terms, { tokayev: 3, the: 9, '2022': 4, kazakhstan: 2 }));
  assert.ok(keys.includes('e:loc:KZ') && keys.includes('e:per:x'));
  assert.ok(keys.includes('t:en:t00') && !keys.includes('t:en:t39'), 'only the heaviest concepts');
  assert.ok(keys.includes('w:tokayev') && keys.includes('w:kazakhstan'));
  assert.ok(!keys.includes('w:the') && !keys.includes('w:2022'), 'short tokens and bare numbers are no keys');
  assert.deepEqual(candidateKeys(analysis(['per:x', 'loc:KZ'], { ...terms })).sort(), candidateKeys(analysis(['loc:KZ', 'per:x'], terms)).sort());
});

test('articles are placed on their publication day, else their ingest day', () => {
  assert.equal(articleDay({ published: '2022-09-27T10:00:00Z', ingestedAt: '2024-01-01T00:00:00Z' }), Math.floor(Date.parse('2022-09-27') / 86_400_000));
  assert.equal(articleDay({ ingestedAt: '2024-01-01T05:00:00Z' }), Math.floor(Date.parse('2024-01-01') / 86_400_000));
  assert.equal(articleDay({ published: 'not a date', ingestedAt: '2024-01-01T05:00:00Z' }), Math.floor(Date.parse('2024-01-01') / 86_400_000));
});

test('candidates share informative keys within the time window, best first, and retrieval is symmetric', () => {
  const index = new CandidateIndex({ windowDays: 3, minScore: 2 });
  index.add('a', 100, ['e:loc:KZ', 'e:per:tokayev', 't:en:flee', 't:en:mobilis']);
  index.add('b', 101, ['e:loc:KZ', 't:en:flee']);
  index.add('c', 130, ['e:loc:KZ', 'e:per:tokayev', 't:en:flee', 't:en:mobilis']);
  index.add('d', 100, ['t:en:football']);
  const found = index.candidates(100, ['e:loc:KZ', 'e:per:tokayev', 't:en:flee', 't:en:mobilis'], 'x');
  assert.deepEqual(found.map((candidate) => candidate.articleId), ['a', 'b'], 'c is a month away, d shares nothing');
  assert.ok(found[0].score > found[1].score);
  assert.equal(found[0].sharedKeys, 4);
  const fromB = index.candidates(101, ['e:loc:KZ', 't:en:flee'], 'b').map((candidate) => candidate.articleId);
  assert.ok(fromB.includes('a'), 'b finds a as a finds b');
  assert.ok(!index.candidates(100, ['e:loc:KZ'], 'a').some((candidate) => candidate.articleId === 'a'), 'the article itself is excluded');
});

test('very common keys are skipped and postings read per key are capped, so lookups stay flat', () => {
  const index = new CandidateIndex({ windowDays: 1000, maxDocumentShare: 0.05, postingsPerKey: 50, maxCandidates: 1000, minScore: 0 });
  for (let i = 0; i < 4000; i++) index.add(`n${i}`, 10, ['t:en:said', `e:story:${i % 200}`]);
  const found = index.candidates(10, ['t:en:said', 'e:story:7']);
  assert.ok(found.length > 0 && found.length <= 50, `at most the per-key cap, got ${found.length}`);
  assert.ok(found.every((candidate) => candidate.articleId.startsWith('n') && Number(candidate.articleId.slice(1)) % 200 === 7), 'only via the rare key');
  assert.ok(found.every((candidate) => candidate.sharedKeys === 1), '"said" is in every article: skipped');
});

test('only recent weeks stay in memory; lookups reaching further back read the forgotten days and find the same articles', () => {
  const stored: IndexedArticle[] = [];
  const older = (fromDay: number, toDay: number) => stored.filter((article) => article.day >= fromDay && article.day <= toDay);
  const options = { windowDays: 3, retainDays: 20, minScore: 0, maxCandidates: 1000, today: () => 10_000 };
  const retaining = new CandidateIndex(options, older);
  const complete = new CandidateIndex({ ...options, retainDays: Infinity });
  for (let day = 0; day < 100; day++) {
    for (let i = 0; i < 5; i++) {
      const article = { articleId: `d${day}-${i}`, day, keys: [`e:story:${Math.floor(day / 4)}-${i}`, `t:en:day${day}`] };
      stored.push(article);
      retaining.add(article.articleId, article.day, article.keys);
      complete.add(article.articleId, article.day, article.keys);
    }
  }
  assert.ok(retaining.firstDayInMemory > 60 && retaining.firstDayInMemory <= 80, `forgot up to day ${retaining.firstDayInMemory}`);
  assert.ok(retaining.size < 150, `${retaining.size} articles in memory`);
  assert.ok(!retaining.has('d10-0') && retaining.has('d99-0'));
  const ids = (found: { articleId: string }[]) => found.map((candidate) => candidate.articleId).sort();
  for (const day of [10, 70, 95]) {
    const keys = [`e:story:${Math.floor(day / 4)}-1`, `t:en:day${day}`];
    const found = ids(retaining.candidates(day, keys, 'x'));
    assert.ok(found.length > 0);
    assert.deepEqual(found, ids(complete.candidates(day, keys, 'x')), `day ${day}`);
  }
  // An old article arriving late is left to the store, not put back in memory.
  retaining.add('late', 12, ['e:story:3-1']);
  assert.ok(!retaining.has('late'));
});

test('an article dated far in the future does not push the real ones out of memory', () => {
  const index = new CandidateIndex({ retainDays: 20, today: () => 100 }, () => []);
  index.add('now', 100, ['e:x']);
  index.add('typo', 100_000, ['e:x']);
  assert.ok(index.has('now') && index.has('typo'));
  assert.ok(index.firstDayInMemory <= 82);
});

test('input out of date order (an archive dump) makes the index take every day back instead of reading the store per article', () => {
  const stored: IndexedArticle[] = [];
  let reads = 0;
  const older = (fromDay: number, toDay: number) => {
    reads++;
    return stored.filter((article) => article.day >= fromDay && article.day <= toDay);
  };
  const index = new CandidateIndex({ windowDays: 3, retainDays: 20, minScore: 0, maxCandidates: 1000, today: () => 10_000 }, older);
  const add = (id: string, day: number) => {
    const article = { articleId: id, day, keys: [`e:day:${day}`] };
    const found = index.candidates(day, article.keys, id);
    stored.push(article);
    index.add(id, day, article.keys);
    return found;
  };
  add('newest', 400);
  // A year of articles, newest first: every lookup reaches days the index has forgotten.
  for (let day = 399; day >= 100; day--) add(`a${day}`, day);
  assert.equal(index.firstDayInMemory, -Infinity, 'every day is back in memory');
  assert.ok(index.has('a100') && index.has('a399') && index.has('newest'));
  assert.ok(reads < 120, `${reads} reads of the store`);
  assert.deepEqual(add('b250', 250).map((candidate) => candidate.articleId), ['a250']);
});
