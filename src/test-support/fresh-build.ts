/**
 * For tests that run the compiled code (bin/rasd.js, dist/, web/dist): fails them, saying why, when
 * the global setup (`test/global-setup.ts`) could not build it from the current sources, rather
 * than letting them pass or fail against an old build.
 */
import { inject } from 'vitest';

/** Why dist/ or web/dist is not a build of the current sources, or null when it is. */
export type BuildProblem = string | null;

declare module 'vitest' {
  export interface ProvidedContext {
    buildProblem: BuildProblem;
  }
}

export function requireFreshBuild(): void {
  const problem = inject('buildProblem');
  if (problem) throw new Error(problem);
}
