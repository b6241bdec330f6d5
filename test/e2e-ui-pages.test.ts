/**
 * Every page of the web UI as an Arabic-speaking analyst reviews it, in Debian's Chromium:
 *  1. the Arabic interface has no Latin letter in its chrome (user content, which is in <bdi>, the
 *     article or form fields, is left out), and axe-core finds no serious or critical violation,
 *     in both languages, with a screenshot of each page in each language;
 *  2. honest states: a 404 page, clear not-found messages, an unknown dossier actor said plainly,
 *     the API down shown with a retry that works, a title per page, focus after navigation and a
 *     skip link;
 *  3. a story as a comparison of its outlets, with update chains apart from contradictions;
 *  4. evidence one press away: linked citations, focusable and tagged highlights, reported speech
 *     styled apart from verbatim quotes, legend toggles;
 *  5. entities filtered and sorted with noise hidden; a graph drawn the same way on every load.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing } from './support/chromium.js';
import { UI_CORPUS } from './support/ui-corpus.js';
import { startUiHarness, type UiHarness } from './support/ui-harness.js';

const skipReason = chromiumMissing();
if (skipReason) console.warn(`e2e-ui-pages: ${skipReason}`);
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let ui: UiHarness;
const FLOOD = 'فيضانات تغمر قرى في شمال السودان';
const ENERGY = 'مصر والأردن توقعان اتفاقية للربط الكهربائي';

/** The visible text of the chrome: the page without user content (names, article text, fields). */
async function chromeText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    // Text marked as another language (the switch names English in English) is not Arabic chrome.
    const userContent = 'bdi, .article, textarea, input, .vis-item-content, noscript, [lang]:not([lang=ar])';
    for (const el of clone.querySelectorAll(userContent)) el.remove();
    return clone.textContent ?? '';
  });
}

/** Digits as Latin ones: Intl may write Arabic-Indic digits for `ar` or not, depending on ICU. */
const latinDigits = (text: string | null) =>
  (text ?? '').replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x660));

function latinIn(text: string): string[] {
  return [...text.matchAll(/.{0,20}[A-Za-z]+.{0,20}/gsu)].map((m) => m[0].replace(/\s+/g, ' '));
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, which the page's strict CSP does not govern.
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 3).join(', ')}`);
}

async function storyId(title: string): Promise<string> {
  const res = await fetch(`${ui.url}/api/stories?limit=50`);
  const list = (await res.json()) as { items: { id: string; title: string }[] };
  const story = list.items.find((s) => s.title === title);
  if (!story) throw new Error(`no story titled ${title}`);
  return story.id;
}

interface PageCase {
  readonly name: string;
  readonly hash: () => Promise<string>;
  /** What shows once the page has its data. */
  readonly ready: string;
  readonly prepare?: (page: Page) => Promise<void>;
}

const PAGES: readonly PageCase[] = [
  {
    name: 'analyze',
    hash: async () => '#/analyze',
    ready: '[data-testid=article] mark.hl',
    prepare: async (page) => {
      await page.fill('textarea[name=text]', UI_CORPUS[1]?.text ?? '');
      await page.click('form button[type=submit]');
    },
  },
  { name: 'search', hash: async () => `#/search?q=${encodeURIComponent('الفيضانات')}`, ready: '.hit' },
  { name: 'entities', hash: async () => '#/entities', ready: '[data-testid=entity-list] li' },
  {
    name: 'entity',
    hash: async () => `#/entity/${encodeURIComponent('السودان')}`,
    ready: '[data-testid=entity-page]',
  },
  { name: 'stories', hash: async () => '#/stories', ready: '[data-testid=story-row]' },
  { name: 'story', hash: async () => `#/story/${await storyId(FLOOD)}`, ready: '[data-testid=update-chain]' },
  {
    name: 'document',
    hash: async () => `#/document/${encodeURIComponent(`url:${UI_CORPUS[4]?.url}`)}`,
    ready: '[data-testid=article] mark.hl',
  },
  {
    name: 'dossier',
    hash: async () => `#/dossier?a=${encodeURIComponent('مصر')}&b=${encodeURIComponent('الأردن')}`,
    ready: '.vis-item',
  },
  { name: 'graph', hash: async () => '#/graph', ready: '[data-testid=edge-list] tbody tr' },
  { name: 'not-found', hash: async () => '#/no-such-page', ready: '[data-testid=not-found]' },
];

describe.skipIf(skipReason !== null)('every page of the web UI, reviewed in Chromium', () => {
  beforeAll(async () => {
    ui = await startUiHarness();
  }, 120_000);

  afterAll(async () => {
    await ui?.close();
  });

  it('shows no Latin letter in the Arabic chrome, no serious axe violation, and a title of its own on every page, in both languages', async () => {
    const titles = new Set<string>();
    const problems: string[] = [];
    for (const lang of ['ar', 'en'] as const) {
      for (const c of PAGES) {
        const page = await ui.openPage(await c.hash(), { lang });
        await c.prepare?.(page);
        await page.waitForSelector(c.ready);
        await page.evaluate(() => document.fonts.ready);
        if (lang === 'ar') {
          expect(await page.getAttribute('html', 'dir')).toBe('rtl');
          for (const latin of latinIn(await chromeText(page)))
            problems.push(`${c.name}: Latin in the chrome: ${latin}`);
          titles.add(await page.title());
        }
        for (const v of await seriousViolations(page)) problems.push(`${c.name} (${lang}): ${v}`);
        await ui.shoot(page, `${c.name}-${lang}`);
        await page.close();
      }
    }
    expect(problems).toEqual([]);
    expect(titles.size).toBe(PAGES.length);
  }, 240_000);

  it('says durations, qualifiers and roles in words, and relations without an arrow', async () => {
    const page = await ui.openPage('#/analyze');
    await page.fill(
      'textarea[name=text]',
      'عمّان - قال مسؤولون إن نحو 300 شخص نزحوا من القرية، وإن 12 شخصاً على الأقل أصيبوا، بعد نزاع استمر أربع سنوات.\n',
    );
    await page.click('form button[type=submit]');
    await page.waitForSelector('[data-testid=analysis]');
    const facts = (await page.locator('.facts').textContent()) ?? '';
    expect(facts).toMatch(/نحو \S+/u);
    expect(facts).toMatch(/\S+ على الأقل/u);
    expect(facts).toContain('النازحون');
    expect(facts).toContain('سنوات');
    expect(facts).not.toMatch(/P4Y|about|at_least|displaced|→/);
    await page.close();
    const story = await ui.openPage(`#/story/${await storyId(ENERGY)}`);
    await story.waitForSelector('[data-testid=relation]');
    const relation = (await story.getByTestId('relation').first().textContent()) ?? '';
    expect(relation).toContain(' · ');
    expect(relation).not.toMatch(/→|←|[A-Z]{4,}/);
    await story.close();
  });

  it('pages through search results past the first page', async () => {
    const asked: string[] = [];
    const page = await ui.openPage('#/about:blank');
    // The corpus is small: the API's total is raised so the UI must offer a second page.
    await page.route('**/api/search**', async (route) => {
      asked.push(route.request().url());
      const response = await route.fetch();
      const body = (await response.json()) as { total: number };
      await route.fulfill({ response, json: { ...body, total: 65 } });
    });
    await page.evaluate((q) => {
      window.location.hash = `#/search?q=${encodeURIComponent(q)}`;
    }, 'الفيضانات');
    const pager = page.getByTestId('pager');
    await pager.waitFor();
    expect(latinDigits(await pager.textContent())).toContain('1 من 3');
    await pager.getByRole('link').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=pager]')?.textContent?.includes('السابقة'),
    );
    expect(new URL(asked.at(-1) ?? '').searchParams.get('offset')).toBe('30');
    await page.close();
  });

  it('answers an unknown route with a 404 page, and unknown ids with clear Arabic messages', async () => {
    const missing = await ui.openPage('#/no-such-page');
    await missing.waitForSelector('[data-testid=not-found]');
    expect(await missing.locator('h1').textContent()).toBe('الصفحة غير موجودة');
    expect(await missing.locator('textarea').count()).toBe(0);
    const entity = await ui.openPage(`#/entity/${encodeURIComponent('C0000000000')}`);
    const alert = entity.getByTestId('error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('لا كيان بهذا المعرّف');
    expect(latinIn(await chromeText(entity))).toEqual([]);
    const story = await ui.openPage('#/story/S000000');
    expect(await story.getByTestId('error').textContent()).toContain('لا قصة بهذا المعرّف');
    await Promise.all([missing.close(), entity.close(), story.close()]);
  });

  it('says plainly that a dossier actor is unknown, with no invented entity and no empty timeline', async () => {
    const page = await ui.openPage(
      `#/dossier?a=${encodeURIComponent('مصر')}&b=${encodeURIComponent('زيد عمرو')}`,
    );
    const alert = page.getByTestId('error');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('لا نعرف فاعلاً بهذا الاسم');
    expect(text).toContain('زيد عمرو');
    expect(text).not.toContain('مصر');
    expect(await page.locator('.vis-timeline').count()).toBe(0);
    expect(await page.locator('h2 a[href*="name%3A"]').count()).toBe(0);
    await ui.shoot(page, 'dossier-unknown-ar');
    await page.close();
  });

  it('shows the API down as a message with a retry button that loads the page once the API is back', async () => {
    const page = await ui.openPage('#/about:blank');
    await page.route('**/api/stories**', (route) => route.abort('connectionrefused'));
    await page.evaluate(() => {
      window.location.hash = '#/stories';
    });
    const alert = page.getByTestId('error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('تعذّر الاتصال بالخادم');
    expect(await alert.textContent()).not.toMatch(/fetch/i);
    await ui.shoot(page, 'api-down-ar');
    await page.unroute('**/api/stories**');
    await page.getByTestId('retry').click();
    await page.waitForSelector('[data-testid=story-row]');
    expect(await page.getByTestId('error').count()).toBe(0);
    await page.close();
  });

  it('offers to send an analysis again when the server does not answer', async () => {
    const page = await ui.openPage('#/analyze');
    await page.route('**/api/analyze', (route) => route.abort('connectionrefused'));
    await page.fill('textarea[name=text]', UI_CORPUS[2]?.text ?? '');
    await page.click('form button[type=submit]');
    await page.getByTestId('error').waitFor();
    expect(await page.getByTestId('error').textContent()).toContain('تعذّر الاتصال بالخادم');
    await page.unroute('**/api/analyze');
    await page.getByTestId('retry').click();
    await page.waitForSelector('[data-testid=article] mark.hl');
    await page.close();
  });

  it('shows loading while the API answers, and an empty state when a filter matches nothing', async () => {
    const page = await ui.openPage('#/about:blank');
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/graph', async (route) => {
      await held;
      await route.continue();
    });
    await page.evaluate(() => {
      window.location.hash = '#/graph';
    });
    await page.getByTestId('loading').waitFor();
    release();
    await page.waitForSelector('[data-testid=edge-list]');
    expect(await page.getByTestId('loading').count()).toBe(0);
    await page.evaluate(() => {
      window.location.hash = `#/entities?name=${encodeURIComponent('اسملايوجدفيالمقالات')}`;
    });
    await page.getByTestId('empty').waitFor();
    expect(await page.getByTestId('empty').textContent()).toContain('لا كيانات');
    await page.close();
  });

  it('moves the focus to the new page’s heading after a navigation, and offers a skip link first', async () => {
    const page = await ui.openPage('#/stories');
    await page.waitForSelector('[data-testid=story-row] a');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.locator('[data-testid=story-row] a', { hasText: FLOOD }).click();
    await page.waitForSelector('[data-testid=story-page]');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(FLOOD);
    expect(await page.title()).toContain(FLOOD);
    await page.close();
  });

  it('compares a story’s outlets row by row, folds a wire copy into "+N", and keeps update chains apart from contradictions', async () => {
    const page = await ui.openPage(`#/story/${await storyId(FLOOD)}`);
    await page.waitForSelector('[data-testid=outlet-row] td[data-role=killed] .figure');
    const rows = page.getByTestId('outlet-row');
    expect(await rows.count()).toBe(3);
    const mashriq = rows.filter({ hasText: 'وكالة الأنباء المشرقية' });
    expect(await mashriq.locator('td[data-role=killed]').textContent().then(latinDigits)).toBe('27');
    expect(await mashriq.locator('td[data-role=injured]').textContent().then(latinDigits)).toBe('40');
    expect(await mashriq.locator('td[data-role=missing]').textContent().then(latinDigits)).toBe('9');
    expect(await mashriq.getByTestId('copies').textContent().then(latinDigits)).toContain('+1');
    expect(await mashriq.getByTestId('copies').textContent()).toContain('موقع الخبر اليومي');
    expect(
      await rows
        .filter({ hasText: 'إذاعة الوادي' })
        .locator('td[data-role=killed]')
        .textContent()
        .then(latinDigits),
    ).toBe('19');
    expect(await mashriq.locator('.lead').textContent()).toContain('ارتفعت حصيلة');
    const chain = page.getByTestId('update-chain');
    expect(await chain.count()).toBe(1);
    expect(await chain.locator('h3').textContent()).toContain('القتلى');
    expect(
      await chain
        .locator('tbody tr td:first-child')
        .allTextContents()
        .then((v) => v.map(latinDigits)),
    ).toEqual(['12', '27']);
    const contradictions = page.getByTestId('contradiction');
    expect(await contradictions.count()).toBe(2);
    expect(await contradictions.first().textContent()).toMatch(/تقارير نُشرت في اليوم نفسه/u);
    expect(await page.locator('h2', { hasText: 'تناقضات' }).textContent()).toContain('⚠');
    await page.close();
  });

  it('marks only real contradictions in the stories list, and sorts it', async () => {
    const page = await ui.openPage('#/stories');
    await page.waitForSelector('[data-testid=story-row]');
    const row = (title: string) => page.getByTestId('story-row').filter({ hasText: title });
    expect(await row(FLOOD).getByTestId('contradiction-count').textContent().then(latinDigits)).toBe('⚠ 2');
    expect(await row(ENERGY).getByTestId('contradiction-count').textContent()).not.toContain('⚠');
    // The store sorts the whole corpus: each order is asked of the API, and the first row follows it.
    const firstIs = (title: string) =>
      page.waitForFunction(
        (t) => document.querySelector('[data-testid=story-row] th a')?.textContent === t,
        title,
      );
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/stories?')) asked.push(new URL(r.url()).searchParams.get('sort') ?? '');
    });
    await page.getByTestId('story-sort').selectOption('coverage');
    await firstIs(FLOOD);
    await page.getByTestId('story-sort').selectOption('oldest');
    await firstIs(ENERGY);
    expect(asked).toEqual(['coverage', 'oldest']);
    const energy = await ui.openPage(`#/story/${await storyId(ENERGY)}`);
    await energy.getByTestId('no-contradictions').waitFor();
    expect(await energy.locator('h2', { hasText: 'تناقضات' }).textContent()).not.toContain('⚠');
    await Promise.all([page.close(), energy.close()]);
  });

  it('cites every source with its outlet, title, date and a link to the original', async () => {
    const page = await ui.openPage(`#/story/${await storyId(FLOOD)}`);
    await page.waitForSelector('[data-testid=citation]');
    const urls = new Set(UI_CORPUS.map((d) => d.url));
    const citations = page.getByTestId('citation');
    expect(await citations.count()).toBeGreaterThan(0);
    for (const citation of await citations.all()) {
      expect(((await citation.locator('.outlet').textContent()) ?? '').trim()).not.toBe('');
      expect(((await citation.locator('.date').textContent()) ?? '').trim()).not.toBe('—');
      const original = citation.getByTestId('original-link');
      expect(urls.has((await original.getAttribute('href')) ?? '')).toBe(true);
      expect(await original.getAttribute('rel')).toContain('noopener');
    }
    await citations.first().locator('a.doc-title').click();
    await page.waitForSelector('[data-testid=article]');
    expect(await page.locator('h1').textContent()).not.toBe('');
    await page.close();
  });

  it('makes highlights focusable with their type shown, links names, styles reported speech apart, and toggles types from the legend', async () => {
    const page = await ui.openPage('#/analyze');
    await page.fill('textarea[name=text]', UI_CORPUS[0]?.text ?? '');
    await page.click('form button[type=submit]');
    await page.waitForSelector('[data-testid=article] mark.hl');
    const article = page.getByTestId('article');
    const figure = article.locator('mark.hl-quantity[data-tag]').first();
    expect(await figure.evaluate((el) => getComputedStyle(el, '::after').content)).toContain('عدد');
    // A highlight that is not a name takes the focus itself (a name's is a link, focused as one).
    await article.locator('mark.hl-quantity[tabindex="0"]').first().focus();
    expect(await page.getByTestId('highlight-detail').textContent()).toContain('عدد');
    expect(await page.getByTestId('highlight-detail').textContent()).toContain('ميغاواط');
    const link = article.locator('a.hl-link', { hasText: 'مصر' }).first();
    await link.click();
    await page.waitForSelector('[data-testid=entity-page]');
    expect(await page.locator('h1').textContent()).toContain('مصر');
    await page.goBack();
    await page.fill('textarea[name=text]', UI_CORPUS[1]?.text ?? '');
    await page.click('form button[type=submit]');
    await page.waitForSelector('li.quote-indirect');
    const indirect = page.locator('li.quote-indirect').first();
    expect(await indirect.textContent()).not.toContain('«');
    expect(await indirect.textContent()).toContain('كلام منقول بتصرّف');
    const mark = page.locator('mark.hl-indirect').first();
    expect(await mark.evaluate((el) => getComputedStyle(el).fontStyle)).toBe('italic');
    const places = () => page.locator('[data-testid=article] mark.hl-LOC').count();
    expect(await places()).toBeGreaterThan(0);
    const toggle = page.locator('[data-testid=legend] button[data-kind=LOC]');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await places()).toBe(0);
    await toggle.click();
    expect(await places()).toBeGreaterThan(0);
    await page.close();
  });

  it('filters entities by type, sorts them and hides one-mention noise until asked', async () => {
    const page = await ui.openPage('#/entities');
    await page.waitForSelector('[data-testid=entity-list] li');
    expect(await page.getByTestId('entity-list').textContent()).not.toContain('القاهرة');
    expect(await page.getByTestId('hidden-rare').textContent().then(latinDigits)).toMatch(/[1-9]/);
    // The box follows the address (rare=1), which changes just after the click: click, then wait.
    await page.getByTestId('entity-rare').click();
    await page.waitForFunction(() => window.location.hash.includes('rare=1'));
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=entity-list]')?.textContent?.includes('القاهرة'),
    );
    await page.getByTestId('entity-type').selectOption('LOC');
    await page.waitForFunction(() => window.location.hash.includes('type=LOC'));
    await page.waitForSelector('[data-testid=entity-list] li');
    const types = await page
      .locator('[data-testid=entity-list] li')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-type')));
    expect(new Set(types)).toEqual(new Set(['LOC']));
    // The store sorts all the entities by name (by code point, which follows the Arabic alphabet).
    await page.getByTestId('entity-sort').selectOption('name');
    await page.waitForFunction(() => {
      const names = [...document.querySelectorAll('[data-testid=entity-list] li a')].map(
        (a) => a.textContent ?? '',
      );
      return names.length > 1 && names.every((n, i) => i === 0 || (names[i - 1] as string) <= n);
    });
    await page.close();
  });

  it('draws the actor graph the same way on every load, with an accessible list of its labelled edges', async () => {
    const layouts: string[] = [];
    for (let i = 0; i < 2; i++) {
      const page = await ui.openPage('#/graph');
      await page.waitForSelector('[data-testid=graph][data-layout]');
      layouts.push((await page.getByTestId('graph').getAttribute('data-layout')) ?? '');
      if (i === 1) {
        const row = page.locator('[data-testid=edge-list] tbody tr').first();
        expect(await row.locator('a.entity-link').count()).toBe(2);
        expect(await row.textContent()).toContain('اتفاق');
        await row.locator('button').click();
        expect(await page.getByTestId('edge-evidence').getByTestId('citation').count()).toBeGreaterThan(0);
      }
      await page.close();
    }
    expect(layouts[0]).not.toBe('');
    expect(layouts[1]).toBe(layouts[0]);
  });

  it('opens an actor’s page when its node is pressed', async () => {
    const page = await ui.openPage('#/graph');
    const graph = page.getByTestId('graph');
    await page.waitForSelector('[data-testid=graph][data-rendered]');
    const rendered = JSON.parse((await graph.getAttribute('data-rendered')) ?? '{}') as Record<
      string,
      [number, number]
    >;
    const [x, y] = rendered.مصر ?? [0, 0];
    const box = await graph.boundingBox();
    await page.mouse.click((box?.x ?? 0) + x, (box?.y ?? 0) + y);
    await page.waitForSelector('[data-testid=entity-page]');
    expect(await page.locator('h1').textContent()).toContain('مصر');
    await page.close();
  });

  it('says when two known actors have nothing between them, instead of drawing an empty timeline', async () => {
    const page = await ui.openPage(
      `#/dossier?a=${encodeURIComponent('مصر')}&b=${encodeURIComponent('الخرطوم')}`,
    );
    await page.getByTestId('dossier-empty').waitFor();
    expect(await page.getByTestId('dossier-empty').textContent()).toContain('لا أحداث بين هذين الفاعلَين');
    expect(await page.locator('.vis-timeline').count()).toBe(0);
    await page.close();
  });
});
