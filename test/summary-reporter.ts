// CI reads the run's last line to count tests; Vitest's own summary is not a format it knows,
// so this reporter closes the run with the plain "N passed, N failed" line.
//
// An expected failure (`it.fails`) is reported by Vitest as passed when it fails as expected. It
// is not a passing behaviour, though: it records a known gap. So it is counted apart, named on the
// lines above the summary, and appended to it as "N expected to fail".
import type { Reporter, TestCase, TestModule } from 'vitest/node';

export interface TestOutcome {
  readonly name: string;
  /** Vitest's state: `passed` for an `it.fails` that failed as expected. */
  readonly state: string;
  /** Declared with `it.fails`. */
  readonly expectedToFail: boolean;
}

export interface Tally {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  /** The `it.fails` tests that failed as they were expected to. */
  readonly expectedFailures: readonly string[];
}

export function tallyOutcomes(outcomes: Iterable<TestOutcome>): Tally {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const expectedFailures: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.state === 'passed' && outcome.expectedToFail) expectedFailures.push(outcome.name);
    else if (outcome.state === 'passed') passed++;
    else if (outcome.state === 'failed') failed++;
    else skipped++;
  }
  return { passed, failed, skipped, expectedFailures };
}

export function summaryLines(tally: Tally): string {
  const { passed, failed, skipped, expectedFailures } = tally;
  let out = '\n';
  for (const name of expectedFailures) out += `expected to fail (it.fails): ${name}\n`;
  out += `${passed} passed, ${failed} failed, ${skipped} skipped`;
  if (expectedFailures.length > 0) out += `, ${expectedFailures.length} expected to fail`;
  return `${out}\n`;
}

function outcomeOf(test: TestCase): TestOutcome {
  return {
    name: `${test.module.moduleId.replace(`${process.cwd()}/`, '')} > ${test.fullName}`,
    state: test.result().state,
    expectedToFail: test.options.fails === true,
  };
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const outcomes = testModules.flatMap((module) => [...module.children.allTests()].map(outcomeOf));
    process.stdout.write(summaryLines(tallyOutcomes(outcomes)));
  }
}
