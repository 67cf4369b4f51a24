// Scale benchmark: a reproducible synthetic multilingual news stream (many stories, six languages in
// three scripts, people and places shared across stories, syndicated copies) ingested end to end
// (extraction, language, analysis, near duplicates, store, stories) into a fresh SQLite file.
// Usage: npm run bench:scale -- [--sizes 10000,100000] [--workers N (default: cores - 1)] [--seed 42] [--dir DIR] [--stories-only] [--per-day N] [--stop-after N] [--max-component N] [--max-candidates N] [--profile-after N]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ArticleAnalysis } from '../src/core/model.js';
import { syntheticStream, type Synthetic } from './synthetic-stream.js';
import type { SourceItem } from '../src/ingest/options.js';
import { COMMIT_BATCH, ingestItems } from '../src/pipeline/ingest.js';
import { defaultPrepareWorkers } from '../src/pipeline/prepare-pool.js';
import { openStore } from '../src/store/sqlite-store.js';
import { storyPartition } from '../src/store/story-store.js';
import { createStoryEngine } from '../src/stories/story-engine.js';
import { limitHeapSlack } from '../src/core/heap-slack.js';

// As the CLI does: without it a long run's heaps hold mostly garbage.
limitHeapSlack();

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    workers: { type: 'string', default: String(defaultPrepareWorkers()) },
    seed: { type: 'string', default: '42' },
    dir: { type: 'string' },
    // Stories stage alone: articles arrive with the analysis a perfect analyzer would give.
    'stories-only': { type: 'boolean', default: false },
    // Stops after this many articles of each stream (the stream keeps the density of its full size): for profiling.
    'stop-after': { type: 'string' },
    // Story engine settings, for experiments: the largest group regrouped at once.
    'max-component': { type: 'string' },
    'max-candidates': { type: 'string' },
    // Articles per day instead of one year for every size: the store grows over time at a steady rate.
    'per-day': { type: 'string' },
    // Profiles the main thread's CPU from this many articles on (written to --dir or the temp dir as scale-<size>.cpuprofile).
    'profile-after': { type: 'string' },
  },
});

const profileAfter = values['profile-after'] ? Number(values['profile-after']) : undefined;
const profiler = new Session();
function startProfile(): void {
  profiler.connect();
  profiler.post('Profiler.enable');
  profiler.post('Profiler.start');
}
function stopProfile(path: string): void {
  profiler.post('Profiler.stop', (error, result) => {
    if (!error) writeFileSync(path, JSON.stringify(result.profile));
    process.stderr.write(error ? `profile failed: ${error.message}\n` : `  CPU profile: ${path}\n`);
  });
}

const stopAfter = values['stop-after'] ? Number(values['stop-after']) : Infinity;
const streamShape = (size: number) => ({ stopAfter, ...(values['per-day'] ? { spanDays: size / Number(values['per-day']) } : {}) });
const engineOptions = {
  ...(values['max-component'] ? { maxComponent: Number(values['max-component']) } : {}),
  ...(values['max-candidates'] ? { index: { maxCandidates: Number(values['max-candidates']) } } : {}),
};

async function run(size: number, seed: number, workers: number, dir: string): Promise<void> {
  const path = join(dir, `scale-${size}.db`);
  rmSync(path, { force: true });
  const store = openStore(path);
  const engine = createStoryEngine(store, engineOptions);
  let engineMs = 0;
  let windowStart = performance.now();
  const windows: number[] = [];
  const windowSize = Math.max(1000, size / 10);
  const truth = new Map<string, number>();
  const items = (function* (): Generator<SourceItem> {
    for (const { doc, story } of syntheticStream(size, seed, streamShape(size))) {
      truth.set(doc.id!, story);
      yield { ok: true, doc, input: doc.source };
    }
  })();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const report = await ingestItems(store, items, {
    workers,
    onArticleStored: (article, analysis) => {
      const t = performance.now();
      engine.addArticle(article, analysis);
      engineMs += performance.now() - t;
    },
    onProgress: ({ done }) => {
      if (done === profileAfter) startProfile();
      if (done % windowSize === 0) {
        const now = performance.now();
        windows.push((now - windowStart) / windowSize);
        windowStart = now;
        process.stderr.write(`  ${done}/${size}: ${windows.at(-1)!.toFixed(2)} ms/article in the last ${windowSize}, ${memoryLine()}\n`);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  if (profileAfter !== undefined) stopProfile(join(dir, `scale-${size}.cpuprofile`));
  // With --stop-after, rates are over the articles actually processed.
  const processed = Math.min(size, stopAfter);
  const cpu = cpuMsPerArticle(cpuStarted, processed);
  engine.checkpoint();
  const stories = (store.db.prepare('SELECT COUNT(*) AS n FROM stories').get() as { n: number }).n;
  const partition = storyPartition(store);
  const byExternalId = new Map<string, string>();
  for (const row of store.db.prepare('SELECT id, external_id FROM articles').iterate() as IterableIterator<{ id: string; external_id: string | null }>) {
    const story = partition.get(row.id);
    if (row.external_id && story) byExternalId.set(row.external_id, story);
  }
  const { precision, recall } = pairScores(truth, byExternalId);
  store.close();
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(
    `${processed} of ${size} articles (${report.ingested} stored, ${report.duplicates} duplicates, ${report.nearDuplicates} near duplicates, ${report.failed.length} failed) -> ${stories} stories (generator: ${new Set(truth.values()).size}; pairwise precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}) in ${seconds.toFixed(1)} s: ` +
      `${(processed / seconds).toFixed(0)} articles/s, ${((seconds * 1000) / processed).toFixed(2)} ms/article overall, ` +
      `first tenth ${windows[0]?.toFixed(2)} ms/article, last tenth ${windows.at(-1)?.toFixed(2)} ms/article, ` +
      `stories stage ${(engineMs / processed).toFixed(2)} ms/article, process CPU (all threads) ${cpu} ms/article, peak RSS so far ${peak.toFixed(0)} MiB (workers: ${workers})`,
  );
  if (report.failed.length > 0) console.log(`  first failure: ${report.failed[0].location}: ${report.failed[0].message}`);
}

/** Process CPU time (user + system; in end-to-end runs this includes the worker threads) per article: steadier than wall time on a shared machine. */
function cpuMsPerArticle(since: NodeJS.CpuUsage, articles: number): string {
  const { user, system } = process.cpuUsage(since);
  return ((user + system) / 1000 / articles).toFixed(2);
}

function syntheticAnalysis(item: Synthetic): ArticleAnalysis {
  const text = `${item.doc.title}\n\n${item.doc.body}`;
  const tokens: Record<string, number> = {};
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length > 2) tokens[word] = (tokens[word] ?? 0) + 1;
  return {
    analyzerVersion: 'synthetic',
    lang: item.doc.lang!,
    entities: item.entities.map(([id, canonical, type]) => ({ id, canonical, type, mentions: [{ text: canonical, start: 0, end: 0 }] })),
    numbers: [],
    dates: [],
    terms: item.concepts.reduce<Record<string, number>>((counts, concept) => ((counts[concept] = (counts[concept] ?? 0) + 1), counts), {}),
    titleTerms: {},
    tokens,
    wordCount: text.split(/\s+/).length,
  };
}

/** Pairwise precision and recall of a partition against the generator's stories. */
function pairScores(truth: Map<string, number>, predicted: Map<string, string>): { precision: number; recall: number } {
  const pairs = (counts: Iterable<number>) => [...counts].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  const both = new Map<string, number>();
  const byTruth = new Map<number, number>();
  const byPredicted = new Map<string, number>();
  for (const [id, story] of truth) {
    const guess = predicted.get(id);
    if (guess === undefined) continue;
    both.set(`${story}|${guess}`, (both.get(`${story}|${guess}`) ?? 0) + 1);
    byTruth.set(story, (byTruth.get(story) ?? 0) + 1);
    byPredicted.set(guess, (byPredicted.get(guess) ?? 0) + 1);
  }
  const agree = pairs(both.values());
  return { precision: agree / Math.max(1, pairs(byPredicted.values())), recall: agree / Math.max(1, pairs(byTruth.values())) };
}

async function runStoriesOnly(size: number, seed: number, dir: string): Promise<void> {
  const path = join(dir, `stories-${size}.db`);
  rmSync(path, { force: true });
  const store = openStore(path);
  const engine = createStoryEngine(store, engineOptions);
  const truth = new Map<string, number>();
  const windowSize = Math.max(1000, size / 10);
  const windows: number[] = [];
  let windowStart = performance.now();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let done = 0;
  const storeOne = (item: Synthetic) => {
    const hash = createHash('sha256').update(`${item.doc.title}\n${item.doc.body}`).digest('hex');
    store.transaction(() => {
      const put = store.putArticle({
        id: item.doc.id,
        source: item.doc.source,
        site: item.doc.site,
        lang: item.doc.lang!,
        title: item.doc.title!,
        text: item.doc.body,
        published: item.doc.published,
        contentHash: hash,
        rawHash: item.doc.rawHash,
      });
      if (put.status === 'duplicate') return;
      const analysis = syntheticAnalysis(item);
      store.putAnalysis(put.id, analysis);
      engine.addArticle(store.getArticle(put.id)!, analysis);
      truth.set(put.id, item.story);
    });
  };
  // Committed in batches as ingestItems does: each article is still its own savepoint.
  let batch: Synthetic[] = [];
  const commit = () => {
    store.transaction(() => batch.forEach(storeOne));
    for (let i = 0; i < batch.length; i++) {
      if (++done % windowSize !== 0) continue;
      const now = performance.now();
      windows.push((now - windowStart) / windowSize);
      windowStart = now;
      process.stderr.write(`  ${done}/${size}: ${windows.at(-1)!.toFixed(2)} ms/article in the last ${windowSize}, ${memoryLine()}\n`);
    }
    batch = [];
  };
  for (const item of syntheticStream(size, seed, streamShape(size))) {
    batch.push(item);
    if (batch.length >= COMMIT_BATCH) commit();
  }
  commit();
  const seconds = (performance.now() - started) / 1000;
  // With --stop-after, rates are over the articles actually processed.
  const processed = Math.min(size, stopAfter);
  const cpu = cpuMsPerArticle(cpuStarted, processed);
  engine.checkpoint();
  const { precision, recall } = pairScores(truth, storyPartition(store));
  const stories = (store.db.prepare('SELECT COUNT(*) AS n FROM stories').get() as { n: number }).n;
  store.close();
  console.log(
    `stories stage alone, ${processed} of ${size} articles -> ${stories} stories (generator: ${new Set(truth.values()).size}) in ${seconds.toFixed(1)} s: ` +
      `${(processed / seconds).toFixed(0)} articles/s, ${((seconds * 1000) / processed).toFixed(2)} ms/article, first tenth ${windows[0]?.toFixed(2)}, last tenth ${windows.at(-1)?.toFixed(2)} ms/article; ` +
      `pairwise precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}; CPU ${cpu} ms/article; peak RSS so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
  );
}

const sizes = values.sizes!.split(',').map(Number);
if (sizes.length > 1) {
  // Each size in a process of its own: memory a finished run leaves behind (caches, the key table, the
  // heap's high-water mark) would otherwise count towards the next run's peak RSS (about 130 MiB at 100,000).
  const args = process.argv.slice(2);
  const otherArgs = args.filter((arg, i) => !(arg === '--sizes' || arg.startsWith('--sizes=') || args[i - 1] === '--sizes'));
  for (const size of sizes) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1], ...otherArgs, '--sizes', String(size)], { stdio: 'inherit' });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
} else {
  const dir = values.dir ?? mkdtempSync(join(tmpdir(), 'sw-scale-'));
  try {
    if (values['stories-only']) await runStoriesOnly(sizes[0], Number(values.seed), dir);
    else await run(sizes[0], Number(values.seed), Number(values.workers), dir);
  } finally {
    if (!values.dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** The process's memory for progress lines: resident, this thread's JS heap, and memory outside JS heaps (SQLite, buffers). */
function memoryLine(): string {
  const usage = process.memoryUsage();
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  return `rss ${mib(usage.rss)} MiB, heap ${mib(usage.heapUsed)} of ${mib(usage.heapTotal)} MiB, external ${mib(usage.external)} MiB (array buffers ${mib(usage.arrayBuffers)})`;
}
