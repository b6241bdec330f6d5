// Issue 18: one request must not freeze the server. Analyses run in worker threads (the built
// worker in dist/, compiled by the test setup), a deadline terminates the worker, a full pool
// refuses with 429, and health answers while an analysis runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticNews } from '../../bench/synthetic-news.js';
import { requireFreshBuild } from '../../test-support/fresh-build.js';
import { DEFAULT_LIMITS } from '../config.js';
import { errorOf, postJson, TEST_TOKEN, testApp } from '../test-support/test-app.js';
import { AnalysisPool, DeadlineError, PoolBusyError } from './analysis-pool.js';

const BIG = syntheticNews(2 * 2 ** 20, 'one paragraph');
const SMALL = 'افتتحت البلدية في إربد مكتبة عامة جديدة للأطفال.';
const pools: AnalysisPool[] = [];
// The pool runs dist/'s worker: fail, saying why, when that is not a build of these sources.
beforeAll(requireFreshBuild);
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
});

function pool(size: number, deadlineMs: number): AnalysisPool {
  const made = new AnalysisPool({ size, deadlineMs });
  pools.push(made);
  return made;
}

const bearer = { authorization: `Bearer ${TEST_TOKEN}` };
const limits = { ...DEFAULT_LIMITS, maxBodyBytes: 8 * 2 ** 20, maxAnonymousAnalyzeBytes: 8 * 1024 };

describe('the analysis pool', () => {
  it('analyses in a worker thread what the pipeline analyses', async () => {
    const analysis = await pool(1, 60_000).analyze({ text: SMALL }, {});
    expect(analysis.text).toBe(SMALL);
    expect(analysis.entities.length).toBeGreaterThan(0);
  });

  it('terminates an analysis past its deadline and serves the next request with a fresh worker', async () => {
    const small = pool(1, 300);
    const started = Date.now();
    await expect(small.analyze({ text: BIG }, {})).rejects.toBeInstanceOf(DeadlineError);
    expect(Date.now() - started).toBeLessThan(5_000);
    const generous = pool(1, 60_000);
    await expect(generous.analyze({ text: SMALL }, {})).resolves.toMatchObject({ text: SMALL });
  });

  it('refuses at once when every worker is busy', async () => {
    const one = pool(1, 1_000);
    const running = one.analyze({ text: BIG }, {}).catch((error: unknown) => error);
    await expect(one.analyze({ text: SMALL }, {})).rejects.toBeInstanceOf(PoolBusyError);
    expect(await running).toBeInstanceOf(DeadlineError);
  });
});

describe('the analysis pool under mixed load', () => {
  it('lets a caller that waits have the next free worker instead of a 429', async () => {
    const one = pool(1, 60_000);
    const first = one.analyze({ text: SMALL }, {});
    await expect(one.analyze({ text: SMALL }, {})).rejects.toBeInstanceOf(PoolBusyError);
    const waited = one.analyze({ text: `${SMALL} ثانياً` }, {}, { wait: true });
    await expect(first).resolves.toMatchObject({ text: SMALL });
    await expect(waited).resolves.toMatchObject({ text: `${SMALL} ثانياً` });
  });

  it('keeps one worker for ordinary texts while large ones run', async () => {
    const two = pool(2, 60_000);
    // Both workers load their models first, so the ordinary text below is answered at once.
    await Promise.all([two.analyze({ text: SMALL }, {}), two.analyze({ text: SMALL }, {})]);
    const large = two.analyze({ text: BIG }, {}).catch((error: unknown) => error);
    expect(two.canTake(true)).toBe(false);
    expect(two.canTake(false)).toBe(true);
    await expect(two.analyze({ text: BIG }, {})).rejects.toBeInstanceOf(PoolBusyError);
    await expect(two.analyze({ text: SMALL }, {})).resolves.toMatchObject({ text: SMALL });
    await two.close(); // stops the large analysis
    expect(await large).toBeInstanceOf(Error);
  });
});

describe('the server with the pool', () => {
  it('answers a big analysis past the deadline with a clear 504 while /api/health answers meanwhile', async () => {
    const app = testApp({ analyze: pool(1, 500).analyze, limits });
    let analysisDone = false;
    const analysing = Promise.resolve(app.request('/api/analyze', postJson({ text: BIG }, bearer))).finally(
      () => {
        analysisDone = true;
      },
    );
    const health = await app.request('/api/health');
    expect(health.status).toBe(200);
    expect(analysisDone).toBe(false);
    const res = await analysing;
    expect(res.status).toBe(504);
    const error = await errorOf(res);
    expect(error.code).toBe('analysis_deadline');
    expect(error.message).toMatch(/took too long/);
  });

  it('answers 429 with Retry-After when every worker is busy', async () => {
    const app = testApp({ analyze: pool(1, 1_000).analyze, limits });
    const first = app.request('/api/analyze', postJson({ text: BIG }, bearer));
    const second = await app.request('/api/analyze', postJson({ text: SMALL }));
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await first).status).toBe(504);
  });

  it('gives an analysis without the token a smaller body limit than one with it', async () => {
    const app = testApp({ limits });
    const text = SMALL.repeat(120);
    const anonymous = await app.request('/api/analyze', postJson({ text }));
    expect(anonymous.status).toBe(413);
    expect((await errorOf(anonymous)).message).toMatch(/without the bearer token/);
    expect((await app.request('/api/analyze', postJson({ text: SMALL }))).status).toBe(200);
    const authorised = await app.request('/api/analyze', postJson({ text }, bearer));
    expect(authorised.status).toBe(200);
  });
});
