// A large analysis lowers its worker thread's priority, never the event loop's: on Linux the nice
// value is per thread. Runs dist/'s build of the module (compiled by the test setup) in a worker.
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireFreshBuild } from '../test-support/fresh-build.js';

const MODULE = new URL('../../dist/server/thread-priority.js', import.meta.url).href;
beforeAll(requireFreshBuild);

describe.runIf(process.platform === 'linux')('lowering a thread’s priority', () => {
  it('lowers the calling worker thread only, and leaves the event loop’s thread as it was', async () => {
    const before = getPriority();
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       const { getPriority } = require('node:os');
       import(${JSON.stringify(MODULE)}).then(({ lowerThisThreadPriority }) => {
         lowerThisThreadPriority(3);
         parentPort.postMessage(getPriority());
       });`,
      { eval: true },
    );
    const lowered = await new Promise<number>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(lowered).toBe(Math.min(19, before + 3));
    expect(getPriority()).toBe(before);
  });
});
