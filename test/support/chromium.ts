/**
 * Debian's Chromium for the browser tests, never a browser download. When /usr/bin/chromium is
 * missing the tests try `apt-get install -y chromium` (CI runs as root); only when that fails too
 * do they skip, saying why.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = '/usr/bin/chromium';

/** The flags the machine needs: no sandbox (root), no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

/** Null when Chromium is there (installing it if need be), else why the browser tests skip. */
export function ensureChromium(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const install = (args: string[]) =>
    spawnSync('apt-get', args, {
      stdio: 'ignore',
      timeout: 600_000,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  install(['update']);
  install(['install', '-y', 'chromium']);
  return existsSync(CHROMIUM)
    ? null
    : `${CHROMIUM} is missing and \`apt-get install -y chromium\` could not install it: browser tests skipped`;
}

/** A fresh, empty profile for one browser run. */
export function freshProfile(): string {
  return mkdtempSync(join(tmpdir(), 'rasd-chromium-'));
}
