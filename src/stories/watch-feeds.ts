import { createAnalyzer, type Analyzer } from '../analyze/analyzer.js';
import { readFeed } from '../ingest/read-feed.js';
import type { ReadOptions } from '../ingest/options.js';
import { ingestItems, type IngestReport } from '../pipeline/ingest.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import type { StoryAssignment } from './model.js';
import { createStoryEngine, type StoryEngine } from './story-engine.js';

export interface WatchOptions extends ReadOptions {
  intervalMs: number;
  /** Ends the watch between polls or between articles: nothing half-written. */
  signal?: AbortSignal;
  engine?: StoryEngine;
  analyzer?: Analyzer;
  /** Stop after this many polls (default: until aborted). */
  maxPolls?: number;
  onPoll?: (poll: PollReport) => void;
  onAssignment?: (assignment: StoryAssignment) => void;
}

export interface PollReport {
  poll: number;
  at: string;
  ingested: number;
  duplicates: number;
  unchanged: number;
  failed: IngestReport['failed'];
  /** Stories created or changed by this poll. */
  stories: string[];
}

interface Validators {
  etag?: string;
  lastModified?: string;
}

/** Polls feeds, ingests new items and updates stories until the signal aborts. */
export async function watchFeeds(store: SqliteStore, inputs: string[], options: WatchOptions): Promise<PollReport[]> {
  const engine = options.engine ?? createStoryEngine(store);
  const analyzer = options.analyzer ?? (await createAnalyzer());
  const validators = new Map<string, Validators>();
  const polls: PollReport[] = [];
  for (let poll = 1; !options.signal?.aborted && (options.maxPolls === undefined || poll <= options.maxPolls); poll++) {
    const report: PollReport = { poll, at: new Date().toISOString(), ingested: 0, duplicates: 0, unchanged: 0, failed: [], stories: [] };
    const touched = new Set<string>();
    for (const input of inputs) {
      if (options.signal?.aborted) break;
      const previous = validators.get(input) ?? {};
      const feed = await readFeed(input, { ...options, ifNoneMatch: previous.etag, ifModifiedSince: previous.lastModified });
      validators.set(input, { etag: feed.etag, lastModified: feed.lastModified });
      if (feed.notModified) continue;
      const ingested = await ingestItems(store, feed.items, {
        ...options,
        signal: options.signal,
        analyzer,
        onArticleStored: (article, analysis) => {
          const assignment = engine.addArticle(article, analysis);
          touched.add(assignment.storyId);
          for (const id of assignment.changed) touched.add(id);
          options.onAssignment?.(assignment);
        },
      });
      report.ingested += ingested.ingested;
      report.duplicates += ingested.duplicates;
      report.unchanged += ingested.unchanged;
      report.failed.push(...ingested.failed);
    }
    report.stories = [...touched].sort();
    polls.push(report);
    options.onPoll?.(report);
    if (options.maxPolls !== undefined && poll >= options.maxPolls) break;
    await sleep(options.intervalMs, options.signal);
  }
  engine.checkpoint();
  return polls;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** `10m`, `30s`, `1h`, `500ms`, or bare seconds. */
export function parseInterval(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[1]);
  const unit = match[2] ?? 's';
  const ms = value * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit]!;
  return ms > 0 ? ms : undefined;
}
