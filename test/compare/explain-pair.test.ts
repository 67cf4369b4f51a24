import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleAnalysis, DateFact, NumberFact, ResolvedEntity } from '../../src/core/model.js';
import { compareArticles } from '../../src/compare/compare-articles.js';
import { CorpusStats } from '../../src/compare/corpus-stats.js';
import type { AnalyzedArticle } from '../../src/compare/model.js';

function entity(id: string, type: ResolvedEntity['type'], forms: string[], country?: string): ResolvedEntity {
  return { id, canonical: id.split(':')[1], type, mentions: forms.map((text, i) => ({ text, start: i, end: i + text.length })), ...(country ? { country } : {}) };
}
function number(value: number, text: string, counts?: string): NumberFact {
  return { value, text, start: 0, end: text.length, ...(counts ? { counts, countsText: counts.split(':')[1] } : {}) };
}
function date(iso: string, text: string): DateFact {
  const [year, month, day] = iso.split('-').map(Number);
  return { iso, text, start: 0, end: text.length, year, month, day };
}
function article(id: string, lang: string, analysis: Partial<ArticleAnalysis>): AnalyzedArticle {
  const full: ArticleAnalysis = { analyzerVersion: 'test', lang, entities: [], numbers: [], dates: [], terms: {}, titleTerms: {}, tokens: {}, wordCount: 100, ...analysis };
  return { id, title: id, text: '', lang, analysis: full };
}

const a = article('a', 'fr', {
  entities: [entity('per:tokayev', 'person', ['Tokaïev', 'Kassym-Jomart Tokaïev']), entity('loc:KZ', 'place', ['Kazakhstan'], 'KZ'), entity('loc:almaty', 'place', ['Almaty'], 'KZ')],
  numbers: [number(98000, '98 000', 'en:people'), number(5, 'cinq', 'en:day')],
  dates: [date('2022-09-27', '27 septembre'), date('2022-09-21', '21 septembre')],
  terms: { 'en:flee': 2, 'en:mobilisation': 1, 'en:president': 1 },
  tokens: { fuir: 2 },
});
const b = article('b', 'ar', {
  entities: [entity('per:tokayev', 'person', ['توكاييف']), entity('loc:KZ', 'place', ['كازاخستان'], 'KZ'), entity('loc:RU', 'place', ['روسيا'], 'RU')],
  numbers: [number(98000, '98 ألف', 'en:people'), number(7, 'سبعة', 'en:day')],
  dates: [date('2022-09-27', '27 سبتمبر'), date('2022-09-22', '22 سبتمبر')],
  terms: { 'en:flee': 1, 'en:mobilisation': 2, 'en:summit': 1 },
  tokens: { فرار: 1 },
});
const stats = CorpusStats.fromAnalyses([a.analysis, b.analysis, article('c', 'en', { terms: { 'en:president': 1 } }).analysis]);

test('the explanation names shared entities with the forms on each side', () => {
  const { explanation } = compareArticles(a, b, stats);
  const tokayev = explanation.sharedEntities.find((e) => e.id === 'per:tokayev');
  assert.ok(tokayev);
  assert.deepEqual(tokayev.formsA, ['Tokaïev', 'Kassym-Jomart Tokaïev']);
  assert.deepEqual(tokayev.formsB, ['توكاييف']);
  assert.ok(explanation.sharedEntities.some((e) => e.id === 'loc:KZ'));
  assert.ok(!explanation.sharedEntities.some((e) => e.id === 'loc:RU' || e.id === 'loc:almaty'));
  assert.deepEqual(explanation.sharedCountries, ['KZ']);
});

test('numbers and dates are split into shared and conflicting', () => {
  const { explanation } = compareArticles(a, b, stats);
  assert.deepEqual(explanation.sharedNumbers.map((n) => [n.valueA, n.valueB]), [[98000, 98000]]);
  assert.deepEqual(explanation.conflictingNumbers.map((n) => [n.valueA, n.valueB, n.counts]), [[5, 7, 'en:day']]);
  assert.deepEqual(explanation.sharedDates.map((d) => d.isoA), ['2022-09-27']);
  assert.deepEqual(explanation.conflictingDates.map((d) => [d.isoA, d.isoB]), [['2022-09-21', '2022-09-22']]);
});

test('shared terms and per-feature contributions are reported', () => {
  const { explanation, scores } = compareArticles(a, b, stats);
  assert.deepEqual(explanation.sharedTerms.map((t) => t.concept).sort(), ['en:flee', 'en:mobilisation']);
  assert.ok(explanation.features.length > 5);
  const people = explanation.features.find((f) => f.feature === 'people');
  assert.ok(people && people.value > 0.5);
  assert.ok(scores.overall >= 1 && scores.overall <= 4);
  const quiet = compareArticles(a, b, stats, { explain: false });
  assert.deepEqual(quiet.scores, scores);
  assert.equal(quiet.explanation.sharedEntities.length, 0);
});

test('dates that never share a month are shown as differing, and undated sides are not', () => {
  const september = article('sep', 'fr', { dates: [date('2022-09-28', '28 septembre')], terms: { 'en:flee': 1 } });
  const january = article('jan', 'fr', { dates: [date('2022-01-10', '10 janvier 2022')], terms: { 'en:flee': 1 } });
  const undated = article('none', 'en', { terms: { 'en:flee': 1 } });
  const stats = CorpusStats.fromAnalyses([september, january, undated].map((item) => item.analysis));
  const conflicting = compareArticles(september, january, stats).explanation.conflictingDates;
  assert.deepEqual(conflicting.map((item) => [item.textA, item.textB]), [['28 septembre', '10 janvier 2022']]);
  assert.deepEqual(compareArticles(september, undated, stats).explanation.conflictingDates, []);
  const features = compareArticles(september, january, stats).explanation.features;
  assert.equal(features.find((item) => item.feature === 'monthConflict')?.value, 1);
});

test('events months apart move the overall towards dissimilar, and the explanation says by how much', () => {
  const shared = { entities: a.analysis.entities, terms: a.analysis.terms, tokens: a.analysis.tokens };
  const september = article('sep', 'fr', { ...shared, dates: [date('2022-09-28', '28 septembre')] });
  const alsoSeptember = article('sep2', 'fr', { ...shared, dates: [date('2022-09-30', '30 septembre')] });
  const january = article('jan', 'fr', { ...shared, dates: [date('2022-01-10', '10 janvier 2022')] });
  const local = CorpusStats.fromAnalyses([september, alsoSeptember, january].map((item) => item.analysis));
  const near = compareArticles(september, alsoSeptember, local);
  const far = compareArticles(september, january, local);
  assert.ok(far.scores.overall > near.scores.overall + 0.3, `${far.scores.overall} vs ${near.scores.overall}`);
  assert.ok(far.sameStoryProbability < near.sameStoryProbability);
  const gap = far.explanation.features.find((item) => item.feature === 'eventGapDays');
  assert.ok(gap && gap.value > 200 && gap.contribution > 0);
  assert.ok((near.explanation.features.find((item) => item.feature === 'eventGapDays')?.contribution ?? 0) === 0);
});

test('a distinctive figure is shared even when the words after it differ; a small one is not', () => {
  const zh = article('zh', 'zh', { numbers: [number(1200, '1200', 'en:ridgepol'), number(6.1, '6.1', 'en:level'), number(3, '3', 'en:die')], terms: { 'en:earthquak': 1 } });
  const en = article('en', 'en', { numbers: [number(1200, '1,200', 'en:home'), number(6.1, '6.1', 'en:strike'), number(3, 'three', 'en:dai')], terms: { 'en:earthquak': 1 } });
  const stats = CorpusStats.fromAnalyses([zh.analysis, en.analysis]);
  const shared = compareArticles(zh, en, stats).explanation.sharedNumbers;
  assert.deepEqual(shared.map((n) => [n.textA, n.textB, n.counts]), [['1200', '1,200', undefined], ['6.1', '6.1', undefined]]);
});
