// Test helpers stay out of dist/: a module under src/ that imports vitest (or fast-check) must be a
// test or sit where tsconfig.build.json leaves it out (a test-support/ folder or test-support.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/run-cli.js';

const TEST_ONLY = /from\s+['"](vitest|fast-check)['"]/;

function modules(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? modules(path) : /\.tsx?$/.test(entry) ? [path] : [];
  });
}

/** Whether tsconfig.build.json's exclude patterns leave `path` (relative to the project) out. */
function leftOutOfBuild(path: string): boolean {
  const { exclude } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'tsconfig.build.json'), 'utf8')) as {
    exclude: string[];
  };
  return exclude.some((pattern) => {
    const regex = pattern
      .split('**/')
      .map((part) =>
        part
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*\*/g, '.*')
          .replace(/\*/g, '[^/]*'),
      )
      .join('(?:.*/)?');
    return new RegExp(`^${regex}$`).test(path);
  });
}

describe('dist/', () => {
  it('gets no module that imports a test library', () => {
    const shipped = modules(join(PROJECT_ROOT, 'src'))
      .filter((path) => TEST_ONLY.test(readFileSync(path, 'utf8')))
      .map((path) => relative(PROJECT_ROOT, path))
      .filter((path) => !leftOutOfBuild(path));
    expect(shipped).toEqual([]);
  });

  it('reads the build exclusions as tsc does', () => {
    expect(leftOutOfBuild('src/store/test-support/contract-suite.ts')).toBe(true);
    expect(leftOutOfBuild('src/times/test-support.ts')).toBe(true);
    expect(leftOutOfBuild('src/times/scan.test.ts')).toBe(true);
    expect(leftOutOfBuild('src/store/contract-suite.ts')).toBe(false);
    expect(leftOutOfBuild('src/times/scan.ts')).toBe(false);
  });
});
