// Builds dist/ and web/dist only when a source is newer than the last build. `npm ci` runs it (the
// `prepare` script), and so does `npm run demo`, so a fresh clone builds once, not twice. npx runs
// `prepare` too each time it links this package into its cache to run `npx rasd` (npm 11 does that
// for a project's own bin); the stamp keeps that first `npx rasd` from paying for a full build.
//
// This install-time build compiles and bundles but does not type-check the web UI: `npm run
// check` (part of `npm test`) does, and `npm run build` still does both.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const sources = [
  'src',
  'web',
  'data',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
  'package-lock.json',
];
const skipped = new Set(['node_modules', 'dist']);

function newestMtime(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (!skipped.has(entry)) newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Whether `root`'s last build (dist/.build-stamp) is newer than every source, with web/dist built. */
export function buildIsFresh(root = ROOT) {
  const stamp = join(root, 'dist', '.build-stamp');
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const changed = Math.max(...sources.map((source) => newestMtime(join(root, source))));
  return built > changed && existsSync(join(root, 'web', 'dist', 'index.html'));
}

const STEPS = [
  {
    what: 'compiling the TypeScript sources into dist/ (tsc)',
    bin: 'tsc',
    args: ['-p', 'tsconfig.build.json'],
  },
  {
    what: 'bundling the web UI into web/dist/ (Vite)',
    bin: 'vite',
    args: ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
  },
];

/** Builds unless fresh, saying what it does and how long each step took; returns an exit status. */
export function buildIfStale(log = (line) => process.stderr.write(`${line}\n`), root = ROOT) {
  if (buildIsFresh(root)) {
    log('rasd: dist/ and web/dist are up to date with the sources; not building');
    return 0;
  }
  log(`rasd: building (${STEPS.length} steps; each can take a minute on a small machine)`);
  for (const [i, step] of STEPS.entries()) {
    const started = Date.now();
    log(`rasd: [${i + 1}/${STEPS.length}] ${step.what}…`);
    const result = spawnSync(join(root, 'node_modules', '.bin', step.bin), step.args, {
      cwd: root,
      stdio: 'inherit',
    });
    if (result.status !== 0) {
      log(`rasd: ${step.what} failed`);
      return result.status ?? 1;
    }
    log(`rasd: [${i + 1}/${STEPS.length}] done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  writeFileSync(join(root, 'dist', '.build-stamp'), `${new Date().toISOString()}\n`);
  return 0;
}
