/**
 * The web UI in a real browser for tests: `rasd serve` in-process on loopback over a SQLite store
 * holding the UI corpus, and Debian's Chromium (never a download) with a fresh profile. Pages log
 * their console errors (CSP violations included) into `consoleErrors`; `shoot` saves a screenshot
 * under test-results/screenshots/ (git-ignored) for a person to review.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { DEFAULT_LIMITS, WEB_ROOT } from '../../src/server/config.js';
import { type RunningServer, startServer } from '../../src/server/start.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { requireFreshBuild } from '../../src/test-support/fresh-build.js';
import { CHROMIUM, CHROMIUM_ARGS, freshProfile } from './chromium.js';
import { PROJECT_ROOT } from './run-cli.js';
import { ingestCorpus } from './ui-corpus.js';

export const SCREENSHOTS = join(PROJECT_ROOT, 'test-results', 'screenshots');

export interface UiHarness {
  readonly url: string;
  readonly consoleErrors: string[];
  openPage(hash: string, options?: { lang?: 'ar' | 'en' }): Promise<Page>;
  shoot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startUiHarness(): Promise<UiHarness> {
  requireFreshBuild();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const storeDir = mkdtempSync(join(tmpdir(), 'rasd-ui-'));
  const store: Store = await openSqliteStore(join(storeDir, 'ui.db'));
  await ingestCorpus(store);
  const server: RunningServer = await startServer(
    { store, token: null, limits: DEFAULT_LIMITS, readUrl: async () => [], webRoot: WEB_ROOT },
    '127.0.0.1',
    0,
  );
  const profile = freshProfile();
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  const consoleErrors: string[] = [];
  return {
    url: server.url,
    consoleErrors,
    async openPage(hash, options = {}) {
      const page = await context.newPage();
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(`${hash}: ${msg.text()}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`${hash}: ${error.message}`));
      // The language is the reader's choice kept in localStorage: set it before the app starts.
      const lang = options.lang ?? 'ar';
      await page.addInitScript((l) => localStorage.setItem('rasd.lang', l), lang);
      await page.goto(`${server.url}/${hash}`);
      return page;
    },
    async shoot(page, name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await context.close();
      await server.close();
      await store.close();
      for (const folder of [storeDir, profile]) rmSync(folder, { recursive: true, force: true });
    },
  };
}
