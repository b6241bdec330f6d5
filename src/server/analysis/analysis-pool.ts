/**
 * Analyses for the server, run in worker threads so that no request, however large, blocks the
 * event loop that answers health checks and reads. A pool of `size` workers (one per core by
 * default) takes one analysis each; when all are busy a new one is refused at once (the route
 * answers 429 with Retry-After) rather than queued behind minutes of work. Each analysis has a
 * deadline: past it the worker is terminated — the work really stops and its memory is freed —
 * and a fresh worker takes its place.
 *
 * Two refinements keep one kind of request from starving another (issue 18's load run):
 *  - a large input (over `LARGE_INPUT_CHARS`) may hold at most `size - 1` workers, so a client
 *    sending 4 MB analyses back to back always leaves one worker to everybody else;
 *  - a caller that asks to `wait` (document ingestion, authenticated) joins a short queue, at most
 *    `maxWaiting` long and for at most the deadline, instead of being refused at once: a writer
 *    posting articles one after another meets a busy worker often and should not see 429 for it.
 * A worker runs a large analysis at a lower priority (the event loop goes first when both want the
 * CPU) and is replaced by a fresh one afterwards, which gives its grown heap back.
 * The worker sends its analysis back as JSON text: cloning a big analysis into the event loop's
 * thread and serialising it there took hundreds of milliseconds during which nothing else was
 * answered; a string crosses threads as one copy and goes out as the body as it is.
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
  /** Over `LARGE_INPUT_CHARS`: the worker runs it at a lower priority, and is replaced after it. */
  readonly large: boolean;
}

type Reply = { readonly id: number; readonly json: string } | { readonly id: number; readonly error: string };

/** Inputs longer than this (UTF-16 units, about 1 MB of Arabic) are large (see above). */
export const LARGE_INPUT_CHARS = 512 * 1024;

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
  /** Callers that may wait for a worker at once (those asking to `wait`); default 4 per worker. */
  readonly maxWaiting?: number;
}

export interface AnalyzeOptions {
  /** Wait (briefly, in a bounded queue) for a busy worker instead of being refused at once. */
  readonly wait?: boolean;
}

export type Analyze = (
  input: AnalysisInput,
  context: AnalysisContext,
  options?: AnalyzeOptions,
) => Promise<Analysis>;
/** The same, answered as the analysis's JSON text. */
export type AnalyzeJson = (
  input: AnalysisInput,
  context: AnalysisContext,
  options?: AnalyzeOptions,
) => Promise<string>;

interface Waiter {
  readonly large: boolean;
  /** Hands the waiter a worker, or null when it cannot have one (the pool closed). */
  readonly take: (slot: Slot | null) => void;
}

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
  private readonly waiting: Waiter[] = [];
  private nextId = 1;
  private closed = false;
  private largeBusy = 0;
  readonly size: number;
  readonly deadlineMs: number;
  readonly maxWaiting: number;

  constructor(options: PoolOptions) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.deadlineMs = options.deadlineMs;
    this.maxWaiting = options.maxWaiting ?? 4 * this.size;
    for (let i = 0; i < this.size; i++) this.slots.push({ worker: this.spawn(), busy: false });
  }

  /** Analyses in a free worker; throws PoolBusyError when none is free (at once, or after waiting). */
  readonly analyze: Analyze = async (input, context, options) =>
    JSON.parse(await this.analyzeJson(input, context, options)) as Analysis;

  readonly analyzeJson: AnalyzeJson = async (input, context, options = {}) => {
    if (this.closed) throw new Error('the analysis pool is closed');
    const large = input.text.length > LARGE_INPUT_CHARS;
    const slot = this.freeSlot(large) ?? (options.wait ? await this.waitForSlot(large) : null);
    if (!slot) throw this.busy();
    return this.runOn(slot, large, input, context);
  };

  /** Whether an analysis of this size would find a worker now (lets a route refuse before reading a body). */
  canTake(large: boolean): boolean {
    return this.freeSlot(large) !== null;
  }

  private busy(): PoolBusyError {
    return new PoolBusyError(Math.max(1, Math.ceil(this.deadlineMs / 2000)));
  }

  private freeSlot(large: boolean): Slot | null {
    if (large && this.largeBusy >= Math.max(1, this.size - 1)) return null;
    return this.slots.find((s) => !s.busy) ?? null;
  }

  private waitForSlot(large: boolean): Promise<Slot | null> {
    if (this.waiting.length >= this.maxWaiting) return Promise.resolve(null);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        large,
        take: (slot) => {
          clearTimeout(timer);
          resolve(slot);
        },
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        resolve(null);
      }, this.deadlineMs);
      this.waiting.push(waiter);
    });
  }

  /** A worker came free: the first waiter that may use it takes it. */
  private handOver(): void {
    for (const [index, waiter] of this.waiting.entries()) {
      const slot = this.freeSlot(waiter.large);
      if (!slot) continue;
      this.waiting.splice(index, 1);
      waiter.take(slot);
      return;
    }
  }

  private runOn(slot: Slot, large: boolean, input: AnalysisInput, context: AnalysisContext): Promise<string> {
    slot.busy = true;
    if (large) this.largeBusy++;
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      const { worker } = slot;
      const finish = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        slot.busy = false;
        if (large) this.largeBusy--;
        // After the caller's own continuation: a replaced worker is in place by then.
        queueMicrotask(() => this.handOver());
      };
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        finish();
        // A large analysis grows the worker's heap by hundreds of megabytes, which V8 keeps: a
        // fresh worker takes its place, so the server's memory returns to where it was.
        if (large) this.recycle(slot);
        if ('error' in reply) reject(new Error(reply.error));
        else resolve(reply.json);
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
      worker.postMessage({ id, input, context, large } satisfies AnalysisJob);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.take(null);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(workerFile());
    // An idle worker must not keep the process alive (tests, `rasd serve` shutting down).
    worker.unref();
    return worker;
  }

  private recycle(slot: Slot): void {
    void slot.worker.terminate();
    this.replace(slot);
  }

  private replace(slot: Slot): void {
    if (this.closed) return;
    slot.worker = this.spawn();
  }
}
