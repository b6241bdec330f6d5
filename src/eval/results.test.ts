import { describe, expect, it } from 'vitest';
import { mergeResults, resultsOf } from './results.js';

describe('eval results', () => {
  it('splits a compound "F1 / P / R" cell into one figure each', () => {
    const { figures } = resultsOf([
      { evaluation: 'extraction', metric: 'all body F1 / P / R', value: '0.9 / 0.8 / 1' },
    ]);
    expect(figures).toEqual({
      'extraction · all body F1': 0.9,
      'extraction · all body P': 0.8,
      'extraction · all body R': 1,
    });
  });

  it('keeps what other evaluations wrote, but never an old figure of one that ran and failed', () => {
    const before = mergeResults(
      resultsOf([{ evaluation: 'ner', metric: 'F1', value: 0.7 }], 'ner'),
      resultsOf([{ evaluation: 'real pages', metric: 'title', value: 0.9, split: 'all' }], 'real-pages'),
    );
    const failed = resultsOf([{ evaluation: 'real-pages', metric: 'error', value: 'boom' }], 'real-pages');
    const after = mergeResults(before, failed);
    expect(after.figures).toEqual({ 'ner · F1': 0.7 });
    expect(after.messages).toEqual({ 'real-pages · error': 'boom' });
  });
});
