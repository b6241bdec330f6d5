/**
 * `rasd ingest --queue`: reads and decodes every document of the sources (the same reader as a
 * plain ingest) and queues one job per document, without analysing anything, so workers anywhere
 * can do the analysis. Idempotent: a document already queued or stored is skipped.
 */
import { readSources } from '../ingest/read-sources.js';
import { DEFAULT_SOURCE_OPTIONS } from '../ingest/source-options.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import { type JobPayload, JobQueue } from './job-queue.js';

export interface EnqueueTally {
  queued: number;
  skipped: number;
  failures: string[];
}

const BATCH = 500;

export async function enqueueSources(
  store: PostgresStore,
  sources: readonly string[],
  onError: (message: string) => void = () => {},
  onWarning: (message: string) => void = () => {},
): Promise<EnqueueTally> {
  const queue = new JobQueue(store);
  const tally: EnqueueTally = { queued: 0, skipped: 0, failures: [] };
  let batch: JobPayload[] = [];
  const flush = async () => {
    const result = await queue.enqueue(batch);
    tally.queued += result.queued;
    tally.skipped += result.skipped;
    batch = [];
  };
  for await (const item of readSources(sources, DEFAULT_SOURCE_OPTIONS)) {
    if ('error' in item) {
      tally.failures.push(item.error.message);
      onError(item.error.message);
      continue;
    }
    if ('warning' in item) {
      onWarning(item.warning);
      continue;
    }
    batch.push({ source: item.document.source, input: item.document.input });
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return tally;
}
