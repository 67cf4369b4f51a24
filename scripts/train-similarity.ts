// Trains the similarity scorer on a SemEval-layout folder and writes src/compare/similarity-model.json.
// Usage: npm run train:similarity -- [--data DIR] [--out FILE] [--lambda L (instead of the grid)]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ANALYZER_VERSION } from '../src/analyze/analyzer.js';
import { augmentWithWeakBridges, simulateBridge } from '../src/compare/training/augment.js';
import { crossValidate, trainModel } from '../src/compare/training/fit-scorer.js';
import { BRIDGE_FEATURE } from '../src/compare/pair-features.js';
import { analysisCachePath, loadSemevalDataset } from '../src/compare/training/rated-pairs-dataset.js';
import { trainingRows } from '../src/compare/training/training-rows.js';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(root, '../shared/data/semeval-dev') },
    out: { type: 'string', default: resolve(root, 'src/compare/similarity-model.json') },
    'no-augment': { type: 'boolean', default: false },
    lambda: { type: 'string' },
  },
});
const dataDir = resolve(values.data!);
const LAMBDAS = values.lambda ? [Number(values.lambda)] : [0.1, 0.3, 1];
const GRID = LAMBDAS.flatMap((lambda) => [0, 0.5].map((treeWeight) => ({ lambda, treeWeight })));

const started = Date.now();
const dataset = await loadSemevalDataset(dataDir, analysisCachePath(root, dataDir));
console.log(`${dataset.articles.size} articles, ${dataset.pairs.length} pairs analysed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const { rows: realRows } = trainingRows(dataset);
const rows = values['no-augment'] ? realRows : augmentWithWeakBridges(realRows);
const date = new Date().toISOString().slice(0, 10);
const { model, settings } = trainModel(rows, GRID, { analyzerVersion: ANALYZER_VERSION, date }, (line) => console.log(line));
console.log(`lambda ${settings.lambda}, tree weight ${settings.treeWeight}; leave-one-language-pair-out Pearson (overall):`);
for (const [group, value] of Object.entries(model.training.crossValidation ?? {})) console.log(`  ${group.padEnd(6)} ${value.toFixed(3)}`);
console.log(`same-story decision (gold <= 1.5 vs >= 3), out-of-fold accuracy: ${Object.entries(model.training.sameStoryCrossValidation ?? {}).map(([g, v]) => `${g} ${v.toFixed(3)}`).join(', ')}`);
for (const bridge of [0, 0.3]) {
  const simulated = crossValidate(rows, settings, ['overall'], (f) => (f[BRIDGE_FEATURE] === 1 ? simulateBridge(f, bridge) : f));
  console.log(`same-language pairs seen as languages bridged ${bridge * 100}%: ${Object.entries(simulated.pearson).map(([g, v]) => `${g} ${v.toFixed(3)}`).join(', ')}`);
}
writeFileSync(values.out!, `${JSON.stringify(model, (_key, value: unknown) => (typeof value === 'number' ? Number(value.toPrecision(6)) : value))}\n`);
console.log(`wrote ${values.out}`);
