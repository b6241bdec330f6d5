/**
 * The web UI in a real browser (Debian's Chromium through playwright-core) against `rasd serve`
 * in-process on loopback, with a SQLite store holding test/support/ui-corpus.ts. Each page is
 * checked for what a reader sees, for console errors (CSP violations included), and saved as a
 * screenshot under test-results/screenshots/ for a person to look at.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing } from './support/chromium.js';
import { HOSTILE_MARKUP, UI_CORPUS } from './support/ui-corpus.js';
import { startUiHarness, type UiHarness } from './support/ui-harness.js';

const skipReason = chromiumMissing();
if (skipReason) console.warn(`e2e-ui: ${skipReason}`);

let ui: UiHarness;
const openPage = (hash: string): Promise<Page> => ui.openPage(hash);
const shoot = (page: Page, name: string): Promise<void> => ui.shoot(page, name);

describe.skipIf(skipReason !== null)('web UI in Chromium', () => {
  beforeAll(async () => {
    ui = await startUiHarness();
  }, 120_000);

  afterAll(async () => {
    await ui?.close();
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
    // An entity's highlight is a link to its page.
    expect(await article.locator('a.hl-link', { hasText: 'مصر' }).first().getAttribute('href')).toContain(
      encodeURIComponent('مصر'),
    );
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
    // The outlets of the matches narrow the search with one click, and the order can be the newest first.
    const facets = page.getByTestId('outlet-facets').locator('a');
    expect(await facets.count()).toBe(2);
    await page.getByTestId('outlet-facets').getByText('وكالة الأنباء المشرقية').click();
    await page.waitForFunction(() => document.querySelectorAll('.hit').length === 1);
    expect(await page.locator('.hit').textContent()).toContain('وكالة الأنباء المشرقية');
    await page.selectOption('select[name=sort]', 'newest');
    await page.locator('form[role=search] button[type=submit]').click();
    await page.waitForFunction(() => window.location.hash.includes('sort=newest'));
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
    await stories.waitForSelector('[data-testid=story-page] [data-testid=outlet-row]');
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
    expect(ui.consoleErrors.join('\n')).toBe('');
  });
});
