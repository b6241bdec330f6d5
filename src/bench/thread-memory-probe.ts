/**
 * Preloaded into `rasd serve` by the load run (`node --import`), and so into every worker thread
 * it starts (a worker inherits the process's node flags): each thread writes its V8 heap figures
 * once a second to `RASD_THREAD_MEMORY_DIR/<threadId>.json`, so the bench can say which thread
 * holds the server's resident memory (issue 18: RSS alone could not tell the analysis workers'
 * heaps from the writer's SQLite caches). `threadMemory` reads them back.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isMainThread, threadId } from 'node:worker_threads';

export interface ThreadMemory {
  readonly threadId: number;
  readonly main: boolean;
  readonly heapUsed: number;
  readonly heapTotal: number;
  /** Array buffers: in an analysis worker, mostly the tagger's weights. */
  readonly arrayBuffers: number;
  /**
   * The main thread's heap used right after its last forced full collection (what is alive, not
   * what V8 has yet to collect), when `RASD_THREAD_MEMORY_GC_SECONDS` asks for one every so often.
   */
  readonly heapUsedAfterGc?: number;
}

const dir = process.env.RASD_THREAD_MEMORY_DIR;
const gcSeconds = Number(process.env.RASD_THREAD_MEMORY_GC_SECONDS ?? 0);
if (dir) {
  let heapUsedAfterGc: number | undefined;
  const write = () => {
    const m = process.memoryUsage();
    const figures: ThreadMemory = {
      threadId,
      main: isMainThread,
      heapUsed: m.heapUsed,
      heapTotal: m.heapTotal,
      arrayBuffers: m.arrayBuffers,
      ...(heapUsedAfterGc === undefined ? {} : { heapUsedAfterGc }),
    };
    writeFileSync(join(dir, `${threadId}.json`), JSON.stringify(figures));
  };
  write();
  // unref: the probe never keeps a thread (or the server) alive.
  setInterval(write, 1000).unref();
  if (isMainThread && gcSeconds > 0) {
    const gc = fullCollection();
    setInterval(() => {
      gc();
      heapUsedAfterGc = process.memoryUsage().heapUsed;
      write();
    }, gcSeconds * 1000).unref();
  }
}

/**
 * `RASD_THREAD_MEMORY_ALLOCATIONS=FILE`: the main thread samples what it allocates, garbage
 * included (V8's sampling heap profiler, objects collected by either collector kept), and writes
 * the profile so far to FILE every 30 s (a `.heapprofile`, for DevTools or
 * `scripts/heap-profile-top.mjs`): what fills the heap between two full collections, which a heap
 * snapshot, holding only what is alive, cannot show.
 */
const allocations = process.env.RASD_THREAD_MEMORY_ALLOCATIONS;
if (allocations && isMainThread) {
  const session = new Session();
  session.connect();
  session.post('HeapProfiler.startSampling', {
    samplingInterval: 64 * 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  setInterval(() => {
    session.post('HeapProfiler.getSamplingProfile', (error, result) => {
      if (!error) writeFileSync(allocations, JSON.stringify(result.profile));
    });
  }, 30_000).unref();
}

/** `gc()` without `--expose-gc` on the command line (as `src/server/full-collection.ts` fetches it). */
function fullCollection(): () => void {
  setFlagsFromString('--expose-gc');
  try {
    return runInNewContext('gc') as () => void;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

/** The figures of the threads alive now (written in the last `freshMs`: a worker busy with a long analysis writes late), main thread first. */
export function threadMemory(from: string, freshMs = 15_000): ThreadMemory[] {
  const now = Date.now();
  const threads: ThreadMemory[] = [];
  for (const name of readdirSync(from)) {
    const file = join(from, name);
    try {
      if (now - statSync(file).mtimeMs > freshMs) continue;
      threads.push(JSON.parse(readFileSync(file, 'utf8')) as ThreadMemory);
    } catch {
      // Being rewritten at this moment: the next reading has it.
    }
  }
  return threads.sort((a, b) => Number(b.main) - Number(a.main) || a.threadId - b.threadId);
}
