import type { AnalysisInput, ArticleAnalysis } from '../../core/model.js';

/** One record's analysis, or why it failed: a bad record must not stop the batch. */
export type AnalysisOutcome = { analysis: ArticleAnalysis } | { error: string };

export function analysisOutcome(analyze: (input: AnalysisInput & { lang: string }) => ArticleAnalysis, input: AnalysisInput & { lang: string }): AnalysisOutcome {
  try {
    return { analysis: analyze(input) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
