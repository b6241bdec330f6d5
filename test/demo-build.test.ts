// `npm ci && npm run demo` must build once: `npm ci` builds (the prepare script) and the demo
// builds again only when a source changed since.
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { buildIfStale, buildIsFresh } from '../scripts/build-if-stale.mjs';
import { PROJECT_ROOT } from './support/run-cli.js';

function project(): { root: string; at: (path: string, seconds: number) => void } {
  const root = mkdtempSync(join(tmpdir(), 'rasd-build-'));
  for (const dir of ['src', 'web/src', 'web/dist', 'data', 'dist'])
    mkdirSync(join(root, dir), { recursive: true });
  const at = (path: string, seconds: number) => {
    writeFileSync(join(root, path), 'x');
    utimesSync(join(root, path), seconds, seconds);
  };
  at('src/main.ts', 1000);
  at('web/src/app.tsx', 1000);
  at('data/words.json', 1000);
  at('package.json', 1000);
  // A folder's own time counts too (a deleted file changes only its folder's).
  for (const dir of ['src', 'web/src', 'web', 'data']) utimesSync(join(root, dir), 1000, 1000);
  return { root, at };
}

describe('the build before the demo', () => {
  it('is fresh when the stamp is newer than every source and the web UI is built', () => {
    const { root, at } = project();
    at('web/dist/index.html', 2000);
    at('dist/.build-stamp', 2000);
    expect(buildIsFresh(root)).toBe(true);
    const said: string[] = [];
    expect(buildIfStale((line: string) => said.push(line), root)).toBe(0);
    expect(said.join('\n')).toMatch(/up to date/u);
  });

  it('is stale when a source changed after the stamp, or when the web UI was never built', () => {
    const { root, at } = project();
    at('dist/.build-stamp', 2000);
    expect(buildIsFresh(root)).toBe(false); // no web/dist/index.html
    at('web/dist/index.html', 2000);
    at('data/words.json', 3000);
    expect(buildIsFresh(root)).toBe(false);
    at('dist/.build-stamp', 4000);
    expect(buildIsFresh(root)).toBe(true);
  });

  it('is what `npm run demo` uses, instead of building unconditionally', () => {
    const scripts = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.demo).not.toMatch(/npm run build/u);
    expect(readFileSync(join(PROJECT_ROOT, scripts.demo.replace(/^node /u, '')), 'utf8')).toMatch(
      /buildIfStale\(\)/u,
    );
  });
});
