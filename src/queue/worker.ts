/**
 * A worker: takes ingestion jobs from the queue, analyses each document and stores it in the same
 * transaction that marks its job done (`JobQueue.complete`), so any number of workers on any
 * number of machines can ingest into one PostgreSQL store, and a worker killed at any moment
 * loses nothing and doubles nothing.
 *
 * Rules:
 *  1. up to `concurrency` jobs are held at once; their leases are extended every third of the
 *     lease, so only a dead (or frozen) worker's jobs are taken over;
 *  2. whenever a worker has no job in hand and stored documents since it last looked, it joins the
 *     documents stored since to the corpus (identities, stories, conflicts) incrementally, under the
 *     store's advisory lock (`refreshCorpus({ ifStale: true })`: only what they touch is updated,
 *     with the answer a rebuild gives); when the queue is drained, whichever worker sees it does a
 *     last update, so the stories equal those of a single-process ingest;
 *  3. an idle worker sleeps until PostgreSQL notifies \`rasd_jobs\` (sent by every enqueue), or
 *     at the latest `pollMs` (for retries that come due and leases that run out); `untilEmpty`
 *     returns once the queue is drained (and the corpus updated); otherwise the worker runs until
 *     `signal` aborts, then finishes the jobs it holds and returns.
 */
import { analyzeDocument } from '../analyze/analyze.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import { type ClaimedJob, JobQueue, LeaseLost } from './job-queue.js';

export interface WorkerOptions {
  readonly concurrency?: number;
  readonly leaseMs?: number;
  readonly pollMs?: number;
  readonly untilEmpty?: boolean;
  /** Refresh the corpus when the queue is drained (default true). */
  readonly refresh?: boolean;
  readonly signal?: AbortSignal;
  /** One line per notable event (a failure, a lost lease, a refresh). */
  readonly log?: (line: string) => void;
  /** Called after each job is finished (for progress). */
  readonly onJob?: (tally: WorkerTally) => void;
}

export interface WorkerTally {
  added: number;
  duplicates: number;
  /** Failures that will be retried (by any worker). */
  retried: number;
  /** Jobs that failed their last attempt. */
  failed: number;
  /** Jobs whose lease ran out while this worker held them (another worker took them over). */
  lost: number;
  refreshes: number;
}

export async function runWorker(store: PostgresStore, options: WorkerOptions = {}): Promise<WorkerTally> {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const leaseMs = Math.max(1000, options.leaseMs ?? 60_000);
  const pollMs = Math.max(10, options.pollMs ?? 1000);
  const log = options.log ?? (() => {});
  const queue = new JobQueue(store);
  const tally: WorkerTally = { added: 0, duplicates: 0, retried: 0, failed: 0, lost: 0, refreshes: 0 };
  const held = new Map<string, ClaimedJob>();
  const inFlight = new Set<Promise<void>>();
  /** Whether documents may have been stored since this worker last saw the corpus refreshed. */
  let mayBeStale = true;
  /** Set by a notification; a sleep that finds it set returns at once. */
  let notified = false;
  let wake: (() => void) | undefined;
  const stopListening = await store
    .listen('rasd_jobs', () => {
      notified = true;
      wake?.();
    })
    .catch((error: unknown) => {
      log(`cannot listen for new jobs, polling instead: ${String(error)}`);
      return async () => {};
    });
  const idle = (ms: number) => {
    if (notified || options.signal?.aborted) {
      notified = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      wake = () => {
        wake = undefined;
        notified = false;
        resolve();
      };
      void sleep(ms, options.signal).then(() => wake?.());
    });
  };

  const heartbeat = setInterval(
    () => {
      queue
        .heartbeat([...held.values()], leaseMs)
        .catch((error: unknown) => log(`heartbeat failed: ${String(error)}`));
    },
    Math.floor(leaseMs / 3),
  );
  heartbeat.unref();

  const process = async (job: ClaimedJob) => {
    try {
      const analysis = analyzeDocument(job.payload.input);
      const result = await queue.complete(job, (trx) =>
        store.within(trx).putDocument({ analysis, source: job.payload.source }),
      );
      if (result.status === 'added') tally.added++;
      else tally.duplicates++;
    } catch (error) {
      if (error instanceof LeaseLost) {
        tally.lost++;
        log(error.message);
      } else {
        const outcome = await queue.fail(job, error);
        if (outcome === 'failed') tally.failed++;
        else tally.retried++;
        log(
          `${job.payload.source}: ${outcome === 'failed' ? 'failed' : 'will retry'}: ${String(error instanceof Error ? error.message : error)}`,
        );
      }
    } finally {
      held.delete(job.id);
      options.onJob?.(tally);
    }
  };

  try {
    for (;;) {
      if (options.signal?.aborted) break;
      const room = concurrency - inFlight.size;
      const jobs = room > 0 ? await queue.claim(room, leaseMs) : [];
      for (const job of jobs) {
        held.set(job.id, job);
        mayBeStale = true;
        const running = process(job).finally(() => inFlight.delete(running));
        inFlight.add(running);
        // Let the analysis (synchronous) of one job overlap the database round trips of another.
        await Promise.resolve();
      }
      if (jobs.length > 0) continue;
      if (inFlight.size > 0) {
        await Promise.race(inFlight);
        continue;
      }
      if (mayBeStale && options.refresh !== false) {
        const stats = await store.refreshCorpus({ ifStale: true });
        tally.refreshes++;
        log(`corpus: ${stats.documents} documents in ${stats.stories} stories`);
      }
      mayBeStale = false;
      const open = await queue.openCount();
      if (open === 0) {
        if (options.untilEmpty) break;
      } else {
        // Someone else holds jobs: their documents will need joining once they are stored.
        mayBeStale = true;
      }
      await idle(pollMs);
    }
    await Promise.all(inFlight);
  } finally {
    clearInterval(heartbeat);
    await stopListening();
  }
  return tally;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
