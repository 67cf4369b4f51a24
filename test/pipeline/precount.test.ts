import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createAnalyzer } from '../../src/analyze/analyzer.js';
import { articleProfile } from '../../src/compare/article-profile.js';
import { CorpusStats } from '../../src/compare/corpus-stats.js';
import type { AnalyzedArticle } from '../../src/compare/model.js';
import { candidateKeys } from '../../src/index/candidate-keys.js';
import { adoptPrecounted, precount } from '../../src/pipeline/precount.js';

const dir = new URL('../fixtures/compare/flood-multilingual/', import.meta.url);

test('what a worker precounts and sends gives the same profile and retrieval keys as counting on the writer thread', async () => {
  const analyzer = await createAnalyzer();
  const own: AnalyzedArticle[] = [];
  const adopted: AnalyzedArticle[] = [];
  for (const [name, lang] of [['en', 'en'], ['es', 'es'], ['de', 'de']] as const) {
    const [title, ...rest] = readFileSync(new URL(`${name}.txt`, dir), 'utf8').trim().split('\n');
    const text = rest.join('\n').trim();
    const analysis = analyzer.analyze({ title, text, lang });
    own.push({ id: name, title, text, lang, analysis });
    // As across threads: the worker's counts arrive as a structured clone, the analysis as JSON.
    const sent = structuredClone(precount({ title, text, analysis }));
    const received = JSON.parse(JSON.stringify(analysis)) as typeof analysis;
    adoptPrecounted(received, sent);
    adopted.push({ id: name, title, text, lang, analysis: received });
  }
  const stats = CorpusStats.fromAnalyses(own.map((article) => article.analysis));
  const statsAdopted = CorpusStats.fromAnalyses(adopted.map((article) => article.analysis));
  assert.deepEqual(statsAdopted.toJSON(), stats.toJSON());
  for (let i = 0; i < own.length; i++) {
    const a = articleProfile(own[i], stats);
    const b = articleProfile(adopted[i], statsAdopted);
    for (const part of ['grams', 'headlineGrams', 'leadGrams', 'tokens', 'terms'] as const) {
      assert.ok(a[part].size > 0, `${own[i].id} ${part} empty`);
      assert.deepEqual([...b[part].ids], [...a[part].ids], `${own[i].id} ${part}`);
      assert.deepEqual([...b[part].weights], [...a[part].weights], `${own[i].id} ${part}`);
    }
    assert.deepEqual(candidateKeys(adopted[i].analysis), candidateKeys(own[i].analysis));
  }
});
