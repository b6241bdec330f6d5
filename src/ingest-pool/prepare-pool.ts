/**
 * Batch ingest's worker threads: each analyses a document (or reads a ready analysis) and prepares
 * it for the store (`prepareDocument`: features, index forms, blocking keys, the row as JSON), so
 * the thread that writes the store only writes. A job goes to the worker with the fewest jobs in
 * hand; callers bound how many are in flight (`inOrder`), which bounds the queues and the memory.
 *
 * `InThreadPreparer` does the same work on the calling thread: `--workers 0`, and the reference a
 * parallel ingest is tested against (one `Preparer` interface, one ingest loop for both).
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyzeDocument } from '../analyze/analyze.js';
import type { Analysis } from '../contract/analysis.js';
import type { AnalysisInput } from '../core/layers.js';
import type { PreparedDocument } from '../store/prepared.js';
import { prepareDocument } from '../store/queries/prepared-document.js';
import { describeFailure } from './failure.js';

/** A document to analyse (`input`) or an analysis made elsewhere (`analysisJson`), with its source name. */
export type PrepareRequest = (
  | { readonly input: AnalysisInput; readonly analysisJson?: undefined }
  | { readonly analysisJson: string; readonly input?: undefined }
) & { readonly source: string | null };

export type PrepareJob = PrepareRequest & { readonly id: number };

export type PrepareReply =
  | { readonly id: number; readonly prepared: PreparedDocument }
  /** The analysis threw: one failure line, the batch goes on. */
  | { readonly id: number; readonly failed: string }
  /** Anything else: a defect, which stops the batch as it would on one thread. */
  | { readonly id: number; readonly error: string };

export type Prepared = { readonly prepared: PreparedDocument } | { readonly failed: string };

export interface Preparer {
  /** Worker threads doing the work (0: the calling thread). */
  readonly workers: number;
  prepare(request: PrepareRequest): Promise<Prepared>;
  close(): Promise<void>;
}

/** The work of a pool worker, on the calling thread. */
export class InThreadPreparer implements Preparer {
  readonly workers = 0;
  constructor(private readonly analyze: (input: AnalysisInput) => Analysis = analyzeDocument) {}

  async prepare(request: PrepareRequest): Promise<Prepared> {
    let analysis: Analysis;
    if (request.analysisJson !== undefined) analysis = JSON.parse(request.analysisJson) as Analysis;
    else {
      try {
        analysis = this.analyze(request.input);
      } catch (error) {
        return { failed: describeFailure(error) };
      }
    }
    return { prepared: prepareDocument({ analysis, source: request.source }) };
  }

  async close(): Promise<void> {}
}

interface Slot {
  readonly worker: Worker;
  /** Why the worker stopped, once it has: it takes no more jobs. */
  stopped?: Error;
  readonly waiting: Map<number, { resolve: (p: Prepared) => void; reject: (e: Error) => void }>;
}

export interface PoolOptions {
  /** Worker threads; default one per core. */
  readonly size?: number;
  /** A module exporting `analyzeDocument` to use instead of Rasd's (tests). */
  readonly analyzer?: string;
}

export class PreparePool implements Preparer {
  readonly workers: number;
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: PoolOptions = {}) {
    this.workers = Math.max(1, options.size ?? availableParallelism());
    for (let i = 0; i < this.workers; i++) {
      const worker = new Worker(workerFile(), {
        workerData: options.analyzer ? { analyzer: options.analyzer } : {},
      });
      // An idle pool must not keep the process alive if a caller forgets to close it.
      worker.unref();
      const slot: Slot = { worker, waiting: new Map() };
      worker.on('message', (reply: PrepareReply) => this.answer(slot, reply));
      worker.on('error', (error) => this.fail(slot, error));
      worker.on('exit', () => this.fail(slot, new Error('a batch-ingest worker stopped')));
      this.slots.push(slot);
    }
  }

  prepare(request: PrepareRequest): Promise<Prepared> {
    if (this.closed) return Promise.reject(new Error('the ingest pool is closed'));
    let slot: Slot | undefined;
    for (const s of this.slots) if (!s.stopped && (!slot || s.waiting.size < slot.waiting.size)) slot = s;
    if (!slot) return Promise.reject(this.slots[0]?.stopped ?? new Error('no batch-ingest worker'));
    const id = this.nextId++;
    const chosen = slot;
    return new Promise<Prepared>((resolve, reject) => {
      chosen.waiting.set(id, { resolve, reject });
      // A job keeps the process alive until it is answered; an idle worker does not.
      if (chosen.waiting.size === 1) chosen.worker.ref();
      chosen.worker.postMessage({ ...request, id } satisfies PrepareJob);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private answer(slot: Slot, reply: PrepareReply): void {
    const waiter = slot.waiting.get(reply.id);
    if (!waiter) return;
    slot.waiting.delete(reply.id);
    if (slot.waiting.size === 0) slot.worker.unref();
    if ('error' in reply) waiter.reject(new Error(reply.error));
    else if ('failed' in reply) waiter.resolve({ failed: reply.failed });
    else waiter.resolve({ prepared: reply.prepared });
  }

  private fail(slot: Slot, error: Error): void {
    slot.stopped ??= error;
    for (const waiter of slot.waiting.values()) waiter.reject(error);
    slot.waiting.clear();
  }
}

/**
 * The compiled worker: from dist/ it sits beside this module; from src/ (tests under vitest) the
 * build in dist/ is used, which the test setup compiles first.
 */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts')
    ? here.replace(/\/src\/ingest-pool\/prepare-pool\.ts$/, '/dist/ingest-pool/prepare-worker.js')
    : here.replace(/prepare-pool\.js$/, 'prepare-worker.js');
}

/**
 * This thread for the first `warmUp` documents, then a `PreparePool`: each worker loads the
 * analysis models first (~3 s of CPU), which a short ingest never earns back (34 articles took
 * 11.7 s on this thread and 20.8 s with two new workers on a busy machine), while a long one does.
 */
export class WarmingPreparer implements Preparer {
  readonly workers: number;
  private readonly here = new InThreadPreparer();
  private pool: PreparePool | undefined;
  private seen = 0;

  constructor(
    private readonly warmUp: number,
    private readonly options: PoolOptions = {},
  ) {
    this.workers = Math.max(1, options.size ?? availableParallelism());
  }

  prepare(request: PrepareRequest): Promise<Prepared> {
    if (++this.seen <= this.warmUp) return this.here.prepare(request);
    this.pool ??= new PreparePool({ ...this.options, size: this.workers });
    return this.pool.prepare(request);
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}
