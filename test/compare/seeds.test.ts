import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../../src/analyze/analyzer.js';
import { compareArticles } from '../../src/compare/compare-articles.js';
import { CorpusStats } from '../../src/compare/corpus-stats.js';
import type { AnalyzedArticle } from '../../src/compare/model.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { readSources } from '../../src/ingest/read-sources.js';

// The founding example (issue #4 done-when): the four reports of one event score < 2.5 pairwise,
// the fifth (another event, same president and country) scores >= 3 against each. Each pair is
// compared as `storyweave compare a b` does without a store: the two articles are the corpus.
const seedsDir = fileURLToPath(new URL('../../../shared/data/seeds/', import.meta.url));
const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((name) => /^\d{3}_.*\.txt$/.test(name)).sort() : [];

async function loadSeeds(): Promise<AnalyzedArticle[]> {
  const analyzer = await createAnalyzer();
  const articles: AnalyzedArticle[] = [];
  for (const name of seeds) {
    for await (const item of readSources([join(seedsDir, name)])) {
      if (!item.ok) throw item.error;
      const article = extractDocument(item.doc);
      const analysis = await analyzer.analyzeAsync({ title: article.title, text: article.text, published: article.published });
      articles.push({ id: name.slice(0, 3), title: article.title, text: article.text, lang: analysis.lang, published: article.published, analysis });
    }
  }
  return articles;
}

test('seeds 000-003 are one story, 004 another', { skip: seeds.length < 5 && 'seeds not found' }, async () => {
  const articles = await loadSeeds();
  const compare = (a: AnalyzedArticle, b: AnalyzedArticle) => compareArticles(a, b, CorpusStats.fromAnalyses([a.analysis, b.analysis]));
  const failures: string[] = [];
  for (let i = 0; i < 4; i++) {
    for (let j = i + 1; j < 4; j++) {
      const { scores, explanation } = compare(articles[i], articles[j]);
      if (scores.overall >= 2.5) failures.push(`${articles[i].id} vs ${articles[j].id}: overall ${scores.overall.toFixed(2)} >= 2.5`);
      for (const name of [/tokayev|tokaev/i, /kazakhstan/i, /russia/i]) {
        const shared = explanation.sharedEntities.find((entity) => [entity.canonical, ...entity.formsA, ...entity.formsB].some((form) => name.test(form)));
        if (!shared || shared.formsA.length === 0 || shared.formsB.length === 0) failures.push(`${articles[i].id} vs ${articles[j].id}: ${name} not shared`);
      }
    }
    const { scores } = compare(articles[i], articles[4]);
    if (scores.overall < 3) failures.push(`${articles[i].id} vs ${articles[4].id}: overall ${scores.overall.toFixed(2)} < 3`);
  }
  assert.deepEqual(failures, []);
});
