/**
 * The body of one batch-ingest worker thread: analyses an input (or reads an analysis given as
 * JSON) and prepares it for the store (`prepareDocument`), answering `{ id, prepared }`, or
 * `{ id, failed }` when the analysis threw (one failure line for the writer, the batch goes on).
 * The analyser is `workerData.analyzer`'s `analyzeDocument` when given (a test's stand-in), else Rasd's.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Analysis } from '../contract/analysis.js';
import type { AnalysisInput } from '../core/layers.js';
import { prepareDocument } from '../store/queries/prepared-document.js';
import { describeFailure } from './failure.js';
import type { PrepareJob, PrepareReply } from './prepare-pool.js';

type Analyze = (input: AnalysisInput) => Analysis;

const analyzer: string =
  (workerData as { analyzer?: string } | undefined)?.analyzer ?? '../analyze/analyze.js';
const analyze = ((await import(analyzer)) as { analyzeDocument: Analyze }).analyzeDocument;

parentPort?.on('message', (job: PrepareJob) => {
  let reply: PrepareReply;
  try {
    let analysis: Analysis;
    if (job.analysisJson !== undefined) analysis = JSON.parse(job.analysisJson) as Analysis;
    else {
      try {
        analysis = analyze(job.input as AnalysisInput);
      } catch (error) {
        parentPort?.postMessage({ id: job.id, failed: describeFailure(error) } satisfies PrepareReply);
        return;
      }
    }
    reply = { id: job.id, prepared: prepareDocument({ analysis, source: job.source }) };
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
