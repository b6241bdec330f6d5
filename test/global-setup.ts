// End-to-end tests run the compiled CLI, so the build must match the sources under test. Type
// errors are reported by `npm run check` (part of `npm test`); tsc still emits, so a type error
// elsewhere does not stop unrelated tests from running.
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'ignore' });
}
