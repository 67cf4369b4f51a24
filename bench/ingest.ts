// Plain-text ingest throughput: generate N articles, ingest them into a fresh store, report
// articles/second and peak memory. Usage: npm run bench:ingest -- [--count 10000] [--workers N]
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestSources } from '../src/pipeline/ingest.js';
import { openStore } from '../src/store/sqlite-store.js';
import { writeSyntheticArticles } from '../test/helpers/synthetic-articles.js';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '10000' }, workers: { type: 'string' } },
});
const count = Number(values.count);
const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);

const dir = mkdtempSync(join(tmpdir(), 'sw-bench-ingest-'));
try {
  const inputs = join(dir, 'in');
  writeSyntheticArticles(inputs, count, 2024);
  const store = openStore(join(dir, 'bench.db'));
  const started = performance.now();
  const report = await ingestSources(store, [inputs], { workers });
  const seconds = (performance.now() - started) / 1000;
  store.close();
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`articles: ${report.ingested} ingested, ${report.failed.length} failed, ${report.nearDuplicates} near-duplicates`);
  console.log(`workers: ${workers}`);
  console.log(`time: ${seconds.toFixed(1)} s`);
  console.log(`throughput: ${(report.ingested / seconds).toFixed(0)} articles/s`);
  console.log(`peak memory (RSS): ${peakMb.toFixed(0)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
