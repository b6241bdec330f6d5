// The run's last line is what CI counts; an expected failure must not be counted as a pass.
import { describe, expect, it } from 'vitest';
import { summaryLines, tallyOutcomes } from './summary-reporter.js';

const outcome = (name: string, state: string, expectedToFail = false) => ({ name, state, expectedToFail });

describe('the test run summary', () => {
  it('counts an it.fails that failed as expected apart from the passes, and names it', () => {
    const tally = tallyOutcomes([
      outcome('a', 'passed'),
      outcome('b', 'passed'),
      outcome('known gap', 'passed', true),
      outcome('c', 'failed'),
      outcome('d', 'skipped'),
    ]);
    expect(tally).toEqual({ passed: 2, failed: 1, skipped: 1, expectedFailures: ['known gap'] });
    const lines = summaryLines(tally).trim().split('\n');
    expect(lines).toEqual([
      'expected to fail (it.fails): known gap',
      '2 passed, 1 failed, 1 skipped, 1 expected to fail',
    ]);
  });

  it('counts an it.fails that unexpectedly passed (Vitest marks it failed) as a failure', () => {
    const tally = tallyOutcomes([outcome('fixed gap', 'failed', true)]);
    expect(tally).toEqual({ passed: 0, failed: 1, skipped: 0, expectedFailures: [] });
  });

  it('keeps the plain three counts when nothing is expected to fail', () => {
    expect(summaryLines(tallyOutcomes([outcome('a', 'passed')]))).toBe('\n1 passed, 0 failed, 0 skipped\n');
  });
});
