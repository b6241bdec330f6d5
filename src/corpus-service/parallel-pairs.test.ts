import { afterEach, describe, expect, it } from 'vitest';
import { newsStream } from '../bench/generated-news.js';
import { documentFeatures } from '../corpus/features.js';
import { clusteringOrder, DEFAULT_CLUSTER_OPTIONS, type ScoredPair, strongPairs } from '../corpus/stories.js';
import { joinThreads, PARALLEL_FROM, strongPairsOnThreads } from './parallel-pairs.js';

const byPair = (pairs: readonly ScoredPair[]) => [...pairs].sort((a, b) => a.i - b.i || a.j - b.j);

describe('strongPairsOnThreads', () => {
  // A week of generated news, a few stories a day: enough pairs that a lost shard would show.
  const docs = clusteringOrder(
    [...newsStream(300, { seed: 5, perDay: 40 })].map((analysis, n) => ({
      id: `doc-${String(n).padStart(3, '0')}`,
      features: documentFeatures(analysis),
    })),
  );

  it('finds on three threads the pairs one thread finds, with the same similarities', async () => {
    const one = strongPairs(docs, DEFAULT_CLUSTER_OPTIONS);
    expect(one.length).toBeGreaterThan(50);
    const three = await strongPairsOnThreads(docs, DEFAULT_CLUSTER_OPTIONS, 3);
    expect(byPair(three)).toEqual(byPair(one));
  });
});

describe('joinThreads', () => {
  const saved = process.env.RASD_JOIN_THREADS;
  afterEach(() => {
    if (saved === undefined) delete process.env.RASD_JOIN_THREADS;
    else process.env.RASD_JOIN_THREADS = saved;
  });

  it('keeps a small corpus on this thread and lets RASD_JOIN_THREADS decide', () => {
    delete process.env.RASD_JOIN_THREADS;
    expect(joinThreads(PARALLEL_FROM - 1)).toBe(1);
    process.env.RASD_JOIN_THREADS = '3';
    expect(joinThreads(10)).toBe(3);
  });
});
