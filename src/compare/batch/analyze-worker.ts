// Worker side of analyzeRecords: analyses the records it is sent, one message per batch.
import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from '../../analyze/analyzer.js';
import type { AnalysisInput, ArticleAnalysis } from '../../core/model.js';

export interface WorkerRequest {
  index: number;
  input: AnalysisInput & { lang: string };
}

export type WorkerResponse = { index: number; analysis: ArticleAnalysis } | { index: number; error: string };

const analyzer = await createAnalyzer();
parentPort?.on('message', (requests: WorkerRequest[]) => {
  const responses: WorkerResponse[] = requests.map(({ index, input }) => {
    try {
      return { index, analysis: analyzer.analyze(input) };
    } catch (error) {
      return { index, error: error instanceof Error ? error.message : String(error) };
    }
  });
  parentPort?.postMessage(responses);
});
