import { describe, expect, it } from 'vitest';
import { columnOf, SplitCounts } from './own-words-sets.js';

describe('SplitCounts', () => {
  it('counts each answer in its column and in all, metrics in the order they first came', () => {
    const counts = new SplitCounts();
    counts.add('class a', columnOf('tune'), true);
    counts.add('class a', columnOf('check'), false);
    counts.add('all', columnOf('tune'), true);
    expect(counts.rows('test').map((r) => `${r.metric} ${r.split} ${r.note}`)).toEqual([
      'class a tune 1/1',
      'class a held 0/1',
      'class a all 1/2',
      'all tune 1/1',
      'all held 0/0',
      'all all 1/1',
    ]);
    expect(counts.rows('test').find((r) => r.metric === 'all' && r.split === 'held')?.value).toBeNull();
  });
});
