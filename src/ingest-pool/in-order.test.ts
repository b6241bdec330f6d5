import { describe, expect, it } from 'vitest';
import { inOrder } from './in-order.js';

async function* numbers(count: number, read: number[]): AsyncGenerator<number> {
  for (let i = 0; i < count; i++) {
    read.push(i);
    yield i;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inOrder', () => {
  it('hands results on in the order of the items, whatever order the work ends in', async () => {
    const out: number[] = [];
    // Later items finish first.
    for await (const r of inOrder(numbers(12, []), 4, async (i) => {
      await sleep((12 - i) * 2);
      return i * 10;
    }))
      out.push(r);
    expect(out).toEqual(Array.from({ length: 12 }, (_, i) => i * 10));
  });

  it('never has more than the window started and not handed on, and reads no further ahead', async () => {
    const read: number[] = [];
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    for await (const r of inOrder(numbers(40, read), 5, async (i) => {
      running++;
      most = Math.max(most, running);
      await sleep(1);
      running--;
      return i;
    })) {
      // The consumer is slow (a writer storing a batch): the reader must wait for it.
      await sleep(3);
      expect(read.length).toBeLessThanOrEqual(seen.length + 1 + 5 + 1);
      seen.push(r);
    }
    expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(most).toBeLessThanOrEqual(5);
  });

  it('passes a failure on at its place, after the results before it', async () => {
    const out: number[] = [];
    const run = async () => {
      for await (const r of inOrder(numbers(6, []), 3, async (i) => {
        if (i === 3) throw new Error('broken at 3');
        return i;
      }))
        out.push(r);
    };
    await expect(run()).rejects.toThrow('broken at 3');
    expect(out).toEqual([0, 1, 2]);
  });
});
