/**
 * Analyses for the server, run in worker threads so that no request, however large, blocks the
 * event loop that answers health checks and reads. A pool of `size` workers (one per core by
 * default) takes one analysis each; when all are busy a new one is refused at once (the route
 * answers 429 with Retry-After) rather than queued behind minutes of work. Each analysis has a
 * deadline: past it the worker is terminated — the work really stops and its memory is freed —
 * and a fresh worker takes its place.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../../contract/analysis.js';
import type { AnalysisContext, AnalysisInput } from '../../core/layers.js';

export interface AnalysisJob {
  readonly id: number;
  readonly input: AnalysisInput;
  readonly context: AnalysisContext;
}

type Reply =
  | { readonly id: number; readonly analysis: Analysis }
  | { readonly id: number; readonly error: string };

/** All workers are busy: the caller should answer 429. */
export class PoolBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('every analysis worker is busy');
    this.name = 'PoolBusyError';
  }
}

/** The analysis outlived its deadline and its worker was terminated. */
export class DeadlineError extends Error {
  constructor(readonly deadlineMs: number) {
    super(`the analysis was stopped after ${deadlineMs / 1000} s`);
    this.name = 'DeadlineError';
  }
}

export interface PoolOptions {
  /** Workers, i.e. analyses at once; default one per core. */
  readonly size?: number;
  /** Milliseconds one analysis may run before its worker is terminated. */
  readonly deadlineMs: number;
}

export type Analyze = (input: AnalysisInput, context: AnalysisContext) => Promise<Analysis>;

interface Slot {
  worker: Worker;
  busy: boolean;
}

/**
 * The compiled worker: from dist/ it sits beside this module; from src/ (tests under vitest) the
 * build in dist/ is used, which the test setup compiles first.
 */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const built = here.endsWith('.ts')
    ? here.replace(/\/src\/(.*)analysis-pool\.ts$/, '/dist/$1analysis-worker.js')
    : here.replace(/analysis-pool\.js$/, 'analysis-worker.js');
  return built;
}

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;
  readonly size: number;
  readonly deadlineMs: number;

  constructor(options: PoolOptions) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.deadlineMs = options.deadlineMs;
    for (let i = 0; i < this.size; i++) this.slots.push({ worker: this.spawn(), busy: false });
  }

  /** Analyses in a free worker; throws PoolBusyError at once when none is free. */
  readonly analyze: Analyze = (input, context) => {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    const slot = this.slots.find((s) => !s.busy);
    if (!slot) return Promise.reject(new PoolBusyError(Math.max(1, Math.ceil(this.deadlineMs / 2000))));
    slot.busy = true;
    const id = this.nextId++;
    return new Promise<Analysis>((resolve, reject) => {
      const { worker } = slot;
      const finish = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        slot.busy = false;
      };
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        finish();
        if ('error' in reply) reject(new Error(reply.error));
        else resolve(reply.analysis);
      };
      const onError = (error: Error) => {
        finish();
        this.replace(slot);
        reject(error);
      };
      const onExit = () => {
        finish();
        if (!this.closed) this.replace(slot);
        reject(new Error('the analysis worker stopped'));
      };
      const timer = setTimeout(() => {
        finish();
        // terminate() stops the thread mid-computation; a new worker serves the next request.
        void worker.terminate();
        this.replace(slot);
        reject(new DeadlineError(this.deadlineMs));
      }, this.deadlineMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage({ id, input, context } satisfies AnalysisJob);
    });
  };

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(workerFile());
    // An idle worker must not keep the process alive (tests, `rasd serve` shutting down).
    worker.unref();
    return worker;
  }

  private replace(slot: Slot): void {
    if (this.closed) return;
    slot.worker = this.spawn();
  }
}
