// Worker side of analyzeRecords: analyses the records it is sent, one message per batch.
import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from '../../analyze/analyzer.js';
import type { AnalysisInput } from '../../core/model.js';
import { analysisOutcome, type AnalysisOutcome } from './analysis-outcome.js';

export interface WorkerRequest {
  index: number;
  input: AnalysisInput & { lang: string };
}

export interface WorkerResponse {
  index: number;
  outcome: AnalysisOutcome;
}

const analyzer = await createAnalyzer();
parentPort?.on('message', (requests: WorkerRequest[]) => {
  const responses: WorkerResponse[] = requests.map(({ index, input }) => ({ index, outcome: analysisOutcome(analyzer.analyze, input) }));
  parentPort?.postMessage(responses);
});
