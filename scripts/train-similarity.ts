// Trains the similarity scorer on a SemEval-layout folder and writes src/compare/similarity-model.json.
// Usage: npm run train:similarity -- [--data DIR] [--out FILE]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ANALYZER_VERSION } from '../src/analyze/analyzer.js';
import { trainModel } from '../src/compare/training/fit-scorer.js';
import { analysisCachePath, loadSemevalDataset } from '../src/compare/training/semeval-dataset.js';
import { trainingRows } from '../src/compare/training/training-rows.js';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(root, '../shared/data/semeval-dev') },
    out: { type: 'string', default: resolve(root, 'src/compare/similarity-model.json') },
  },
});
const dataDir = resolve(values.data!);
const GRID = [0.1, 0.3, 1].flatMap((lambda) => [0, 0.5].map((treeWeight) => ({ lambda, treeWeight })));

const started = Date.now();
const dataset = await loadSemevalDataset(dataDir, analysisCachePath(root, dataDir));
console.log(`${dataset.articles.size} articles, ${dataset.pairs.length} pairs analysed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const { rows } = trainingRows(dataset);
const date = new Date().toISOString().slice(0, 10);
const { model, settings } = trainModel(rows, GRID, { analyzerVersion: ANALYZER_VERSION, date }, (line) => console.log(line));
console.log(`lambda ${settings.lambda}, tree weight ${settings.treeWeight}; leave-one-language-pair-out Pearson (overall):`);
for (const [group, value] of Object.entries(model.training.crossValidation ?? {})) console.log(`  ${group.padEnd(6)} ${value.toFixed(3)}`);
writeFileSync(values.out!, `${JSON.stringify(model, (_key, value: unknown) => (typeof value === 'number' ? Number(value.toPrecision(6)) : value), 1)}\n`);
console.log(`wrote ${values.out}`);
