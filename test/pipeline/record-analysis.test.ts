import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { createAnalyzer } from '../../src/analyze/analyzer.js';
import { MIN_RECORDS_FOR_WORKERS, analyzeRecordsInOrder, type RecordAnalysis, type RecordToAnalyze } from '../../src/pipeline/record-analysis.js';

const PLACES = ['Almaty', 'Valparaíso', 'Kraków', 'Москва', 'القاهرة', 'Hà Nội'];

/** Small records in several languages and scripts; every seventh without a language, to be detected. */
function records(count: number): RecordToAnalyze[] {
  return Array.from({ length: count }, (_, i) => {
    const place = PLACES[i % PLACES.length];
    const record: RecordToAnalyze = {
      title: `${place}: report ${i}`,
      text: `Officials in ${place} said on Monday that ${i * 37} people were evacuated after the flood, the ${i}th such warning this year.`,
      published: `2024-03-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z`,
    };
    return i % 7 === 0 ? record : { ...record, lang: 'en' };
  });
}

async function collect(stream: AsyncGenerator<RecordAnalysis>): Promise<RecordAnalysis[]> {
  const all: RecordAnalysis[] = [];
  for await (const result of stream) all.push(result);
  return all;
}

test('records analysed on worker threads come back in input order with the analyses of the calling thread', async () => {
  const input = records(MIN_RECORDS_FOR_WORKERS + 37);
  const analyzer = createAnalyzer();
  const inWorkers = await collect(analyzeRecordsInOrder(input, { workers: 2, analyzer: () => analyzer }));
  const here = await collect(analyzeRecordsInOrder(input, { workers: 0, analyzer: () => analyzer }));
  assert.equal(inWorkers.length, input.length);
  for (let i = 0; i < input.length; i++) {
    const [a, b] = [inWorkers[i], here[i]];
    assert.ok(a.ok && b.ok, `record ${i} analysed`);
    if (!a.ok || !b.ok) continue;
    assert.equal(a.lang, b.lang, `record ${i} language`);
    assert.deepEqual(a.analysis, b.analysis, `record ${i}`);
  }
});

/** Threads of this process (Linux): a worker thread is one of them while it runs. */
const threads = () => readdirSync('/proc/self/task').length;

test('a consumer that stops early stops the workers', { skip: !existsSync('/proc/self/task') && 'needs /proc' }, async () => {
  const stream = analyzeRecordsInOrder(records(MIN_RECORDS_FOR_WORKERS), { workers: 1, analyzer: () => createAnalyzer() });
  const first = await stream.next();
  assert.equal(first.done, false);
  const running = threads();
  await stream.return(undefined);
  assert.equal((await stream.next()).done, true);
  for (let wait = 0; wait < 40 && threads() >= running; wait++) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(threads() < running, `the worker's thread ended (${running} threads while it ran, ${threads()} after)`);
});
