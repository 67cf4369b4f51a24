// Person ids keep a surname's consonants, so Putin and Biden share `per:btn`: two articles naming one
// each share no person, while one person spelled in two scripts still is one.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createAnalyzer, type Analyzer } from '../../src/analyze/analyzer.js';
import { articleProfile } from '../../src/compare/article-profile.js';
import { compareArticles } from '../../src/compare/compare-articles.js';
import { CorpusStats } from '../../src/compare/corpus-stats.js';
import type { AnalyzedArticle } from '../../src/compare/model.js';
import { namesakeIds } from '../../src/compare/namesakes.js';
import { FEATURE_NAMES, pairFeatures } from '../../src/compare/pair-features.js';

let analyzer: Analyzer;
before(async () => {
  analyzer = await createAnalyzer();
});

function article(id: string, lang: string, title: string, text: string): AnalyzedArticle {
  return { id, title, text, lang, analysis: analyzer.analyze({ title, text, lang }) };
}

test('two surnames of one consonant key are namesakes in scripts that write vowels, one name across scripts is not', () => {
  assert.deepEqual(namesakeIds(new Map([['per:btn', 'Putin']]), new Map([['per:btn', 'Biden']])), new Set(['per:btn']));
  assert.deepEqual(namesakeIds(new Map([['per:btn', 'Путин']]), new Map([['per:btn', 'Байден']])), new Set(['per:btn']));
  assert.equal(namesakeIds(new Map([['per:btn', 'Байден']]), new Map([['per:btn', 'Joe Biden']])), undefined);
  assert.equal(namesakeIds(new Map([['per:tkf', 'Tokayev']]), new Map([['per:tkf', 'قاسم جومارت توكاييف']])), undefined);
  assert.equal(namesakeIds(new Map([['per:tkf', 'Tokaev']]), new Map([['per:tkf', 'Kassym-Jomart Tokayev']])), undefined);
});

test('an article naming Putin and one naming Biden share no person, in the features or the explanation', () => {
  const putin = article('p', 'en', 'Putin visits Tehran', 'Putin arrived in Tehran on Tuesday for talks with Iranian leaders on energy. Putin said cooperation would grow.');
  const biden = article('b', 'en', 'Biden visits Tokyo', 'Biden arrived in Tokyo on Tuesday for talks with Japanese leaders on trade. Biden said cooperation would grow.');
  const putinAgain = article('p2', 'ru', 'Путин прибыл в Тегеран', 'Путин прибыл в Тегеран во вторник для переговоров об энергетике. Путин заявил, что сотрудничество будет расти.');
  assert.equal(putin.analysis.entities.find((entity) => entity.canonical === 'Putin')?.id, biden.analysis.entities.find((entity) => entity.canonical === 'Biden')?.id, 'the two share an id');
  const stats = CorpusStats.fromAnalyses([putin, biden, putinAgain].map((item) => item.analysis));
  const people = FEATURE_NAMES.indexOf('people');
  assert.equal(pairFeatures(articleProfile(putin, stats), articleProfile(biden, stats))[people], 0);
  assert.ok(pairFeatures(articleProfile(putin, stats), articleProfile(putinAgain, stats))[people] > 0.5, 'Putin in English and Russian is one person');
  const { explanation } = compareArticles(putin, biden, stats);
  assert.deepEqual(explanation.sharedEntities.filter((entity) => entity.type === 'person'), []);
  assert.ok(compareArticles(putin, putinAgain, stats).explanation.sharedEntities.some((entity) => entity.type === 'person'));
});
