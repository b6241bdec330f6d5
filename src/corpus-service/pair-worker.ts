/**
 * One pair-scoring thread of a rebuild (`parallel-pairs.ts`): the strong pairs of its shard, sent
 * back as one array of (i, j, similarity) triples, which is copied far faster than objects.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type ClusterDocument, strongPairs } from '../corpus/stories.js';
import type { PairJob } from './parallel-pairs.js';

const job = workerData as PairJob;
const docs = JSON.parse(job.docsJson) as ClusterDocument[];
const pairs = strongPairs(docs, job.options, undefined, job.shard);
const flat = new Float64Array(pairs.length * 3);
pairs.forEach((p, k) => {
  flat[3 * k] = p.i;
  flat[3 * k + 1] = p.j;
  flat[3 * k + 2] = p.sim;
});
parentPort?.postMessage(flat, [flat.buffer]);
