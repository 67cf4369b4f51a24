// Story clustering benchmark.
// (a) seeds: the five founding articles must form exactly {000,001,002,003} and {004} in every order.
// (b) SemEval dev (or held-out data of the same layout): every article clustered as `storyweave cluster`
//     does; pairs with gold overall <= 1.5 are the same story, >= 3.0 different; precision, recall, F1.
// Usage: npm run bench:cluster -- [--data DIR] [--seeds DIR] [--limit N] [--threshold P] [--max-candidates N] [--pairs-only | --seeds-only]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../src/analyze/analyzer.js';
import { ingestSources } from '../src/pipeline/ingest.js';
import { openStore } from '../src/store/sqlite-store.js';
import { storyPartition } from '../src/store/story-store.js';
import { clusterRecords, type BatchRecord } from '../src/stories/cluster-batch.js';
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

async function pairsBench(dir: string): Promise<void> {
  const records = readFileSync(join(dir, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as BatchRecord & { id: string | number })
    .map((record) => ({ ...record, id: String(record.id) }));
  const lines = readFileSync(join(dir, 'pairs.csv'), 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  const column = (name: string) => header.indexOf(name);
  let pairs = lines.slice(1).map((line) => line.split(','));
  if (values.limit) pairs = pairs.slice(0, Number(values.limit));
  const wanted = new Set(pairs.flatMap((pair) => [pair[column('id1')], pair[column('id2')]]));
  const subset = records.filter((record) => wanted.has(record.id));
  const started = performance.now();
  const { stories, failures } = await clusterRecords(subset, {
    analyzer,
    engine: engineOptions,
    onProgress: (done, total) => {
      if (done % 500 === 0) process.stderr.write(`  ${done}/${total} articles\n`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const groups: Record<string, { tp: number; fp: number; fn: number; tn: number }> = {};
  const tally = (group: string) => (groups[group] ??= { tp: 0, fp: 0, fn: 0, tn: 0 });
  for (const pair of pairs) {
    const overall = Number(pair[column('overall')]);
    if (overall > 1.5 && overall < 3) continue;
    const predicted = stories.get(pair[column('id1')]) === stories.get(pair[column('id2')]);
    const gold = overall <= 1.5;
    for (const group of ['all', `${pair[column('lang1')]}-${pair[column('lang2')]}`]) {
      const t = tally(group);
      if (gold && predicted) t.tp++;
      else if (gold) t.fn++;
      else if (predicted) t.fp++;
      else t.tn++;
    }
  }
  console.log(`data: ${dir}: ${subset.length} articles in ${new Set(stories.values()).size} stories, ${seconds.toFixed(1)} s (${((seconds * 1000) / subset.length).toFixed(1)} ms/article), ${failures.length} failed`);
  for (const [group, t] of Object.entries(groups).sort((x, y) => (x[0] === 'all' ? -1 : y[0] === 'all' ? 1 : x[0] < y[0] ? -1 : 1))) {
    const precision = t.tp / Math.max(1, t.tp + t.fp);
    const recall = t.tp / Math.max(1, t.tp + t.fn);
    const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
    console.log(
      `  ${group.padEnd(6)} same-story pairs ${String(t.tp + t.fn).padStart(4)}, different ${String(t.fp + t.tn).padStart(4)}: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`,
    );
  }
}

if (values.threshold) console.log(`same-story threshold ${values.threshold}`);
if (!values['pairs-only']) {
  console.log('(a) seeds');
  await seedsBench(resolve(values.seeds!));
  if (values['seeds-only']) process.exit(0);
}
console.log('(b) same-story pairs');
await pairsBench(resolve(values.data!));
