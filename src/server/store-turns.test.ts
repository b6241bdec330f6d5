import { describe, expect, it } from 'vitest';
import { storeTurns } from './store-turns.js';

describe('store turns', () => {
  it('runs one piece of store work at a time and lets the event loop through between turns', async () => {
    const turns = storeTurns(1);
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

  it('hands the turn on when a piece of work fails', async () => {
    const turns = storeTurns(1);
    const failing = turns(async () => {
      throw new Error('locked');
    });
    await expect(failing).rejects.toThrow('locked');
    await expect(turns(async () => 'next')).resolves.toBe('next');
  });
});
