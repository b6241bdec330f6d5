/**
 * The body of one analysis worker thread: receives `{ id, input, context }`, answers
 * `{ id, json }` (the analysis as JSON text, serialised here rather than in the event loop's
 * thread) or `{ id, error }`. It holds no state between jobs beyond the loaded models,
 * so the pool may terminate it at any moment (a deadline, or after a large analysis) and start another.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from '../../analyze/analyze.js';
import { collectGarbageOnce } from '../full-collection.js';
import { lowerThisThreadPriority } from '../thread-priority.js';
import type { AnalysisJob } from './analysis-pool.js';

/** How far every analysis worker stands below the event loop; a large job lowers itself further. */
const WORKER_NICE = 5;

let modelsLoaded = false;

// Every analysis, a document's too, gives way to the event loop's reads and health checks: on a
// machine of few cores the workers otherwise take the cores' share the reads need (the load bench's
// reads p95 rose past 300 ms once documents were stored faster). Idle cores still run it at full speed.
lowerThisThreadPriority(WORKER_NICE);

parentPort?.on('message', (job: AnalysisJob) => {
  // A large analysis takes seconds of CPU: the event loop answering health and reads goes first.
  // The pool replaces this worker after it, so the lowered priority never reaches a small job.
  if (job.large) lowerThisThreadPriority(10);
  try {
    parentPort?.postMessage({ id: job.id, json: JSON.stringify(analyzeDocument(job.input, job.context)) });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
  // The first job loaded the models and left their loading's garbage (full-collection.ts): one
  // collection, after the answer is sent, so no request waits for it.
  if (!modelsLoaded) {
    modelsLoaded = true;
    collectGarbageOnce();
  }
});
