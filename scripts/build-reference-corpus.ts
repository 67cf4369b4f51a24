// Counts document frequencies (entity ids, pivot concepts, stems, cognate grams: no text) over a
// SemEval-layout folder of news articles and writes models/reference-corpus.json.gz, the reference
// corpus every CorpusStats blends in so that small stores weigh evidence as the scorer was trained.
// Usage: npm run build:reference-corpus -- [--data DIR] [--min-df 2]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CorpusStats } from '../src/compare/corpus-stats.js';
import { analysisCachePath, loadSemevalDataset } from '../src/compare/training/rated-pairs-dataset.js';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(root, '../shared/data/semeval-dev') },
    out: { type: 'string', default: resolve(root, 'models/reference-corpus.json.gz') },
    'min-df': { type: 'string', default: '2' },
  },
});
const dataDir = resolve(values.data!);
const minDf = Number(values['min-df']);
const dataset = await loadSemevalDataset(dataDir, analysisCachePath(root, dataDir));
const json = CorpusStats.fromAnalyses(
  [...dataset.articles.values()].map((article) => article.analysis),
  { reference: null },
).toJSON();
// Keys seen once carry almost no information over "never seen", and are most of the volume.
for (const kind of Object.keys(json.df) as Array<keyof typeof json.df>) {
  json.df[kind] = Object.fromEntries(Object.entries(json.df[kind]).filter(([, count]) => count >= minDf).sort(([a], [b]) => (a < b ? -1 : 1)));
}
const bytes = gzipSync(Buffer.from(JSON.stringify(json)), { level: 9 });
writeFileSync(values.out!, bytes);
const keys = Object.fromEntries(Object.entries(json.df).map(([kind, df]) => [kind, Object.keys(df).length]));
console.log(`${json.documents} documents; keys with df >= ${minDf}: ${JSON.stringify(keys)}; wrote ${values.out} (${(bytes.length / 1024).toFixed(0)} KiB)`);
