import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleAnalysis } from '../../src/core/model.js';
import { CorpusStats } from '../../src/compare/corpus-stats.js';

function analysis(tokens: string[], entities: string[] = []): ArticleAnalysis {
  return {
    analyzerVersion: 'test',
    lang: 'en',
    entities: entities.map((id) => ({ id, canonical: id, type: 'place', mentions: [] })),
    numbers: [],
    dates: [],
    terms: Object.fromEntries(tokens.map((t) => [`w:${t}`, 1])),
    titleTerms: {},
    tokens: Object.fromEntries(tokens.map((t) => [t, 1])),
    wordCount: tokens.length,
  };
}

test('idf falls as a key appears in more documents and never drops below 1', () => {
  const stats = CorpusStats.fromAnalyses([analysis(['flood', 'city']), analysis(['city', 'profit']), analysis(['city'])]);
  assert.equal(stats.documents, 3);
  assert.equal(stats.documentFrequency('token', 'city'), 3);
  assert.ok(stats.idf('token', 'flood') > stats.idf('token', 'city'));
  assert.ok(stats.idf('token', 'unseen') > stats.idf('token', 'flood'));
  assert.ok(stats.idf('token', 'city') >= 1);
});

test('remove undoes add, and gram and entity frequencies are kept too', () => {
  const a = analysis(['valparaiso'], ['loc:CL']);
  const b = analysis(['valparaiso', 'storm']);
  const stats = CorpusStats.fromAnalyses([a, b]);
  assert.equal(stats.documentFrequency('entity', 'loc:CL'), 1);
  assert.equal(stats.documentFrequency('gram', 'par'), 2);
  const before = stats.generation;
  stats.remove(a);
  assert.ok(stats.generation > before);
  assert.equal(stats.documents, 1);
  assert.equal(stats.documentFrequency('entity', 'loc:CL'), 0);
  assert.equal(stats.documentFrequency('token', 'valparaiso'), 1);
  assert.equal(stats.documentFrequency('term', 'w:storm'), 1);
});

test('toJSON and fromJSON round-trip', () => {
  const stats = CorpusStats.fromAnalyses([analysis(['a1', 'b2'], ['per:x']), analysis(['b2'])]);
  const copy = CorpusStats.fromJSON(JSON.parse(JSON.stringify(stats.toJSON())));
  assert.equal(copy.documents, 2);
  for (const [kind, key] of [['token', 'b2'], ['entity', 'per:x'], ['term', 'w:a1']] as const) {
    assert.equal(copy.idf(kind, key), stats.idf(kind, key));
  }
});
