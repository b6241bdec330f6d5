import { describe, expect, it } from 'vitest';
import { storeTurns } from './store-turns.js';

describe('store turns', () => {
  it('runs one piece of store work at a time and, with no budget, lets the event loop through between turns', async () => {
    const turns = storeTurns(1, 0);
    const log: string[] = [];
    const work = (name: string) => async () => {
      log.push(`${name} start`);
      // A synchronous store read holds the loop; an I/O callback queued meanwhile must run before the next turn.
      setImmediate(() => log.push(`io after ${name}`));
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([turns(work('a')), turns(work('b')), turns(work('c'))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log.indexOf('io after a')).toBeLessThan(log.indexOf('b start'));
    expect(log.indexOf('io after b')).toBeLessThan(log.indexOf('c start'));
  });

  it('ends a pass once its budget is spent, even when each piece ends before the next arrives', async () => {
    // Fifty requests read from their sockets in one pass: each read, being synchronous, ends before
    // the next request arrives, yet once the pass's budget is spent the next must wait for another
    // pass (a health check read in that pass must not wait for all fifty).
    const turns = storeTurns(1, 5);
    const log: string[] = [];
    const holdTheLoop = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // a synchronous store read
      }
    };
    await new Promise<void>((resolve, reject) => {
      setImmediate(async () => {
        await turns(async () => log.push('quick'));
        await turns(async () => {
          log.push('long');
          holdTheLoop(10);
        });
        const late = turns(async () => log.push('late'));
        for (let i = 0; i < 20; i++) await Promise.resolve();
        log.push('rest of the pass');
        await late.then(() => resolve(), reject);
      });
    });
    expect(log).toEqual(['quick', 'long', 'rest of the pass', 'late']);
    // Once the loop has moved on and nothing waits, work starts at once.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    const now = turns(async () => log.push('now'));
    expect(log.at(-1)).toBe('now');
    await now;
  });

  it('runs waiting pieces back to back within the budget', async () => {
    const turns = storeTurns(1, 60_000);
    const log: string[] = [];
    setImmediate(() => log.push('next pass'));
    await Promise.all(['a', 'b', 'c'].map((name) => turns(async () => log.push(name))));
    // All three in the pass they arrived in: the immediate queued before them has not run yet.
    expect(log).toEqual(['a', 'b', 'c']);
  });

  it('keeps at most size pieces under way', async () => {
    const turns = storeTurns(2);
    let running = 0;
    let most = 0;
    const work = async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
    };
    await Promise.all(Array.from({ length: 6 }, () => turns(work)));
    expect(most).toBe(2);
  });

  it('hands the turn on when a piece of work fails', async () => {
    const turns = storeTurns(1);
    const failing = turns(async () => {
      throw new Error('locked');
    });
    await expect(failing).rejects.toThrow('locked');
    await expect(turns(async () => 'next')).resolves.toBe('next');
  });
});
