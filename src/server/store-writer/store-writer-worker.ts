/**
 * The body of the store writer's thread (store-writer.ts): its own connection to the SQLite file,
 * on which it stores documents and joins them to the corpus, one job at a time in the order they
 * came. Answers `{ id, result }` or `{ id, error }`; a `StoreError` keeps its code so the server
 * answers as it did when it wrote on the event loop's thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Analysis } from '../../contract/analysis.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { type Store, StoreError } from '../../store/store.js';
import type { WriteFailure, WriteJob, WriteReply, WriterData } from './store-writer.js';

const data = workerData as WriterData;
const opened: Promise<Store> = openSqliteStore(data.path, { mustExist: true });
// Rejections are answered per job; this keeps an unopenable store from being an unhandled one.
opened.catch(() => undefined);
let queue: Promise<unknown> = Promise.resolve();

parentPort?.on('message', (job: WriteJob) => {
  queue = queue.then(() => answer(job));
});

async function answer(job: WriteJob): Promise<void> {
  let reply: WriteReply;
  try {
    holdIfAsked();
    reply = { id: job.id, result: await run(await opened, job) };
  } catch (error) {
    reply = { id: job.id, error: describe(error) };
  }
  parentPort?.postMessage(reply);
}

function run(store: Store, job: WriteJob): Promise<unknown> {
  switch (job.kind) {
    case 'put':
      return store.putDocument({ analysis: JSON.parse(job.analysisJson) as Analysis, source: job.source });
    case 'refresh':
      return store.refreshCorpus(job.options);
    case 'close':
      return store.close();
  }
}

/**
 * Tests only (`WriterData.hold`): the job blocks this thread, as a long synchronous SQLite write
 * does, until the test releases it; the count of held jobs tells the test a write is under way.
 */
function holdIfAsked(): void {
  if (!data.hold) return;
  const flags = new Int32Array(data.hold);
  if (Atomics.load(flags, 0) !== 0) return;
  Atomics.add(flags, 1, 1);
  Atomics.notify(flags, 1);
  Atomics.wait(flags, 0, 0);
}

function describe(error: unknown): WriteFailure {
  if (error instanceof StoreError) return { name: error.name, message: error.message, code: error.code };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}
