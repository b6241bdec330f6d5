import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { collectGarbageOnce } from './full-collection.js';

describe('collectGarbageOnce', () => {
  it('frees a large unreachable array at once', () => {
    let garbage: number[] | null = new Array(6_000_000).fill(1.5);
    const held = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(6_000_000);
    garbage = null;
    collectGarbageOnce();
    // 6 million doubles are 48 MB: most of it must be gone.
    expect(held - process.memoryUsage().heapUsed).toBeGreaterThan(30 * 2 ** 20);
  });

  it('leaves no gc() behind for other contexts', () => {
    collectGarbageOnce();
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});
