import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { createAnalyzer } from '../../src/analyze/analyzer.js';
import { articleProfile, compactArticle } from '../../src/compare/article-profile.js';
import { forgetKeysIfMany } from '../../src/compare/sparse-vector.js';
import { CorpusStats } from '../../src/compare/corpus-stats.js';
import type { AnalyzedArticle } from '../../src/compare/model.js';
import { FEATURE_NAMES, pairFeatures, type FeatureName } from '../../src/compare/pair-features.js';

const dir = new URL('../fixtures/compare/flood-multilingual/', import.meta.url);
const articles = new Map<string, AnalyzedArticle>();
let stats: CorpusStats;

before(async () => {
  const analyzer = await createAnalyzer();
  for (const [name, lang] of [['en', 'en'], ['es', 'es'], ['de', 'de'], ['unrelated-en', 'en']] as const) {
    const [title, ...rest] = readFileSync(new URL(`${name}.txt`, dir), 'utf8').trim().split('\n');
    const text = rest.join('\n').trim();
    articles.set(name, { id: name, title, text, lang, analysis: analyzer.analyze({ title, text, lang }) });
  }
  stats = CorpusStats.fromAnalyses([...articles.values()].map((article) => article.analysis));
});

function feature(a: string, b: string, name: FeatureName): number {
  const features = pairFeatures(articleProfile(articles.get(a)!, stats), articleProfile(articles.get(b)!, stats));
  return features[FEATURE_NAMES.indexOf(name)];
}

test('features are symmetric and bounded', () => {
  const ab = pairFeatures(articleProfile(articles.get('en')!, stats), articleProfile(articles.get('es')!, stats));
  const ba = pairFeatures(articleProfile(articles.get('es')!, stats), articleProfile(articles.get('en')!, stats));
  for (let i = 0; i < ab.length; i++) {
    assert.ok(Math.abs(ab[i] - ba[i]) < 1e-9, FEATURE_NAMES[i]);
    assert.ok(ab[i] >= 0 && ab[i] <= 1 + 1e-9, `${FEATURE_NAMES[i]} = ${ab[i]}`);
  }
});

test('cross-lingual versions of one story share more cognates than a same-language unrelated story', () => {
  for (const other of ['es', 'de']) {
    assert.ok(feature('en', other, 'cognates') > feature('en', 'unrelated-en', 'cognates'), other);
    assert.ok(feature('en', other, 'title') > feature('en', 'unrelated-en', 'title'), other);
  }
});

test('an article compared with itself maxes the lexical features', () => {
  for (const name of ['lexical', 'cognates', 'title'] as const) assert.ok(Math.abs(feature('de', 'de', name) - 1) < 1e-6, name); // weights are single precision
  assert.equal(feature('de', 'de', 'lengthRatio'), 1);
});

test('dates that disagree are a conflict only when both sides date events', async () => {
  const analyzer = await createAnalyzer();
  const make = (id: string, text: string): AnalyzedArticle => ({ id, title: 'Ministers meet on trade', text, lang: 'en', analysis: analyzer.analyze({ title: 'Ministers meet on trade', text, lang: 'en' }) });
  const january = make('jan', 'The ministers met in Geneva on 10 January 2022 to discuss trade tariffs and agreed to meet again.');
  const september = make('sep', 'The ministers met in Geneva on 21 September 2023 to discuss trade tariffs and agreed to meet again.');
  const undated = make('none', 'The ministers met in Geneva to discuss trade tariffs and agreed to meet again soon.');
  const local = CorpusStats.fromAnalyses([january, september, undated].map((article) => article.analysis));
  const value = (a: AnalyzedArticle, b: AnalyzedArticle, name: FeatureName) => pairFeatures(articleProfile(a, local), articleProfile(b, local))[FEATURE_NAMES.indexOf(name)];
  assert.equal(value(january, september, 'monthConflict'), 1);
  assert.equal(value(january, september, 'yearConflict'), 1);
  assert.equal(value(january, undated, 'monthConflict'), 0);
  assert.equal(value(january, january, 'monthConflict'), 0);
  assert.equal(value(january, january, 'unmatchedSalient'), 0);
});

test('a compact article compares exactly as the whole one, also after the statistics change; a stale one says so', () => {
  const whole = articles.get('es')!;
  const compact = compactArticle(whole);
  assert.equal(compact.text, '');
  assert.deepEqual(compact.analysis.terms, {});
  const other = articles.get('en')!;
  const expected = pairFeatures(articleProfile(other, stats), articleProfile(whole, stats));
  assert.deepEqual(pairFeatures(articleProfile(other, stats), articleProfile(compact, stats)), expected);
  const grown = CorpusStats.fromAnalyses([...articles.values()].map((article) => article.analysis));
  grown.add(articles.get('unrelated-en')!.analysis);
  assert.deepEqual(
    pairFeatures(articleProfile(other, grown), articleProfile(compact, grown)),
    pairFeatures(articleProfile(other, grown), articleProfile(whole, grown)),
  );
  forgetKeysIfMany(0);
  assert.throws(() => articleProfile(compact, stats), /compacted under another key table/);
  assert.ok(articleProfile(whole, stats).terms.ids.length > 0, 'the whole article is recounted');
});
