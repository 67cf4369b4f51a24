import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleAnalysis } from '../../src/core/model.js';
import { CorpusStats } from '../../src/compare/corpus-stats.js';
import { defaultReferenceCorpus, referenceCorpusFromJSON } from '../../src/compare/reference-corpus.js';

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

test('a reference corpus weighs keys in a tiny corpus as a large one would', () => {
  const reference = referenceCorpusFromJSON({
    version: 1,
    documents: 1000,
    df: { entity: { 'loc:US': 400 }, term: { 'w:said': 900, 'w:flee': 3 }, token: {}, gram: {} },
  });
  const pair = [analysis(['said', 'flee']), analysis(['said', 'flee'])];
  const alone = CorpusStats.fromAnalyses(pair, { reference: null });
  const weighed = CorpusStats.fromAnalyses(pair, { reference });
  // Alone, two shared words are equally informative; against the reference, the common one is not.
  assert.equal(alone.idf('term', 'w:said'), alone.idf('term', 'w:flee'));
  assert.ok(weighed.idf('term', 'w:flee') > 2 * weighed.idf('term', 'w:said') - 1);
  assert.ok(weighed.idf('term', 'w:flee') > weighed.idf('term', 'w:said'));
  assert.equal(weighed.documents, 2);
  assert.equal(weighed.weighedDocuments, 1002);
  assert.equal(weighed.documentFrequency('term', 'w:said'), 2);
  // Snapshots hold this corpus's own counts only.
  assert.equal(weighed.toJSON().documents, 2);
  assert.equal(weighed.toJSON().df.term['w:said'], 2);
});

test('the committed reference corpus loads, and keys like __proto__ are plain keys', () => {
  const reference = defaultReferenceCorpus();
  assert.ok(reference, 'models/reference-corpus.json.gz is committed');
  assert.ok(reference.documents > 1000);
  assert.ok(reference.df.entity.size > 1000 && reference.df.term.size > 10000);
  const stats = new CorpusStats();
  assert.equal(stats.weighedDocuments, reference.documents);
  assert.ok(Number.isFinite(stats.idf('term', '__proto__')) && Number.isFinite(stats.idf('entity', 'constructor')));
});

test('a fresh key table (long-running processes) gives the same comparisons as before it', async () => {
  const { compareArticles } = await import('../../src/compare/compare-articles.js');
  const { forgetKeysIfMany, keyEpoch } = await import('../../src/compare/sparse-vector.js');
  const article = (id: string, tokens: string[], entities: string[]) => ({ id, title: tokens.slice(0, 3).join(' '), text: tokens.join(' '), lang: 'en', analysis: analysis(tokens, entities) });
  const a = article('a', ['flood', 'valparaiso', 'rescue', 'river', 'storm'], ['loc:CL']);
  const b = article('b', ['flood', 'valparaiso', 'river', 'evacuated'], ['loc:CL']);
  const c = article('c', ['election', 'turnout', 'ballot'], ['loc:FR']);
  const stats = CorpusStats.fromAnalyses([a.analysis, b.analysis, c.analysis]);
  const before = [compareArticles(a, b, stats, { explain: false }), compareArticles(a, c, stats, { explain: false })];
  assert.equal(forgetKeysIfMany(Number.POSITIVE_INFINITY), false);
  const epoch = keyEpoch();
  assert.equal(forgetKeysIfMany(0), true);
  assert.equal(keyEpoch(), epoch + 1);
  // New keys take the ids old keys had: a profile built before must not be read with the new table.
  compareArticles(article('x', ['harvest', 'wheat', 'drought'], []), c, stats, { explain: false });
  const copyOfB = article('b', ['flood', 'valparaiso', 'river', 'evacuated'], ['loc:CL']);
  const after = [compareArticles(a, copyOfB, stats, { explain: false }), compareArticles(a, c, stats, { explain: false })];
  assert.deepEqual(after.map((r) => r.scores), before.map((r) => r.scores));
  assert.ok(before[0].sameStoryProbability > before[1].sameStoryProbability);
});

test('absorbing a corpus of pending documents equals adding them one by one', () => {
  const docs = [analysis(['flood', 'city'], ['loc:CL']), analysis(['city', 'profit']), analysis(['valparaiso', 'storm'], ['loc:CL'])];
  const oneByOne = CorpusStats.fromAnalyses(docs, { reference: null });
  const base = CorpusStats.fromAnalyses(docs.slice(0, 1), { reference: null });
  const pending = CorpusStats.fromAnalyses(docs.slice(1), { reference: null });
  const before = base.generation;
  base.absorb(pending);
  assert.ok(base.generation > before);
  assert.equal(base.documents, 3);
  for (const [kind, key] of [['token', 'city'], ['entity', 'loc:CL'], ['gram', 'par'], ['term', 'w:storm']] as const) {
    assert.equal(base.documentFrequency(kind, key), oneByOne.documentFrequency(kind, key), `${kind} ${key}`);
    assert.equal(base.idf(kind, key), oneByOne.idf(kind, key));
  }
});

test('serialize writes what toJSON gives, for keys of any script and more than one chunk', () => {
  const analyses = [analysis(['a1', 'b2'], ['per:x']), analysis(['"quoted"', 'back\\slash', 'توكاييف'])];
  for (let i = 0; i < 5000; i++) analyses.push(analysis([`w${i}`]));
  const stats = CorpusStats.fromAnalyses(analyses);
  assert.deepEqual(JSON.parse(stats.serialize()), JSON.parse(JSON.stringify(stats.toJSON())));
  assert.deepEqual(JSON.parse(CorpusStats.fromAnalyses([]).serialize()), CorpusStats.fromAnalyses([]).toJSON());
});
