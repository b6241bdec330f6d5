/**
 * Debian's Chromium for the browser tests, never a browser download. Tests install nothing: CI's
 * `.ci/run` installs the package; when /usr/bin/chromium is missing the browser tests skip, saying
 * how to get it.
 */
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

/** Null when Chromium is there, else why the browser tests skip. */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM)
    ? null
    : `${CHROMIUM} is missing (\`apt-get install chromium\`, as .ci/run does): browser tests skipped`;
}

/** A fresh, empty profile for one browser run. */
export function freshProfile(): string {
  return mkdtempSync(join(tmpdir(), 'rasd-chromium-'));
}
