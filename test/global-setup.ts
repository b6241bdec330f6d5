// End-to-end tests run the compiled CLI, server and analysis worker and serve web/dist, so those
// must be built from the sources under test. This builds them when a source is newer than the last
// build (scripts/build-if-stale.mjs, the compiler's output shown, not discarded). When the build
// fails, every test that needs it fails saying so (`requireFreshBuild`); the others still run, so a
// type error in one module does not hide the unit tests of the rest.
import type { TestProject } from 'vitest/node';
// @ts-expect-error: a plain .mjs script without type declarations
import { buildIfStale } from '../scripts/build-if-stale.mjs';
import type { BuildProblem } from '../src/test-support/fresh-build.js';

export default function setup(project: TestProject): void {
  const status: number = buildIfStale();
  const problem: BuildProblem =
    status === 0
      ? null
      : `dist/ and web/dist could not be built from the current sources (exit ${status}; the compiler's output is above the test report): end-to-end tests do not run against a stale build`;
  project.provide('buildProblem', problem);
}
