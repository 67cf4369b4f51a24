import { createAnalyzer, type Analyzer } from '../analyze/analyzer.js';
import { StoryweaveError } from '../core/errors.js';
import { readFeed } from '../ingest/read-feed.js';
import type { ReadOptions } from '../ingest/options.js';
import { ingestItems, type IngestReport } from '../pipeline/ingest.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import type { StoryAssignment } from './model.js';
import { createStoryEngine, type StoryEngine } from './story-engine.js';

/** Polling a feed more often than this hammers its server for nothing; news feeds change in minutes. */
export const MIN_INTERVAL_MS = 10_000;
export const DEFAULT_INTERVAL = '10m';

export interface WatchOptions extends ReadOptions {
  /** At least minIntervalMs. */
  intervalMs: number;
  /** Floor for intervalMs, MIN_INTERVAL_MS by default; lower it only for feeds you own (local files in tests). */
  minIntervalMs?: number;
  /** Ends the watch at once: a fetch in flight is abandoned, an article being stored is finished; nothing half-written. */
  signal?: AbortSignal;
  engine?: StoryEngine;
  analyzer?: Analyzer;
  /** Stop after this many polls, a positive integer (default: until aborted). */
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
  warnings: IngestReport['warnings'];
  /** Stories created or changed by this poll. */
  stories: string[];
  /** The signal stopped this poll before it read every feed; what it stored is whole. */
  interrupted?: boolean;
}

interface Validators {
  etag?: string;
  lastModified?: string;
}

/** Polls feeds, ingests new items and updates stories until the signal aborts. */
export async function watchFeeds(store: SqliteStore, inputs: string[], options: WatchOptions): Promise<PollReport[]> {
  const minIntervalMs = options.minIntervalMs ?? MIN_INTERVAL_MS;
  if (!(options.intervalMs >= minIntervalMs && options.intervalMs > 0)) {
    throw new StoryweaveError('SW_USAGE', `polls must be at least ${minIntervalMs / 1000}s apart, got ${options.intervalMs} ms`);
  }
  if (options.maxPolls !== undefined && !(Number.isInteger(options.maxPolls) && options.maxPolls > 0)) {
    throw new StoryweaveError('SW_USAGE', `the number of polls must be a whole number of at least 1, got ${options.maxPolls}`);
  }
  const engine = options.engine ?? createStoryEngine(store);
  const analyzer = options.analyzer ?? (await createAnalyzer());
  const validators = new Map<string, Validators>();
  const polls: PollReport[] = [];
  for (let poll = 1; !options.signal?.aborted && (options.maxPolls === undefined || poll <= options.maxPolls); poll++) {
    const report: PollReport = { poll, at: new Date().toISOString(), ingested: 0, duplicates: 0, unchanged: 0, failed: [], warnings: [], stories: [] };
    const touched = new Set<string>();
    for (const input of inputs) {
      if (options.signal?.aborted) break;
      const previous = validators.get(input) ?? {};
      const feed = await readFeed(input, { ...options, ifNoneMatch: previous.etag, ifModifiedSince: previous.lastModified });
      // Stopped mid-fetch: the feed was not read, which is neither a failure nor news.
      if (options.signal?.aborted) break;
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
      report.failed.push(...ingested.failed.filter((failure) => failure.code !== 'SW_INTERRUPTED'));
      report.warnings.push(...ingested.warnings);
    }
    if (options.signal?.aborted) report.interrupted = true;
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

/** `10m`, `30s`, `1h`, `500ms`, or a bare number of seconds; undefined when it is none of these. */
export function parseInterval(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[1]);
  const unit = match[2] ?? 's';
  const ms = value * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit]!;
  return ms > 0 ? ms : undefined;
}

/** A `--interval` value in milliseconds, or a usage error saying what is accepted. */
export function parseWatchInterval(text: string): number {
  const ms = parseInterval(text);
  if (ms === undefined) throw new StoryweaveError('SW_USAGE', `--interval ${text}: expected a duration such as 30s, 10m or 1h (a bare number is seconds)`);
  if (ms < MIN_INTERVAL_MS) throw new StoryweaveError('SW_USAGE', `--interval ${text}: polls must be at least ${MIN_INTERVAL_MS / 1000}s apart`);
  return ms;
}

/** A `--polls` value: a whole number of at least 1. */
export function parsePollCount(text: string): number {
  const polls = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(polls) || polls < 1) {
    throw new StoryweaveError('SW_USAGE', `--polls ${text}: expected a whole number of at least 1`);
  }
  return polls;
}
