// End-to-end tests run the compiled CLI, so the build must match the sources under test.
import { execSync } from 'node:child_process';

export default function setup(): void {
  execSync('npx tsc -p tsconfig.build.json', { stdio: 'inherit' });
}
