import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Analyzer } from '../analyze/analyzer.js';
import { detectLanguage } from '../analyze/language.js';
import type { ArticleAnalysis } from '../core/model.js';
import { siblingModule, startModuleWorker } from './module-worker.js';
import { adoptPrecounted, type Precounted } from './precount.js';

/** A record to analyse: clean title and text, its language when known. */
export interface RecordToAnalyze {
  title: string;
  text: string;
  lang?: string;
  published?: string;
}

export type RecordAnalysis = { ok: true; lang: string; analysis: ArticleAnalysis } | { ok: false; error: string };

export interface RecordAnalysisRequest {
  index: number;
  record: RecordToAnalyze;
}

export type RecordAnalysisReply =
  | { index: number; ok: true; lang: string; analysisJson: string; precounted: Precounted }
  | { index: number; ok: false; error: string };

/** Below this many records, starting workers (each loads the dictionaries) costs more than it saves. */
export const MIN_RECORDS_FOR_WORKERS = 500;
const BATCH = 16;
/** Batches each worker holds beyond the one it is analysing, so it never waits for the consumer. */
const BATCHES_AHEAD = 4;

const workerUrl = siblingModule('record-analysis-worker', import.meta.url);

/**
 * Analyses records on worker threads and yields their analyses in input order, keeping only a few
 * batches in flight: the consumer (the story engine) clusters one article while workers analyse the
 * next ones, and a million records never sit in memory analysed at once. With `workers` 0 (or few
 * records) it analyses on the calling thread with `analyzer`.
 */
export async function* analyzeRecordsInOrder(records: RecordToAnalyze[], options: { workers?: number; analyzer: () => Promise<Analyzer> }): AsyncGenerator<RecordAnalysis> {
  const workers = options.workers ?? Math.max(1, availableParallelism() - 1);
  if (workers === 0 || records.length < MIN_RECORDS_FOR_WORKERS) {
    const analyzer = await options.analyzer();
    for (const record of records) yield analyzeHere(analyzer, record);
    return;
  }
  yield* analyzeInWorkers(records, workers);
}

/** The record's language (detected when not given) and analysis; throws when it cannot be analysed. */
export async function analyzeRecord(analyzer: Analyzer, record: RecordToAnalyze): Promise<{ lang: string; analysis: ArticleAnalysis }> {
  const lang = record.lang || (await detectLanguage(`${record.title}\n${record.text}`)).lang;
  return { lang, analysis: analyzer.analyze({ title: record.title, text: record.text, lang, ...(record.published ? { published: record.published } : {}) }) };
}

async function analyzeHere(analyzer: Analyzer, record: RecordToAnalyze): Promise<RecordAnalysis> {
  try {
    return { ok: true, ...(await analyzeRecord(analyzer, record)) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function* analyzeInWorkers(records: RecordToAnalyze[], count: number): AsyncGenerator<RecordAnalysis> {
  const pool: Worker[] = Array.from({ length: count }, () => startModuleWorker(workerUrl));
  const results = new Map<number, RecordAnalysis>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let next = 0;
  let consumed = 0;
  // Records sent but not yet yielded: analysed ones wait here when the consumer is the slower side.
  const ahead = count * BATCHES_AHEAD * BATCH;
  const inFlight = new Map<Worker, number>();
  const send = (worker: Worker): void => {
    while ((inFlight.get(worker) ?? 0) < BATCHES_AHEAD && next < records.length && next - consumed < ahead) {
      const batch: RecordAnalysisRequest[] = [];
      for (; next < records.length && batch.length < BATCH; next++) batch.push({ index: next, record: records[next] });
      inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
      worker.postMessage(batch);
    }
  };
  for (const worker of pool) {
    worker.on('message', (replies: RecordAnalysisReply[]) => {
      for (const reply of replies) results.set(reply.index, received(reply));
      inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
      send(worker);
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
    worker.on('exit', (code) => {
      failure ??= new Error(`a record analysis worker exited with code ${code}`);
      wake?.();
    });
  }
  try {
    for (let index = 0; index < records.length; index++) {
      consumed = index;
      for (const worker of pool) send(worker);
      while (!results.has(index)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const result = results.get(index)!;
      results.delete(index);
      yield result;
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

function received(reply: RecordAnalysisReply): RecordAnalysis {
  if (!reply.ok) return { ok: false, error: reply.error };
  const analysis = JSON.parse(reply.analysisJson) as ArticleAnalysis;
  adoptPrecounted(analysis, reply.precounted);
  return { ok: true, lang: reply.lang, analysis };
}
