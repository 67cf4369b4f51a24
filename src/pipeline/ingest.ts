import type { Article, ArticleAnalysis, RawDocument } from '../core/model.js';
import { StoryweaveError, asStoryweaveError, type ErrorCode } from '../core/errors.js';
import { createAnalyzer, type Analyzer } from '../analyze/analyzer.js';
import { SiteLineStats } from '../extract/text/site-line-stats.js';
import { NEAR_DUPLICATE_THRESHOLD, estimatedJaccard, signatureFromBuffer, signatureToBuffer } from '../index/near-duplicates.js';
import { readSources } from '../ingest/read-sources.js';
import type { ReadOptions, SourceItem } from '../ingest/options.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import { prepareDocument, type PreparedArticle } from './prepare.js';
import { PreparePool } from './prepare-pool.js';

/** Called inside the transaction that stores an article, so story membership lands with it or not at all. */
export type ArticleStoredHook = (article: Article, analysis: ArticleAnalysis) => void;

export interface IngestOptions extends ReadOptions {
  analyzer?: Analyzer;
  /** Worker threads preparing documents in parallel; 0 prepares on the calling thread. */
  workers?: number;
  onArticleStored?: ArticleStoredHook;
  onProgress?: (progress: IngestProgress) => void;
  /** Stops between documents when aborted; everything stored so far stays consistent. */
  signal?: AbortSignal;
}

export interface IngestProgress {
  done: number;
  source: string;
  outcome: ItemOutcome;
}

export type ItemOutcome = 'inserted' | 'duplicate' | 'unchanged' | 'failed';

/** A failure or a warning about one input or item. */
export interface InputNotice {
  location: string;
  code: ErrorCode;
  message: string;
}

export type FailedInput = InputNotice;

export interface IngestReport {
  /** New articles stored. */
  ingested: number;
  /** Exact duplicates of stored articles (same clean text), counted, not stored again. */
  duplicates: number;
  /** New articles that nearly duplicate a stored one (syndicated copies), stored and linked. */
  nearDuplicates: number;
  /** Inputs already ingested by an earlier run, skipped. */
  unchanged: number;
  failed: FailedInput[];
  /** Inputs stored with something repaired or cut on the way (bad bytes replaced, text over the cap). */
  warnings: InputNotice[];
  /** Ids of the articles stored or matched, in input order. */
  articleIds: string[];
}

interface StoredDocument {
  outcome: ItemOutcome;
  articleId?: string;
  nearDuplicateOf?: string;
}

/** An input on its way through the pipeline; kept in input order so results are deterministic. */
type InFlight =
  | { kind: 'failed'; source: string; error: StoryweaveError }
  | { kind: 'unchanged'; source: string }
  | { kind: 'copy'; source: string; doc: RawDocument; articleId: string }
  | { kind: 'prepared'; source: string; doc: RawDocument; prepared: Promise<PreparedArticle> };

// How many documents each worker may prepare beyond the batch being written. While the writer
// stores a batch, its thread sends workers nothing new, so what is queued must include a whole
// next batch: with 96 beyond a batch of 256, the writer thread waited for preparation 11% of the time.
const IN_FLIGHT_PER_WORKER = 96;
// Articles written per transaction: each still lands whole or not at all (a savepoint each),
// and a crash loses at most one batch, which a re-run completes. A commit writes every page the
// batch changed, and articles' rows land on pages all over the tables' indexes (ids are hashes):
// with 256 articles per commit instead of 64, commits took 10% of the writer thread instead of 16%.
export const COMMIT_BATCH = 256;

export function emptyReport(): IngestReport {
  return { ingested: 0, duplicates: 0, nearDuplicates: 0, unchanged: 0, failed: [], warnings: [], articleIds: [] };
}

/** Reads, extracts, analyses and stores every input (files, directories, URLs, feeds). */
export async function ingestSources(store: SqliteStore, inputs: string[], options: IngestOptions = {}): Promise<IngestReport> {
  return ingestItems(store, readSources(inputs, options), options);
}

/** Stores the items a reader yields; one transaction per article, so a crash loses at most the one in hand. */
export async function ingestItems(
  store: SqliteStore,
  items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  options: IngestOptions = {},
): Promise<IngestReport> {
  // Articles handed to a hook are clustered into stories, whose memberships are explained in words.
  const pool = options.workers && options.workers > 0 ? new PreparePool(options.workers, { conceptWords: options.onArticleStored !== undefined }) : undefined;
  const analyzer = pool ? undefined : (options.analyzer ?? (await createAnalyzer()));
  const siteLines = new SiteLineStats();
  const maxInFlight = pool ? COMMIT_BATCH + Math.max(COMMIT_BATCH, pool.size * IN_FLIGHT_PER_WORKER) : COMMIT_BATCH;
  const report = emptyReport();
  const queue: InFlight[] = [];
  let done = 0;

  const prepare = (doc: RawDocument): InFlight => {
    const prepared = pool ? pool.prepare(doc) : prepareDocument(doc, analyzer as Analyzer, siteLines);
    prepared.catch(() => undefined); // rejections are handled when the entry is committed
    return { kind: 'prepared', source: doc.source, doc, prepared };
  };

  const commitNext = async () => {
    const batch = queue.splice(0, COMMIT_BATCH);
    const prepared = await Promise.allSettled(batch.map((entry) => (entry.kind === 'prepared' ? entry.prepared : undefined)));
    const outcomes = store.transaction(() =>
      batch.map((entry, i) => commitEntry(store, entry, prepared[i] as PromiseSettledResult<PreparedArticle>, report, options.onArticleStored)),
    );
    batch.forEach((entry, i) => options.onProgress?.({ done: ++done, source: entry.source, outcome: outcomes[i] }));
  };

  try {
    for await (const item of items) {
      if (options.signal?.aborted) break;
      if (item.ok) for (const warning of item.warnings ?? []) report.warnings.push(noticeOf(warning));
      queue.push(item.ok ? (seenBefore(store, item.doc) ?? prepare(item.doc)) : failedEntry(item));
      while (queue.length >= maxInFlight) await commitNext();
    }
    while (queue.length > 0 && !options.signal?.aborted) await commitNext();
  } finally {
    await pool?.close();
  }
  return report;
}

function commitEntry(
  store: SqliteStore,
  entry: InFlight,
  prepared: PromiseSettledResult<PreparedArticle>,
  report: IngestReport,
  onStored?: ArticleStoredHook,
): ItemOutcome {
  if (entry.kind === 'failed') return recordFailure(report, entry.error);
  if (entry.kind === 'unchanged') {
    report.unchanged++;
    return 'unchanged';
  }
  if (entry.kind === 'copy') {
    store.addDuplicateSighting(entry.articleId, entry.doc.source, entry.doc.url, entry.doc.rawHash);
    report.duplicates++;
    report.articleIds.push(entry.articleId);
    return 'duplicate';
  }
  try {
    if (prepared.status === 'rejected') throw prepared.reason;
    if (prepared.value.truncated) report.warnings.push(noticeOf(new StoryweaveError('SW_INPUT_TRUNCATED', prepared.value.truncated, entry.doc.source)));
    const stored = storePrepared(store, entry.doc, prepared.value, onStored);
    if (stored.articleId) report.articleIds.push(stored.articleId);
    if (stored.outcome === 'inserted') report.ingested++;
    if (stored.outcome === 'duplicate') report.duplicates++;
    if (stored.nearDuplicateOf) report.nearDuplicates++;
    return stored.outcome;
  } catch (error) {
    return recordFailure(report, asStoryweaveError(error, 'SW_INPUT_UNREADABLE', entry.doc.source));
  }
}

function failedEntry(item: Extract<SourceItem, { ok: false }>): InFlight {
  return { kind: 'failed', source: item.error.location ?? item.input ?? 'input', error: item.error };
}

/** The same bytes again: from the same source it is a re-run; from another, a copy of a stored article. */
function seenBefore(store: SqliteStore, doc: RawDocument): InFlight | undefined {
  const earlier = store.rawInput(doc.rawHash);
  if (!earlier) return undefined;
  if (!earlier.articleId || earlier.source === doc.source) return { kind: 'unchanged', source: doc.source };
  return { kind: 'copy', source: doc.source, doc, articleId: earlier.articleId };
}

function recordFailure(report: IngestReport, error: StoryweaveError): 'failed' {
  report.failed.push(noticeOf(error));
  return 'failed';
}

function noticeOf(error: StoryweaveError): InputNotice {
  return { location: error.location ?? 'input', code: error.code, message: error.message };
}

/** Writes one prepared article, its analysis, its near-duplicate link and its story membership atomically. */
function storePrepared(store: SqliteStore, doc: RawDocument, prepared: PreparedArticle, onStored?: ArticleStoredHook): StoredDocument {
  return store.transaction(() => {
    const put = store.putArticle({
      ...prepared.extracted,
      source: doc.source,
      url: doc.url ?? prepared.extracted.canonicalUrl,
      lang: prepared.lang,
      langConfidence: prepared.langConfidence,
      contentHash: prepared.contentHash,
      rawHash: doc.rawHash,
      ...(doc.id ? { externalId: doc.id } : {}),
    });
    if (put.status === 'duplicate') {
      store.markRawInput(doc.rawHash, doc.source, 'duplicate', put.id);
      return { outcome: 'duplicate', articleId: put.id };
    }
    store.putAnalysis(put.id, prepared.analysis, prepared.analysisData);
    const nearDuplicateOf = findNearDuplicate(store, prepared.signature, prepared.bands);
    if (nearDuplicateOf) store.linkNearDuplicate(put.id, nearDuplicateOf.articleId, nearDuplicateOf.similarity);
    store.addNearDuplicateSignature(put.id, signatureToBuffer(prepared.signature), prepared.bands);
    const article = store.getArticle(put.id);
    if (article && onStored) onStored(article, prepared.analysis);
    store.markRawInput(doc.rawHash, doc.source, 'inserted', put.id);
    return { outcome: 'inserted', articleId: put.id, ...(nearDuplicateOf ? { nearDuplicateOf: nearDuplicateOf.articleId } : {}) };
  });
}

function findNearDuplicate(store: SqliteStore, signature: Uint32Array, bands: string[]): { articleId: string; similarity: number } | undefined {
  let best: { articleId: string; similarity: number } | undefined;
  for (const candidate of store.nearDuplicateCandidates(bands)) {
    const similarity = estimatedJaccard(signature, signatureFromBuffer(candidate.signature));
    if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) best = { articleId: candidate.articleId, similarity };
  }
  return best;
}
