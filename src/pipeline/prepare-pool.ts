import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { RawDocument } from '../core/model.js';
import { StoryweaveError, type SerializedError } from '../core/errors.js';
import type { PreparedArticle } from './prepare.js';
import { siblingModule, startModuleWorker } from './module-worker.js';
import { adoptPrecounted, type Precounted } from './precount.js';

export interface WorkerRequest {
  seq: number;
  doc: RawDocument;
}

export type WorkerReply =
  | { seq: number; ok: true; prepared: Omit<PreparedArticle, 'analysis' | 'analysisData'> & { analysisJson: string; analysisData: Uint8Array; precounted: Precounted } }
  | { seq: number; ok: false; error: SerializedError };

/** What a prepare worker is started with (its `workerData`). */
export interface PrepareWorkerOptions {
  conceptWords?: boolean;
}

const workerUrl = siblingModule('prepare-worker', import.meta.url);

/**
 * Prepare workers for a large ingest: one per core but one, because the thread that stores articles
 * and clusters them is the busiest. On 2 cores, 100,000 articles with one worker instead of two were
 * faster (the writer no longer shares its core) and took about 340 MiB less memory (BENCHMARKS.md,
 * Scale, session 4).
 */
export function defaultPrepareWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Worker threads that prepare documents in parallel, so ingest uses every core. */
export class PreparePool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (p: PreparedArticle) => void; reject: (e: Error) => void }>();
  private nextSeq = 0;
  private nextWorker = 0;

  /** With `conceptWords`, the workers also send the words of each pivot concept (for explaining story memberships). */
  constructor(size: number, options: PrepareWorkerOptions = {}) {
    this.workers = Array.from({ length: size }, () => {
      const worker = startModuleWorker(workerUrl, options);
      worker.on('message', (reply: WorkerReply) => this.settle(reply));
      worker.on('error', (error) => this.failAll(error));
      worker.on('exit', (code) => {
        if (this.pending.size > 0) this.failAll(new Error(`a prepare worker exited with code ${code}`));
      });
      return worker;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  prepare(doc: RawDocument): Promise<PreparedArticle> {
    const seq = this.nextSeq++;
    const worker = this.workers[this.nextWorker++ % this.workers.length];
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      worker.postMessage({ seq, doc } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private settle(reply: WorkerReply): void {
    const waiter = this.pending.get(reply.seq);
    if (!waiter) return;
    this.pending.delete(reply.seq);
    if (!reply.ok) {
      waiter.reject(StoryweaveError.fromJSON(reply.error));
      return;
    }
    const { analysisJson, precounted, ...prepared } = reply.prepared;
    const analysis = JSON.parse(analysisJson) as PreparedArticle['analysis'];
    adoptPrecounted(analysis, precounted);
    waiter.resolve({ ...prepared, analysis });
  }

  private failAll(error: Error): void {
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}
