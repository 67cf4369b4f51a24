// A worker thread that prepares documents (extract, language, analysis, MinHash) for the ingest pool.
import { parentPort, workerData } from 'node:worker_threads';
import type { RawDocument } from '../core/model.js';
import { asStoryweaveError } from '../core/errors.js';
import { createAnalyzer } from '../analyze/analyzer.js';
import { SiteLineStats } from '../extract/text/site-line-stats.js';
import { encodeAnalysis } from '../store/analysis-codec.js';
import { prepareDocument } from './prepare.js';
import { precount } from './precount.js';
import type { PrepareWorkerOptions, WorkerReply, WorkerRequest } from './prepare-pool.js';

if (!parentPort) throw new Error('prepare-worker must run in a worker thread');
const port = parentPort;
const options = (workerData ?? {}) as PrepareWorkerOptions;
// Records the words of each concept while analysing when stories are made: the writer thread explains memberships without the lexicon.
const analyzerReady = createAnalyzer({ conceptWords: options.conceptWords === true });
const siteLines = new SiteLineStats();

port.on('message', async (request: WorkerRequest) => {
  const reply = await handle(request.seq, request.doc);
  port.postMessage(reply);
});

async function handle(seq: number, doc: RawDocument): Promise<WorkerReply> {
  try {
    const { analysis, ...rest } = await prepareDocument(doc, await analyzerReady, siteLines);
    // The writer thread parses the JSON once (cheaper than receiving a structured clone) and stores the encoded bytes as they are.
    const analysisJson = JSON.stringify(analysis);
    const precounted = precount({ title: rest.extracted.title, text: rest.extracted.text, analysis });
    return { seq, ok: true, prepared: { ...rest, analysisJson, analysisData: encodeAnalysis(analysisJson), precounted } };
  } catch (error) {
    return { seq, ok: false, error: asStoryweaveError(error, 'SW_ANALYSIS_FAILED', doc.source).toJSON() };
  }
}
