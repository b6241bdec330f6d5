/**
 * The strong pairs of a whole-corpus rebuild found on several threads: scoring the blocked pairs is
 * most of a rebuild's CPU (millions of pairs for ten thousand documents), and each pair depends on
 * its two documents alone, so each thread takes the documents whose index falls in its shard
 * (`story-blocking.ts` rule 6) and this thread takes the first shard meanwhile. The union is the
 * single-thread answer, pair for pair and bit for bit: the similarity is the same arithmetic on
 * the same numbers, and clustering sorts the pairs before it reads them.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  type ClusterDocument,
  type ClusterOptions,
  type ScoredPair,
  strongPairs,
} from '../corpus/stories.js';

/** Below this many documents a thread's start (~50 ms) costs more than it saves. */
export const PARALLEL_FROM = 2000;

export interface PairJob {
  /**
   * The documents as JSON: a structured clone of ten thousand documents' word counts (an object of
   * a hundred keys each) took ten times as long as writing and parsing them as JSON.
   */
  readonly docsJson: string;
  readonly options: ClusterOptions;
  readonly shard: { readonly index: number; readonly count: number };
}

/**
 * How many threads score a rebuild's pairs: `RASD_JOIN_THREADS` when set (1: this thread only),
 * else one per core, at most four; one below `PARALLEL_FROM` documents.
 */
export function joinThreads(documents: number): number {
  const set = Number.parseInt(process.env.RASD_JOIN_THREADS ?? '', 10);
  if (Number.isInteger(set) && set >= 1) return set;
  return documents < PARALLEL_FROM ? 1 : Math.min(4, availableParallelism());
}

/** `strongPairs` of `docs` (in `clusteringOrder`) over `threads` threads, this one included. */
export async function strongPairsOnThreads(
  docs: readonly ClusterDocument[],
  options: ClusterOptions,
  threads: number,
): Promise<ScoredPair[]> {
  if (threads <= 1) return strongPairs(docs, options);
  const docsJson = JSON.stringify(docs);
  const others = Array.from({ length: threads - 1 }, (_, k) =>
    scoreOnWorker({ docsJson, options, shard: { index: k + 1, count: threads } }),
  );
  // Ours after the others have their copies of the documents, so the threads overlap.
  const ours = strongPairs(docs, options, undefined, { index: 0, count: threads });
  return ours.concat(...(await Promise.all(others)));
}

function scoreOnWorker(job: PairJob): Promise<ScoredPair[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), { workerData: job });
    worker.once('message', (flat: Float64Array) => {
      const pairs: ScoredPair[] = [];
      for (let k = 0; k < flat.length; k += 3)
        pairs.push({ i: flat[k] as number, j: flat[k + 1] as number, sim: flat[k + 2] as number });
      resolve(pairs);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a pair-scoring thread stopped (exit ${code})`)));
  });
}

/**
 * The compiled worker: from dist/ it sits beside this module; from src/ (tests under vitest) the
 * build in dist/ is used, which the test setup compiles first.
 */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts')
    ? here.replace(/\/src\/corpus-service\/parallel-pairs\.ts$/, '/dist/corpus-service/pair-worker.js')
    : here.replace(/parallel-pairs\.js$/, 'pair-worker.js');
}
