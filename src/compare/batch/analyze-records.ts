import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { ANALYZER_VERSION, createAnalyzer } from '../../analyze/analyzer.js';
import { detectLanguage } from '../../analyze/language.js';
import type { AnalysisInput, ArticleAnalysis } from '../../core/model.js';
import { withoutSharedSiteSentences } from '../../extract/text/site-sentences.js';
import { asStoryweaveError, StoryweaveError } from '../../core/errors.js';
import type { AnalyzedArticle } from '../model.js';
import { analysisOutcome, type AnalysisOutcome } from './analysis-outcome.js';
import { analyzeRecordsInOrder, MIN_RECORDS_FOR_WORKERS } from '../../pipeline/record-analysis.js';
import type { ArticleRecord } from './read-articles-jsonl.js';

export interface AnalyzeRecordsOptions {
  /** JSON file caching analyses by content hash; entries of other analyzer versions are recomputed. */
  cacheFile?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface AnalyzeRecordsResult {
  articles: AnalyzedArticle[];
  /** Records whose analysis failed (SW_ANALYSIS_FAILED, located by record id); the rest is analysed. */
  failures: Array<{ id: string; error: StoryweaveError }>;
}

function contentKey(record: ArticleRecord, lang: string): string {
  return createHash('sha1').update(`${lang}\u0000${record.title}\u0000${record.text}\u0000${record.published ?? ''}`).digest('hex');
}

/** Worker threads at most: beyond this the lexicon each loads costs more memory than time saved. */
const MAX_WORKERS = 4;

/** Analyses on the shared pool of worker threads (pipeline/record-analysis); resolves undefined when workers cannot start. */
async function analyzeInWorkers(inputs: Array<AnalysisInput & { lang: string }>, workers: number): Promise<AnalysisOutcome[] | undefined> {
  const outcomes: AnalysisOutcome[] = [];
  try {
    const records = inputs.map(({ title, text, lang, published }) => ({ title, text, lang, ...(published ? { published } : {}) }));
    for await (const result of analyzeRecordsInOrder(records, { workers, analyzer: createAnalyzer })) outcomes.push(result.ok ? { analysis: result.analysis } : { error: result.error });
  } catch {
    return undefined;
  }
  return outcomes;
}

/** Drops sentences shared by records of one site, detects missing languages and analyses every record, reusing cached analyses where valid. */
export async function analyzeRecords(input: ArticleRecord[], options: AnalyzeRecordsOptions = {}): Promise<AnalyzeRecordsResult> {
  const records = withoutSharedSiteSentences(input);
  const cache: Record<string, ArticleAnalysis> =
    options.cacheFile && existsSync(options.cacheFile) ? (JSON.parse(readFileSync(options.cacheFile, 'utf8')) as Record<string, ArticleAnalysis>) : {};
  const failures: AnalyzeRecordsResult['failures'] = [];
  const ready: Array<{ record: ArticleRecord; lang: string; key: string; analysis?: ArticleAnalysis }> = [];
  for (const record of records) {
    try {
      const lang = record.lang ?? (await detectLanguage(`${record.title}\n${record.text}`)).lang;
      const key = contentKey(record, lang);
      const cached = cache[key];
      ready.push({ record, lang, key, ...(cached?.analyzerVersion === ANALYZER_VERSION ? { analysis: cached } : {}) });
    } catch (error) {
      failures.push({ id: record.id, error: asStoryweaveError(error, 'SW_ANALYSIS_FAILED', `article ${record.id}`) });
    }
  }
  const pending = ready.filter((item) => !item.analysis);
  const inputs = pending.map(({ record, lang }) => ({ title: record.title, text: record.text, lang, published: record.published }));
  const workers = Math.min(MAX_WORKERS, availableParallelism());
  let outcomes = inputs.length >= MIN_RECORDS_FOR_WORKERS && workers > 1 ? await analyzeInWorkers(inputs, workers) : undefined;
  if (!outcomes && inputs.length > 0) {
    const analyzer = await createAnalyzer();
    outcomes = inputs.map((item) => analysisOutcome(analyzer.analyze, item));
  }
  pending.forEach((item, i) => {
    const outcome = outcomes![i];
    if ('analysis' in outcome) {
      item.analysis = outcome.analysis;
      cache[item.key] = outcome.analysis;
    } else {
      failures.push({ id: item.record.id, error: new StoryweaveError('SW_ANALYSIS_FAILED', outcome.error, `article ${item.record.id}`) });
    }
  });
  const articles: AnalyzedArticle[] = [];
  for (const { record, lang, analysis } of ready) {
    if (!analysis) continue;
    articles.push({ id: record.id, title: record.title, text: record.text, lang, published: record.published, analysis });
    options.onProgress?.(articles.length, ready.length);
  }
  if (options.cacheFile && pending.length > 0) {
    mkdirSync(dirname(options.cacheFile), { recursive: true });
    writeFileSync(options.cacheFile, JSON.stringify(cache));
  }
  return { articles, failures };
}
