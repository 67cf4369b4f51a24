// A worker thread that analyses records (title and text already clean) for analyzeRecordsInOrder.
import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from '../analyze/analyzer.js';
import { precount } from './precount.js';
import { analyzeRecord, type RecordAnalysisReply, type RecordAnalysisRequest } from './record-analysis.js';

if (!parentPort) throw new Error('record-analysis-worker must run in a worker thread');
const port = parentPort;
const analyzerReady = createAnalyzer();

port.on('message', async (requests: RecordAnalysisRequest[]) => {
  const analyzer = await analyzerReady;
  const replies: RecordAnalysisReply[] = [];
  for (const { index, record } of requests) {
    try {
      const { lang, analysis } = await analyzeRecord(analyzer, record);
      // The writer parses JSON once, cheaper than receiving a structured clone (see prepare-worker).
      replies.push({ index, ok: true, lang, analysisJson: JSON.stringify(analysis), precounted: precount({ title: record.title, text: record.text, analysis }) });
    } catch (error) {
      replies.push({ index, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
  port.postMessage(replies);
});
