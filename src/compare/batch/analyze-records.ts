import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ANALYZER_VERSION, createAnalyzer } from '../../analyze/analyzer.js';
import { detectLanguage } from '../../analyze/language.js';
import type { ArticleAnalysis } from '../../core/model.js';
import { asStoryweaveError, type StoryweaveError } from '../../core/errors.js';
import type { AnalyzedArticle } from '../model.js';
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

/** Detects missing languages and analyses every record, reusing cached analyses where valid. */
export async function analyzeRecords(records: ArticleRecord[], options: AnalyzeRecordsOptions = {}): Promise<AnalyzeRecordsResult> {
  const analyzer = await createAnalyzer();
  const cache: Record<string, ArticleAnalysis> =
    options.cacheFile && existsSync(options.cacheFile) ? (JSON.parse(readFileSync(options.cacheFile, 'utf8')) as Record<string, ArticleAnalysis>) : {};
  let computed = 0;
  const articles: AnalyzedArticle[] = [];
  const failures: AnalyzeRecordsResult['failures'] = [];
  for (const record of records) {
    let lang: string;
    let analysis: ArticleAnalysis;
    try {
      lang = record.lang ?? (await detectLanguage(`${record.title}\n${record.text}`)).lang;
      const key = contentKey(record, lang);
      analysis = cache[key];
      if (!analysis || analysis.analyzerVersion !== ANALYZER_VERSION) {
        analysis = analyzer.analyze({ title: record.title, text: record.text, lang, published: record.published });
        cache[key] = analysis;
        computed++;
      }
    } catch (error) {
      failures.push({ id: record.id, error: asStoryweaveError(error, 'SW_ANALYSIS_FAILED', `article ${record.id}`) });
      continue;
    }
    articles.push({ id: record.id, title: record.title, text: record.text, lang, published: record.published, analysis });
    options.onProgress?.(articles.length, records.length);
  }
  if (options.cacheFile && computed > 0) {
    mkdirSync(dirname(options.cacheFile), { recursive: true });
    writeFileSync(options.cacheFile, JSON.stringify(cache));
  }
  return { articles, failures };
}
