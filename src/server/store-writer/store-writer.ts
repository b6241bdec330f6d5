/**
 * The embedded store's writes, on a thread of their own. better-sqlite3 is synchronous: storing a
 * document and joining it to the corpus held the event loop for tens to hundreds of milliseconds,
 * and every health check and read waited behind it (issue 18's load run). Here a worker thread
 * with its own connection to the same SQLite file does every write, one at a time in the order
 * they came; WAL lets the event loop's connection go on reading meanwhile, and each read sees the
 * store as one committed state (read-snapshot.ts). The event loop only sends the analysis (as the
 * JSON text the analysis worker wrote) and waits for the answer.
 *
 * A write answers what `Store.putDocument` / `Store.refreshCorpus` answer, and fails with the
 * same `StoreError` (message and code), so the routes answer as before. If the thread dies, the
 * writes in flight fail and the next write starts a new thread.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type CorpusStats, type PutResult, StoreError } from '../../store/store.js';

/** What the routes write through: the store's two writes, the analysis given as JSON text. */
export interface DocumentWriter {
  putDocument(input: { readonly analysisJson: string; readonly source: string | null }): Promise<PutResult>;
  refreshCorpus(options?: { readonly ifStale?: boolean }): Promise<CorpusStats>;
}

export interface WriterData {
  /** The SQLite file (already made and migrated by the server's own connection). */
  readonly path: string;
  /**
   * Tests only: while element 0 of this Int32Array's buffer is 0, every job blocks the thread
   * before it starts (and counts itself in element 1), as a long write would.
   */
  readonly hold?: SharedArrayBuffer;
}

export type WriteJob = { readonly id: number } & (
  | { readonly kind: 'put'; readonly analysisJson: string; readonly source: string | null }
  | { readonly kind: 'refresh'; readonly options: { readonly ifStale?: boolean } }
  | { readonly kind: 'close' }
);

export interface WriteFailure {
  readonly name: string;
  readonly message: string;
  readonly code?: StoreError['code'];
}

export type WriteReply =
  | { readonly id: number; readonly result: unknown }
  | { readonly id: number; readonly error: WriteFailure };

type JobBody = WriteJob extends infer J ? (J extends WriteJob ? Omit<J, 'id'> : never) : never;

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

/** The compiled worker: beside this module in dist/; from src/ (vitest) the build in dist/. */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts')
    ? here.replace(/\/src\/(.*)store-writer\.ts$/, '/dist/$1store-writer-worker.js')
    : here.replace(/store-writer\.js$/, 'store-writer-worker.js');
}

export class StoreWriter implements DocumentWriter {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly data: WriterData) {}

  putDocument(input: { readonly analysisJson: string; readonly source: string | null }): Promise<PutResult> {
    return this.send({ kind: 'put', ...input }) as Promise<PutResult>;
  }

  refreshCorpus(options: { readonly ifStale?: boolean } = {}): Promise<CorpusStats> {
    return this.send({ kind: 'refresh', options }) as Promise<CorpusStats>;
  }

  /** Lets the writes already sent finish, closes the thread's connection and stops the thread. */
  async close(): Promise<void> {
    if (this.closed) return;
    const worker = this.worker;
    const last = worker ? this.send({ kind: 'close' }).catch(() => undefined) : null;
    this.closed = true;
    if (!worker) return;
    await last;
    await worker.terminate();
  }

  private send(job: JobBody): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('the store writer is closed'));
    const worker = this.worker ?? this.spawn();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...job } as WriteJob);
    });
  }

  private spawn(): Worker {
    const worker = new Worker(workerFile(), { workerData: this.data });
    worker.on('message', (reply: WriteReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if ('error' in reply) waiting.reject(rebuilt(reply.error));
      else waiting.resolve(reply.result);
    });
    const lost = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', lost);
    worker.on('exit', () => lost(new Error('the store writer thread stopped')));
    this.worker = worker;
    return worker;
  }
}

/** The error as the store threw it in the writer's thread: a `StoreError` keeps its code. */
function rebuilt(failure: WriteFailure): Error {
  if (failure.name === 'StoreError') return new StoreError(failure.message, failure.code ?? 'other');
  const error = new Error(failure.message);
  error.name = failure.name;
  return error;
}
