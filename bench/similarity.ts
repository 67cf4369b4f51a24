// Similarity benchmark: leave-one-language-pair-out Pearson of predicted vs gold overall, and speed.
// Usage: npm run bench:similarity -- [--data DIR] [--no-speed]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { batchCompare } from '../src/compare/batch/batch-compare.js';
import { compareArticles } from '../src/compare/compare-articles.js';
import { CorpusStats } from '../src/compare/corpus-stats.js';
import { defaultSimilarityModel } from '../src/compare/default-model.js';
import { DIMENSIONS } from '../src/compare/model.js';
import { augmentWithWeakBridges, simulateBridge } from '../src/compare/training/augment.js';
import { crossValidate, crossValidateSameStory, sameStoryLabel } from '../src/compare/training/fit-scorer.js';
import { BRIDGE_FEATURE } from '../src/compare/pair-features.js';
import { pearson } from '../src/compare/training/pearson.js';
import { analysisCachePath, loadSemevalDataset } from '../src/compare/training/rated-pairs-dataset.js';
import { trainingRows } from '../src/compare/training/training-rows.js';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(root, '../shared/data/semeval-dev') },
    'no-speed': { type: 'boolean', default: false },
  },
});
const dataDir = resolve(values.data!);
const model = defaultSimilarityModel();

const dataset = await loadSemevalDataset(dataDir, analysisCachePath(root, dataDir));
const { rows: realRows } = trainingRows(dataset);
const rows = augmentWithWeakBridges(realRows);
const settings = { lambda: model.json.training.lambda, treeWeight: model.json.training.treeWeight };
console.log(`data: ${dataDir} (${dataset.articles.size} articles, ${realRows.length} pairs)`);

// Quality: every pair is scored by a scorer trained without its language pair.
const cv = crossValidate(rows, settings);
console.log(`\nleave-one-language-pair-out Pearson, overall (lambda ${settings.lambda}, tree weight ${settings.treeWeight}):`);
for (const [group, value] of Object.entries(cv.pearson)) {
  const n = group === 'all' ? realRows.length : realRows.filter((row) => row.group === group).length;
  console.log(`  ${group.padEnd(6)} ${value.toFixed(3)}  (${n} pairs)`);
}
console.log('all dimensions, all pairs (out-of-fold):');
for (const dimension of DIMENSIONS) {
  const index = rows.map((_, i) => i).filter((i) => !rows[i].augmented && Number.isFinite(rows[i].gold[dimension]));
  console.log(`  ${dimension.padEnd(10)} ${pearson(index.map((i) => cv.predictions[dimension][i]), index.map((i) => rows[i].gold[dimension])).toFixed(3)}`);
}
// Same-story decision: trained leave-one-language-pair-out on out-of-fold overall predictions,
// judged on pairs annotated clearly same (overall <= 1.5) or clearly different (>= 3).
const sameStoryCV = crossValidateSameStory(rows, cv.predictions.overall);
const labelled = rows.map((_, i) => i).filter((i) => !rows[i].augmented && sameStoryLabel(rows[i].gold.overall) !== undefined);
const tp = labelled.filter((i) => sameStoryCV.probabilities[i] >= 0.5 && sameStoryLabel(rows[i].gold.overall) === 1).length;
const fp = labelled.filter((i) => sameStoryCV.probabilities[i] >= 0.5 && sameStoryLabel(rows[i].gold.overall) === 0).length;
const fn = labelled.filter((i) => sameStoryCV.probabilities[i] < 0.5 && sameStoryLabel(rows[i].gold.overall) === 1).length;
console.log(
  `sameStory (gold <= 1.5 vs >= 3, ${labelled.length} pairs), out-of-fold: precision ${(tp / (tp + fp)).toFixed(3)}, recall ${(tp / (tp + fn)).toFixed(3)}, ` +
    `accuracy ${Object.entries(sameStoryCV.accuracy).map(([g, v]) => `${g} ${v.toFixed(3)}`).join(', ')}`,
);

// Generality: same-language pairs scored as if their languages were bridged by a weak (30%) or no
// dictionary, as for language pairs the pivot does not cover (the scorer never saw the held-out pair).
for (const bridge of [0.3, 0]) {
  const simulated = crossValidate(rows, settings, ['overall'], (f) => (f[BRIDGE_FEATURE] === 1 ? simulateBridge(f, bridge) : f));
  const shown = Object.entries(simulated.pearson).filter(([group]) => group !== 'de-en');
  console.log(`same-language pairs seen through a ${bridge * 100}% bridge: ${shown.map(([g, v]) => `${g} ${v.toFixed(3)}`).join(', ')}`);
}

if (!values['no-speed']) {
  // Scoring alone: analyses cached, corpus statistics fresh (profiles are built on first use).
  const articles = [...dataset.articles.values()];
  const stats = CorpusStats.fromAnalyses(articles.map((article) => article.analysis));
  const n = 20000;
  let started = performance.now();
  for (let i = 0; i < n; i++) {
    const a = articles[(i * 7919) % articles.length];
    const b = articles[(i * 104729 + 13) % articles.length];
    compareArticles(a, b, stats, { explain: false });
  }
  const coldMs = performance.now() - started;
  started = performance.now();
  for (let i = 0; i < n; i++) compareArticles(articles[(i * 7919) % articles.length], articles[(i * 104729 + 13) % articles.length], stats, { explain: false });
  const warmMs = performance.now() - started;
  console.log(`\nscoring, analyses cached: ${Math.round(n / (coldMs / 1000))} pairs/s including profile building, ${Math.round(n / (warmMs / 1000))} pairs/s with profiles built`);

  // End to end: the batch command on 5,000 articles and 5,000 pairs, analysis included.
  const dir = join(root, 'bench', 'out', 'similarity-batch');
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  for (let i = 0; i < 5000; i++) {
    const article = articles[i % articles.length];
    lines.push(JSON.stringify({ id: `a${i}`, title: article.title, text: article.text, lang: article.lang }));
  }
  writeFileSync(join(dir, 'articles.jsonl'), `${lines.join('\n')}\n`);
  const pairs = ['id1,id2'];
  for (let i = 0; i < 5000; i++) pairs.push(`a${i},a${(i * 7919 + 1) % 5000}`);
  writeFileSync(join(dir, 'pairs.csv'), `${pairs.join('\n')}\n`);
  started = performance.now();
  const result = await batchCompare({ articlesPath: join(dir, 'articles.jsonl'), pairsPath: join(dir, 'pairs.csv'), outPath: join(dir, 'scores.csv') });
  const totalMs = performance.now() - started;
  console.log(
    `batch compare, 5,000 articles + 5,000 pairs (${cpus().length} cores): ${(totalMs / 1000).toFixed(1)} s total ` +
      `(analysis ${(result.analyzeMs / 1000).toFixed(1)} s, scoring ${(result.compareMs / 1000).toFixed(1)} s), ${result.scored} rows`,
  );
  rmSync(dir, { recursive: true, force: true });
}
