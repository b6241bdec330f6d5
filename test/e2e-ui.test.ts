/**
 * The web UI in a real browser (Debian's Chromium through playwright-core) against `rasd serve`
 * in-process on loopback, with a SQLite store holding test/support/ui-corpus.ts. Each page is
 * checked for what a reader sees, for console errors (CSP violations included), and saved as a
 * screenshot under screenshots/ for a person to look at.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, WEB_ROOT } from '../src/server/config.js';
import { type RunningServer, startServer } from '../src/server/start.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { requireFreshBuild } from '../src/test-support/fresh-build.js';
import { CHROMIUM, CHROMIUM_ARGS, chromiumMissing, freshProfile } from './support/chromium.js';
import { PROJECT_ROOT } from './support/run-cli.js';
import { HOSTILE_MARKUP, ingestCorpus, UI_CORPUS } from './support/ui-corpus.js';

const skipReason = chromiumMissing();
if (skipReason) console.warn(`e2e-ui: ${skipReason}`);
const SHOTS = join(PROJECT_ROOT, 'screenshots');

let store: Store;
let server: RunningServer;
let context: BrowserContext;
let storeDir: string | undefined;
let profile: string | undefined;
const consoleErrors: string[] = [];

async function openPage(hash: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`${hash}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${hash}: ${error.message}`));
  await page.goto(`${server.url}/${hash}`);
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

describe.skipIf(skipReason !== null)('web UI in Chromium', () => {
  beforeAll(async () => {
    requireFreshBuild();
    mkdirSync(SHOTS, { recursive: true });
    storeDir = mkdtempSync(join(tmpdir(), 'rasd-ui-'));
    store = await openSqliteStore(join(storeDir, 'ui.db'));
    await ingestCorpus(store);
    server = await startServer(
      {
        store,
        token: null,
        limits: DEFAULT_LIMITS,
        readUrl: async () => [],
        webRoot: WEB_ROOT,
      },
      '127.0.0.1',
      0,
    );
    profile = freshProfile();
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await store?.close();
    for (const folder of [storeDir, profile]) if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('analyses a pasted article: highlights by kind, tooltips, related headline set apart, RTL and the font', async () => {
    const page = await openPage('#/analyze');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    await page.fill('textarea[name=text]', UI_CORPUS[0]?.text ?? '');
    await page.fill('input[name=published]', '2025-03-04');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=article] mark.hl');
    const article = page.getByTestId('article');
    expect(await article.textContent()).toContain('وقّعت مصر والأردن');
    const place = article.locator('mark.hl-LOC', { hasText: 'مصر' }).first();
    expect(await place.getAttribute('title')).toContain('مصر');
    expect(await article.locator('mark.hl-quantity').count()).toBeGreaterThan(0);
    const related = article.locator('.seg-related');
    expect(await related.textContent()).toContain('اقرأ أيضاً');
    expect(await related.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px "Noto Naskh Arabic"', 'مصر');
    });
    expect(fontLoaded).toBe(true);
    await shoot(page, 'analyze');
  });

  it('searches with highlighted snippets and links each hit to its article', async () => {
    const page = await openPage(`#/search?q=${encodeURIComponent('الكهرباء')}`);
    await page.waitForSelector('[data-testid=search-results] .hit');
    const hits = page.locator('.hit');
    expect(await hits.count()).toBe(2);
    expect(await hits.first().locator('mark.hl-match').first().textContent()).toContain('الكهرباء');
    await shoot(page, 'search');
  });

  it('shows an entity with its outlets, timeline and co-occurring entities', async () => {
    const page = await openPage(`#/entity/${encodeURIComponent('الأردن')}`);
    await page.waitForSelector('[data-testid=entity-page] .vis-item.vis-box');
    expect(await page.locator('h1').textContent()).toContain('الأردن');
    expect(await page.getByTestId('cooccurring').textContent()).toContain('مصر');
    expect(await page.locator('.vis-item.vis-box').count()).toBe(2);
    await shoot(page, 'entity');
  });

  it('draws a dossier timeline and its stages, whose events open their sources', async () => {
    const page = await openPage(`#/dossier?a=${encodeURIComponent('مصر')}&b=${encodeURIComponent('الأردن')}`);
    await page.waitForSelector('[data-testid=dossier-page] .vis-item.vis-box');
    await page.locator('.vis-item.vis-box').first().click();
    const evidence = page.getByTestId('evidence');
    await evidence.waitFor();
    expect(await evidence.textContent()).toMatch(/مصر|الأردن/);
    expect(await evidence.locator('blockquote').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=dossier-page] .stage h4').count()).toBeGreaterThan(0);
    await shoot(page, 'dossier');
  });

  it('renders hostile markup in a stored article as plain text and runs none of it', async () => {
    const id = `url:${UI_CORPUS[3]?.url}`;
    const page = await openPage(`#/document/${encodeURIComponent(id)}`);
    await page.waitForSelector('[data-testid=article]');
    const article = page.getByTestId('article');
    expect(await article.textContent()).toContain(HOSTILE_MARKUP);
    expect(await article.locator('script, img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    await shoot(page, 'hostile-markup');
  });

  it('draws the story and the actor graph pages, and switches the labels to English', async () => {
    const stories = await openPage('#/stories');
    await stories.waitForSelector('[data-testid=story-list] a');
    await stories.locator('[data-testid=story-list] a').first().click();
    await stories.waitForSelector('[data-testid=story-page] .outlet-card');
    await shoot(stories, 'story');
    const graph = await openPage('#/graph');
    await graph.waitForSelector('[data-testid=graph-page] .legend');
    await graph.getByTestId('lang-switch').click();
    expect(await graph.locator('h1').textContent()).toBe('Actor graph');
    expect(await graph.getAttribute('html', 'dir')).toBe('ltr');
    await graph.getByTestId('lang-switch').click();
    await shoot(graph, 'graph');
  });

  it('logged no console error on any page (CSP violations included)', () => {
    expect(consoleErrors.join('\n')).toBe('');
  });
});
