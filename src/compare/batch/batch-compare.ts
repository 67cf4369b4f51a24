import { csvRow } from '../../core/csv-cell.js';
import { asStoryweaveError, StoryweaveError } from '../../core/errors.js';
import { openOutputStream } from '../../core/output-file.js';
import { compareArticles } from '../compare-articles.js';
import { CorpusStats } from '../corpus-stats.js';
import { DIMENSIONS, type AnalyzedArticle, type SimilarityScores } from '../model.js';
import { analyzeRecords } from './analyze-records.js';
import { readArticlesJsonl } from './read-articles-jsonl.js';
import { readPairsCsv } from './read-pairs-csv.js';

export const SCORES_HEADER = ['id1', 'id2', ...DIMENSIONS] as const;

export interface BatchCompareOptions {
  articlesPath: string;
  pairsPath: string;
  outPath: string;
  /** Called for every problem (bad line, missing article); the rest is still scored. */
  onError?: (error: StoryweaveError) => void;
  onProgress?: (stage: 'analyze' | 'compare', done: number, total: number) => void;
}

export interface BatchCompareResult {
  scored: number;
  failed: number;
  analyzeMs: number;
  compareMs: number;
}

function scoreRow(id1: string, id2: string, scores: SimilarityScores): string {
  return csvRow([id1, id2, ...DIMENSIONS.map((dimension) => scores[dimension].toFixed(4))]);
}

/** Scores every pair of PAIRS.csv over ARTICLES.jsonl into SCORES.csv (one row per scorable pair). */
export async function batchCompare(options: BatchCompareOptions): Promise<BatchCompareResult> {
  const report = options.onError ?? (() => undefined);
  const { articles: records, errors } = readArticlesJsonl(options.articlesPath);
  errors.forEach(report);
  const pairs = readPairsCsv(options.pairsPath);
  const output = openOutputStream(options.outPath);
  const analyzeStarted = performance.now();
  let analyzed: AnalyzedArticle[];
  let failedAnalyses: number;
  const unanalysed = new Set<string>();
  try {
    const result = await analyzeRecords(records, { onProgress: (done, total) => options.onProgress?.('analyze', done, total) });
    analyzed = result.articles;
    failedAnalyses = result.failures.length;
    for (const failure of result.failures) {
      report(failure.error);
      unanalysed.add(failure.id);
    }
  } catch (error) {
    throw asStoryweaveError(error, 'SW_ANALYSIS_FAILED', options.articlesPath);
  }
  const byId = new Map(analyzed.map((article) => [article.id, article]));
  const stats = CorpusStats.fromAnalyses(analyzed.map((article) => article.analysis));
  const compareStarted = performance.now();
  const lines: string[] = [SCORES_HEADER.join(',')];
  let failed = errors.length + failedAnalyses;
  pairs.forEach((pair, index) => {
    const location = `${options.pairsPath}:${pair.line}`;
    const blank = (['id1', 'id2'] as const).filter((column) => !pair[column]);
    if (blank.length > 0) {
      failed++;
      report(new StoryweaveError('SW_PAIR_INCOMPLETE', `the ${blank.join(' and ')} column${blank.length > 1 ? 's are' : ' is'} empty or missing`, location));
      return;
    }
    const missing = [pair.id1, pair.id2].filter((id) => !byId.has(id));
    if (missing.length > 0) {
      failed++;
      const absent = missing.filter((id) => !unanalysed.has(id));
      if (absent.length > 0) report(new StoryweaveError('SW_PAIR_MISSING_ARTICLE', absent.join(', '), location));
      else report(new StoryweaveError('SW_ANALYSIS_FAILED', `article ${missing.join(', ')} could not be analysed`, location));
      return;
    }
    const { scores } = compareArticles(byId.get(pair.id1)!, byId.get(pair.id2)!, stats, { explain: false });
    lines.push(scoreRow(pair.id1, pair.id2, scores));
    options.onProgress?.('compare', index + 1, pairs.length);
  });
  const compareMs = performance.now() - compareStarted;
  output.stream.write(`${lines.join('\n')}\n`);
  await output.close();
  return { scored: lines.length - 1, failed, analyzeMs: compareStarted - analyzeStarted, compareMs };
}
