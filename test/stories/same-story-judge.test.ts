import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../src/analyze/analyzer.js';
import { CorpusStats } from '../../src/compare/corpus-stats.js';
import type { AnalyzedArticle, PairExplanation } from '../../src/compare/model.js';
import { evidenceFrom, scorerJudge } from '../../src/stories/same-story-judge.js';

function explanation(sharedTerms: PairExplanation['sharedTerms']): PairExplanation {
  return { sharedEntities: [], sharedTerms, sharedNumbers: [], conflictingNumbers: [], sharedDates: [], conflictingDates: [], sharedCountries: [], features: [] };
}

test('a membership\'s evidence names shared concepts as the articles write them, not by their ids', () => {
  const evidence = evidenceFrom(
    0.8,
    explanation([
      { concept: 'en:mobil', wordsA: ['mobilisation'], wordsB: ['التعبئة'], weight: 0.3 },
      { concept: 'en:kazakhstan', wordsA: ['Kazakhstan'], wordsB: ['kazakhstan'], weight: 0.2 },
      { concept: 'sk:tkf', wordsA: [], wordsB: [], weight: 0.1 },
      { concept: 'en:ukrain', wordsA: [], wordsB: [], weight: 0.05 },
    ]),
  );
  assert.deepEqual(evidence.sharedTerms, ['mobilisation / التعبئة', 'Kazakhstan', 'ukrain']);
});

test('a judge for partitions only (storyweave cluster) judges as the explaining one and explains nothing', async () => {
  const analyzer = await createAnalyzer();
  const dir = new URL('../fixtures/compare/flood-multilingual/', import.meta.url);
  const articles: AnalyzedArticle[] = (['en', 'es', 'unrelated-en'] as const).map((name) => {
    const [title, ...rest] = readFileSync(new URL(`${name}.txt`, dir), 'utf8').trim().split('\n');
    const text = rest.join('\n').trim();
    const lang = name === 'es' ? 'es' : 'en';
    return { id: name, title, text, lang, analysis: analyzer.analyze({ title, text, lang }) };
  });
  const stats = CorpusStats.fromAnalyses(articles.map((article) => article.analysis));
  const explaining = scorerJudge();
  const partitionOnly = scorerJudge(undefined, { explain: false });
  assert.equal(partitionOnly.explain, undefined);
  assert.ok(explaining.explain);
  for (const [a, b] of [[0, 1], [0, 2], [1, 2]]) {
    assert.deepEqual(partitionOnly.judge(articles[a], articles[b], stats), explaining.judge(articles[a], articles[b], stats));
  }
  assert.ok(explaining.judge(articles[0], articles[1], stats).probability > explaining.judge(articles[0], articles[2], stats).probability);
});

test('a membership\'s evidence leaves concepts written only with the shared names to the entities', () => {
  const evidence = evidenceFrom(0.8, {
    ...explanation([
      { concept: 'en:russian', wordsA: ['Russians'], wordsB: ['người Nga'], weight: 0.4 },
      { concept: 'en:mobil', wordsA: ['mobilisation'], wordsB: ['lệnh tổng động viên'], weight: 0.3 },
      { concept: 'en:tokayev', wordsA: ['Tokayev'], wordsB: [], weight: 0.2 },
      { concept: 'en:presid', wordsA: ['president'], wordsB: ['Tổng thống'], weight: 0.1 },
    ]),
    sharedEntities: [
      { id: 'loc:RU', canonical: 'Russia', type: 'place', formsA: ['Russians'], formsB: ['Nga', 'người Nga'], weight: 1 },
      { id: 'per:tkf', canonical: 'Kassym-Jomart Tokayev', type: 'person', formsA: ['Kassym-Jomart Tokayev'], formsB: ['Tokayev'], weight: 2 },
    ],
  });
  assert.deepEqual(evidence.sharedTerms, ['mobilisation / lệnh tổng động viên', 'president / Tổng thống']);
  assert.deepEqual(evidence.sharedEntities.map((entity) => entity.canonical), ['Russia', 'Kassym-Jomart Tokayev']);
});

test('a membership\'s shared dates read as each side writes them, as its numbers do', () => {
  const evidence = evidenceFrom(0.7, {
    ...explanation([]),
    sharedNumbers: [{ valueA: 120, valueB: 120, textA: '120', textB: '120 километров' }],
    sharedDates: [
      { isoA: '--02-02', isoB: '--02-02', textA: 'February 2', textB: '2 февраля' },
      { isoA: '2022-09-27', isoB: '2022-09-27', textA: '27 September 2022', textB: '27 September 2022' },
    ],
  });
  assert.deepEqual(evidence.sharedFacts, ['120 / 120 километров', 'February 2 / 2 февраля', '27 September 2022']);
});
