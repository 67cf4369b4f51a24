import { createHash } from 'node:crypto';
import type { Article, ArticleAnalysis, ExtractedArticle, RawDocument } from '../core/model.js';
import { asStoryweaveError, type ErrorCode, type StoryweaveError } from '../core/errors.js';
import { createAnalyzer, type Analyzer } from '../analyze/analyzer.js';
import { detectLanguage } from '../analyze/language.js';
import { extractDocument } from '../extract/extract-document.js';
import { SiteLineStats } from '../extract/text/site-line-stats.js';
import {
  NEAR_DUPLICATE_THRESHOLD,
  estimatedJaccard,
  lshBands,
  minhashSignature,
  signatureFromBuffer,
  signatureToBuffer,
} from '../index/near-duplicates.js';
import { readSources, type SourceItem } from '../ingest/read-sources.js';
import type { ReadOptions } from '../ingest/options.js';
import type { SqliteStore } from '../store/sqlite-store.js';

/** Called inside the transaction that stores an article, so story membership lands with it or not at all. */
export type ArticleStoredHook = (article: Article, analysis: ArticleAnalysis) => void;

export interface IngestOptions extends ReadOptions {
  analyzer?: Analyzer;
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

export interface FailedInput {
  location: string;
  code: ErrorCode;
  message: string;
}

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
  /** Ids of the articles stored or matched, in input order. */
  articleIds: string[];
}

export function emptyReport(): IngestReport {
  return { ingested: 0, duplicates: 0, nearDuplicates: 0, unchanged: 0, failed: [], articleIds: [] };
}

/** Reads, extracts, analyses and stores every input (files, directories, URLs, feeds). */
export async function ingestSources(store: SqliteStore, inputs: string[], options: IngestOptions = {}): Promise<IngestReport> {
  return ingestItems(store, readSources(inputs, options), options);
}

/** Stores items that a reader yields; one transaction per article. */
export async function ingestItems(
  store: SqliteStore,
  items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  options: IngestOptions = {},
): Promise<IngestReport> {
  const analyzer = options.analyzer ?? (await createAnalyzer());
  const siteLines = new SiteLineStats();
  const report = emptyReport();
  let done = 0;
  for await (const item of items) {
    if (options.signal?.aborted) break;
    const source = item.ok ? item.doc.source : (item.error.location ?? 'input');
    let outcome: ItemOutcome;
    if (!item.ok) {
      outcome = recordFailure(report, item.error);
    } else {
      try {
        const stored = await ingestDocument(store, item.doc, analyzer, siteLines, options.onArticleStored);
        outcome = stored.outcome;
        if (stored.articleId) report.articleIds.push(stored.articleId);
        if (outcome === 'inserted') report.ingested++;
        if (outcome === 'duplicate') report.duplicates++;
        if (outcome === 'unchanged') report.unchanged++;
        if (stored.nearDuplicateOf) report.nearDuplicates++;
      } catch (error) {
        outcome = recordFailure(report, asStoryweaveError(error, 'SW_INPUT_UNREADABLE', item.doc.source));
      }
    }
    options.onProgress?.({ done: ++done, source, outcome });
  }
  return report;
}

function recordFailure(report: IngestReport, error: StoryweaveError): 'failed' {
  report.failed.push({ location: error.location ?? 'input', code: error.code, message: error.message });
  return 'failed';
}

interface StoredDocument {
  outcome: ItemOutcome;
  articleId?: string;
  nearDuplicateOf?: string;
}

/** The clean text's hash: the same article from two sources is one article. */
export function contentHashOf(article: Pick<ExtractedArticle, 'title' | 'text'>): string {
  const normalised = `${article.title}\n${article.text}`.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(normalised).digest('hex');
}

async function ingestDocument(
  store: SqliteStore,
  doc: RawDocument,
  analyzer: Analyzer,
  siteLines: SiteLineStats,
  onArticleStored?: ArticleStoredHook,
): Promise<StoredDocument> {
  if (store.hasRawInput(doc.rawHash)) return { outcome: 'unchanged' };
  const extracted = extractDocument(doc, { siteLines });
  const guess = await languageOf(doc, extracted);
  const contentHash = contentHashOf(extracted);
  const analysis = analyzer.analyze({ title: extracted.title, text: extracted.text, lang: guess.lang, published: extracted.published });
  const signature = minhashSignature(extracted.text);
  const bands = lshBands(signature);

  return store.transaction(() => {
    const put = store.putArticle({
      ...extracted,
      source: doc.source,
      url: doc.url ?? extracted.canonicalUrl,
      lang: guess.lang,
      langConfidence: guess.confidence,
      contentHash,
      rawHash: doc.rawHash,
      ...(doc.id ? { externalId: doc.id } : {}),
    });
    if (put.status === 'duplicate') {
      store.markRawInput(doc.rawHash, doc.source, 'duplicate', put.id);
      return { outcome: 'duplicate', articleId: put.id };
    }
    store.putAnalysis(put.id, analysis);
    const nearDuplicateOf = findNearDuplicate(store, signature, bands);
    if (nearDuplicateOf) store.linkNearDuplicate(put.id, nearDuplicateOf.articleId, nearDuplicateOf.similarity);
    store.addNearDuplicateSignature(put.id, signatureToBuffer(signature), bands);
    const article = store.getArticle(put.id);
    if (article && onArticleStored) onArticleStored(article, analysis);
    store.markRawInput(doc.rawHash, doc.source, 'inserted', put.id);
    return { outcome: 'inserted', articleId: put.id, ...(nearDuplicateOf ? { nearDuplicateOf: nearDuplicateOf.articleId } : {}) };
  });
}

/** A language the source states wins; else fastText; a page's own `lang` hint only breaks a weak guess. */
async function languageOf(doc: RawDocument, extracted: ExtractedArticle): Promise<{ lang: string; confidence: number }> {
  const stated = normaliseLang(doc.lang);
  if (stated) return { lang: stated, confidence: 1 };
  const detected = await detectLanguage(`${extracted.title}\n${extracted.text}`);
  const hinted = normaliseLang(extracted.langHint);
  return hinted && detected.confidence < 0.5 ? { lang: hinted, confidence: detected.confidence } : detected;
}

function findNearDuplicate(store: SqliteStore, signature: Uint32Array, bands: string[]): { articleId: string; similarity: number } | undefined {
  let best: { articleId: string; similarity: number } | undefined;
  for (const candidate of store.nearDuplicateCandidates(bands)) {
    const similarity = estimatedJaccard(signature, signatureFromBuffer(candidate.signature));
    if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) best = { articleId: candidate.articleId, similarity };
  }
  return best;
}

/** `en-GB`, `EN` -> `en`: languages are stored as ISO 639-1 codes where one exists. */
function normaliseLang(lang: string | undefined): string | undefined {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
