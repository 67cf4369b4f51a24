// Story clustering benchmark.
// (a) seeds: the five founding articles must form exactly {000,001,002,003} and {004} in every order.
// (b) SemEval dev (or held-out data of the same layout): every article clustered as `storyweave cluster`
//     does; pairs with gold overall <= 1.5 are the same story, >= 3.0 different; precision, recall, F1.
//     --out-of-fold: the committed scorer was trained on these very pairs, so instead each language pair is
//     clustered alone, judged by a scorer trained on the other pairs only (leave-one-language-pair-out).
// Usage: npm run bench:cluster -- [--data DIR] [--seeds DIR] [--limit N] [--threshold P] [--max-candidates N] [--pairs-only | --seeds-only] [--out-of-fold]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ANALYZER_VERSION, createAnalyzer } from '../src/analyze/analyzer.js';
import { defaultSimilarityModel } from '../src/compare/default-model.js';
import { SimilarityModel } from '../src/compare/similarity-model.js';
import { augmentWithWeakBridges } from '../src/compare/training/augment.js';
import { trainModel } from '../src/compare/training/fit-scorer.js';
import { analysisCachePath, loadSemevalDataset } from '../src/compare/training/rated-pairs-dataset.js';
import { trainingRows } from '../src/compare/training/training-rows.js';
import { ingestSources } from '../src/pipeline/ingest.js';
import { openStore } from '../src/store/sqlite-store.js';
import { storyPartition } from '../src/store/story-store.js';
import { clusterRecords, type BatchRecord } from '../src/stories/cluster-batch.js';
import { scorerJudge, type SameStoryJudge } from '../src/stories/same-story-judge.js';
import { createStoryEngine } from '../src/stories/story-engine.js';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(root, '../shared/data/semeval-dev') },
    seeds: { type: 'string', default: resolve(root, '../shared/data/seeds') },
    limit: { type: 'string' },
    threshold: { type: 'string' },
    // Candidates judged per article (default: the index's), for measuring the cost/quality trade.
    'max-candidates': { type: 'string' },
    'pairs-only': { type: 'boolean', default: false },
    'seeds-only': { type: 'boolean', default: false },
    'out-of-fold': { type: 'boolean', default: false },
  },
});

const analyzer = await createAnalyzer();
const engineOptions = {
  ...(values.threshold ? { threshold: Number(values.threshold) } : {}),
  ...(values['max-candidates'] ? { index: { maxCandidates: Number(values['max-candidates']) } } : {}),
};

function canonical(groups: string[][]): string {
  return JSON.stringify(groups.map((group) => [...group].sort()).sort((x, y) => (x[0] < y[0] ? -1 : 1)));
}

function permutations(n: number): number[][] {
  const orders: number[][] = [[...Array(n).keys()], [...Array(n).keys()].reverse()];
  let state = 7;
  for (let k = 0; k < 4; k++) {
    const order = [...Array(n).keys()];
    for (let i = n - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const j = state % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    orders.push(order);
  }
  return orders;
}

async function seedsBench(dir: string): Promise<void> {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { stories: string[][] };
  const files = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
  let correct = 0;
  const orders = permutations(files.length);
  for (const order of orders) {
    const store = openStore(':memory:');
    try {
      const engine = createStoryEngine(store, engineOptions);
      const report = await ingestSources(store, order.map((i) => join(dir, files[i])), {
        analyzer,
        onArticleStored: (article, analysis) => void engine.addArticle(article, analysis),
      });
      const fileOf = new Map(store.listArticles().map((article) => [article.id, article.source.split('/').at(-1)!]));
      const groups = new Map<string, string[]>();
      for (const [articleId, storyId] of storyPartition(store)) groups.set(storyId, [...(groups.get(storyId) ?? []), fileOf.get(articleId)!]);
      const got = canonical([...groups.values()]);
      const ok = got === canonical(expected.stories) && report.failed.length === 0;
      if (ok) correct++;
      console.log(`  order ${order.join(',')}: ${ok ? 'ok' : `WRONG ${got}`}${report.failed.length ? ` (${report.failed.length} failed: ${report.failed[0].message})` : ''}`);
    } finally {
      store.close();
    }
  }
  console.log(`seeds: ${correct}/${orders.length} orders give exactly the expected two stories`);
}

interface GoldRow {
  id1: string;
  id2: string;
  /** `${lang1}-${lang2}`, as reported. */
  group: string;
  /** The scorer's cross-validation group (rated-pairs-dataset's langPair: `es`, `de-en`). */
  fold: string;
  overall: number;
}

function readGold(dir: string): { records: BatchRecord[]; pairs: GoldRow[] } {
  const records = readFileSync(join(dir, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as BatchRecord & { id: string | number })
    .map((record) => ({ ...record, id: String(record.id) }));
  const lines = readFileSync(join(dir, 'pairs.csv'), 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  const column = (name: string) => header.indexOf(name);
  let pairs = lines.slice(1).map((line) => {
    const cells = line.split(',');
    const [lang1, lang2] = [cells[column('lang1')], cells[column('lang2')]];
    return {
      id1: cells[column('id1')],
      id2: cells[column('id2')],
      group: `${lang1}-${lang2}`,
      fold: lang1 === lang2 ? lang1 : [lang1, lang2].sort().join('-'),
      overall: Number(cells[column('overall')]),
    };
  });
  if (values.limit) pairs = pairs.slice(0, Number(values.limit));
  return { records, pairs };
}

type Tally = Record<string, { tp: number; fp: number; fn: number; tn: number }>;

function tallyPairs(pairs: GoldRow[], stories: Map<string, string>, into: Tally = {}): Tally {
  const tally = (group: string) => (into[group] ??= { tp: 0, fp: 0, fn: 0, tn: 0 });
  for (const pair of pairs) {
    if (pair.overall > 1.5 && pair.overall < 3) continue;
    const predicted = stories.get(pair.id1) === stories.get(pair.id2);
    const gold = pair.overall <= 1.5;
    for (const group of ['all', pair.group]) {
      const t = tally(group);
      if (gold && predicted) t.tp++;
      else if (gold) t.fn++;
      else if (predicted) t.fp++;
      else t.tn++;
    }
  }
  return into;
}

function printTally(groups: Tally): void {
  for (const [group, t] of Object.entries(groups).sort((x, y) => (x[0] === 'all' ? -1 : y[0] === 'all' ? 1 : x[0] < y[0] ? -1 : 1))) {
    const precision = t.tp / Math.max(1, t.tp + t.fp);
    const recall = t.tp / Math.max(1, t.tp + t.fn);
    const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
    console.log(
      `  ${group.padEnd(6)} same-story pairs ${String(t.tp + t.fn).padStart(4)}, different ${String(t.fp + t.tn).padStart(4)}: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`,
    );
  }
}

async function cluster(records: BatchRecord[], pairs: GoldRow[], judge?: SameStoryJudge) {
  const wanted = new Set(pairs.flatMap((pair) => [pair.id1, pair.id2]));
  const subset = records.filter((record) => wanted.has(record.id));
  const started = performance.now();
  const { stories, failures } = await clusterRecords(subset, {
    analyzer,
    engine: judge ? { ...engineOptions, judge } : engineOptions,
    onProgress: (done, total) => {
      if (done % 500 === 0) process.stderr.write(`  ${done}/${total} articles\n`);
    },
  });
  return { articles: subset.length, stories, failures: failures.length, seconds: (performance.now() - started) / 1000 };
}

function printRun(dir: string, run: { articles: number; stories: number; failures: number; seconds: number }): void {
  console.log(
    `data: ${dir}: ${run.articles} articles in ${run.stories} stories, ${run.seconds.toFixed(1)} s (${((run.seconds * 1000) / run.articles).toFixed(1)} ms/article), ${run.failures} failed`,
  );
}

async function pairsBench(dir: string): Promise<void> {
  const { records, pairs } = readGold(dir);
  const run = await cluster(records, pairs);
  printRun(dir, { ...run, stories: new Set(run.stories.values()).size });
  printTally(tallyPairs(pairs, run.stories));
}

/**
 * One scorer per language pair, trained as `npm run train:similarity` trains the committed one (same
 * augmentation, the committed lambda and tree weight) but without that pair's rows nor rows simulated
 * from them. IDF still spans every article: it reads no labels.
 */
async function foldModels(dir: string): Promise<Map<string, SimilarityModel>> {
  const dataset = await loadSemevalDataset(dir, analysisCachePath(root, dir));
  const rows = augmentWithWeakBridges(trainingRows(dataset).rows);
  const { lambda, treeWeight } = defaultSimilarityModel().json.training;
  const meta = { analyzerVersion: ANALYZER_VERSION, date: new Date().toISOString().slice(0, 10) };
  const models = new Map<string, SimilarityModel>();
  for (const fold of [...new Set(rows.map((row) => row.group))].sort()) {
    const started = performance.now();
    const { model } = trainModel(rows.filter((row) => row.group !== fold), [{ lambda, treeWeight }], meta);
    models.set(fold, new SimilarityModel(model));
    process.stderr.write(`  scorer without ${fold}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  return models;
}

// Each language pair is clustered alone, so no article is judged by a scorer that saw its pairs.
async function outOfFoldBench(dir: string): Promise<void> {
  const { records, pairs } = readGold(dir);
  const started = performance.now();
  const models = await foldModels(dir);
  const trainSeconds = (performance.now() - started) / 1000;
  const tally: Tally = {};
  const total = { articles: 0, stories: 0, failures: 0, seconds: 0 };
  for (const fold of [...new Set(pairs.map((pair) => pair.fold))].sort()) {
    const model = models.get(fold);
    if (!model) throw new Error(`no training rows for language pair ${fold}`);
    const foldPairs = pairs.filter((pair) => pair.fold === fold);
    const run = await cluster(records, foldPairs, scorerJudge(model));
    total.articles += run.articles;
    total.stories += new Set(run.stories.values()).size;
    total.failures += run.failures;
    total.seconds += run.seconds;
    tallyPairs(foldPairs, run.stories, tally);
  }
  console.log(`out-of-fold (leave-one-language-pair-out): ${models.size} scorers trained in ${trainSeconds.toFixed(1)} s; each pair's articles clustered alone`);
  printRun(dir, total);
  printTally(tally);
}

if (values.threshold) console.log(`same-story threshold ${values.threshold}`);
if (!values['pairs-only']) {
  console.log('(a) seeds');
  await seedsBench(resolve(values.seeds!));
  if (values['seeds-only']) process.exit(0);
}
console.log('(b) same-story pairs');
if (values['out-of-fold']) await outOfFoldBench(resolve(values.data!));
else await pairsBench(resolve(values.data!));
