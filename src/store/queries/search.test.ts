import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAnalysis } from '../../corpus/testing/make-analysis.js';
import type { KyselyStore } from '../kysely-store.js';
import { openPostgresStore } from '../postgres/postgres-store.js';
import {
  createTestDatabase,
  postgresUnavailable,
  type TestDatabase,
} from '../postgres/test-support/test-database.js';
import { openSqliteStore } from '../sqlite/sqlite-store.js';
import { search } from './search.js';

/** Five reports on water cuts, each from its own outlet and day; the fourth names a dam too. */
const REPORTS = [1, 2, 3, 4, 5].map((n) =>
  makeAnalysis({
    url: `https://water.example/report/${n}`,
    outlet: `صحيفة ${n}`,
    published: `2024-03-0${n}`,
    text:
      n === 4
        ? 'انقطعت المياه عن أحياء المدينة بعد عطل في السد الشمالي، وقالت البلدية إن الإصلاح يستغرق يومين.'
        : `انقطعت المياه عن الحي رقم ${n} صباح اليوم، ووعدت البلدية بإعادتها قبل المساء.`,
  }),
);

async function storeOfReports(): Promise<KyselyStore> {
  const store = (await openSqliteStore(':memory:')) as KyselyStore;
  for (const analysis of REPORTS) await store.putDocument({ analysis });
  return store;
}

describe('search with a cap on the matches', () => {
  it('counts every match under the cap, and says the count is exact', async () => {
    const store = await storeOfReports();
    const result = await search(store, { text: 'المياه', facets: true }, 10);
    expect(result.total).toBe(5);
    expect(result.totalCapped).toBe(false);
    expect(result.items).toHaveLength(5);
    await store.close();
  });

  it('past the cap, reports the cap as a lower bound and ranks the newest stored matches only', async () => {
    const store = await storeOfReports();
    const result = await search(store, { text: 'المياه', facets: true }, 3);
    expect(result.total).toBe(3);
    expect(result.totalCapped).toBe(true);
    expect(result.items.map((h) => h.document.url).sort()).toEqual([
      'https://water.example/report/3',
      'https://water.example/report/4',
      'https://water.example/report/5',
    ]);
    expect(result.outlets?.reduce((sum, o) => sum + o.count, 0)).toBe(3);
    await store.close();
  });

  it('still finds a rarer word in an older document, which the cap does not reach', async () => {
    const store = await storeOfReports();
    const result = await search(store, { text: 'السد' }, 3);
    expect(result).toMatchObject({ total: 1, totalCapped: false });
    expect(result.items[0]?.document.url).toBe('https://water.example/report/4');
    await store.close();
  });

  it('ends the pages at the cap, as the total says', async () => {
    const store = await storeOfReports();
    const second = await search(store, { text: 'المياه', limit: 2, offset: 2 }, 3);
    expect(second.items).toHaveLength(1);
    await store.close();
  });
});

/**
 * Forty bulletins on a market, one a day; every bulletin names the market, every third the price
 * of bread and every seventh the harbour, so words of three frequencies are capped at a small cap.
 */
const BULLETINS = Array.from({ length: 40 }, (_, i) =>
  makeAnalysis({
    url: `https://market.example/bulletin/${i}`,
    outlet: `نشرة ${i % 4}`,
    published: `2024-05-${String(1 + (i % 28)).padStart(2, '0')}`,
    text: [
      `افتتح السوق الكبير أبوابه في اليوم ${i} من الشهر.`,
      i % 3 === 0 ? 'وارتفع سعر الخبز قليلا عند الباعة.' : 'وبقيت الأسعار كما كانت أمس.',
      i % 7 === 0 ? 'ووصلت إلى الميناء شحنة من القمح.' : '',
      i % 5 === 0 ? 'وتكرر ذكر السوق السوق في هذه النشرة.' : '',
    ].join(' '),
  }),
);

const pgUnavailable = await postgresUnavailable();

describe.each([
  ['sqlite', false],
  ['postgres', pgUnavailable !== undefined],
] as const)(
  'the newest matches past the cap (%s): a widening window of keys gives what the walk gives',
  (dialect, skip) => {
    let database: TestDatabase | undefined;
    let n = 0;
    beforeAll(async () => {
      if (dialect === 'postgres' && !skip) database = await createTestDatabase();
    });
    afterAll(async () => {
      await database?.drop();
    });
    const bulletinStore = async (): Promise<KyselyStore> => {
      const store = (
        database
          ? await openPostgresStore(await database.schemaUrl(`search_${n++}`))
          : await openSqliteStore(':memory:')
      ) as KyselyStore;
      await store.putDocuments(BULLETINS.map((analysis) => ({ analysis })));
      return store;
    };
    const queries = [
      { text: 'السوق', facets: true },
      { text: 'السوق', sort: 'newest' as const, limit: 3, offset: 2 },
      { text: 'الخبز', facets: true },
      { text: 'الميناء' },
      { text: 'السوق الخبز', sort: 'newest' as const },
      { text: 'السوق', outlet: 'نشرة 1', facets: true },
      { text: 'الخبز', from: '2024-05-10' },
    ];

    it.skipIf(skip)(
      'finds the same matches, in the same order, with the same counts, whatever the first width and the longest walk',
      async () => {
        const store = await bulletinStore();
        let capped = 0;
        for (const cap of [2, 4, 9]) {
          for (const query of queries) {
            const walked = await search(store, query, cap, { kind: 'walk' });
            if (walked.totalCapped) capped++;
            for (const firstWidth of [1, 3, 16, 1000])
              for (const walkUpTo of [0, 20, 1e9]) {
                const windowed = await search(store, query, cap, { kind: 'window', firstWidth, walkUpTo });
                expect(windowed, `${query.text} cap ${cap} width ${firstWidth} walk ${walkUpTo}`).toEqual(
                  walked,
                );
              }
          }
        }
        // The comparison means something only if many of the searches were capped.
        expect(capped).toBeGreaterThan(10);
        await store.close();
      },
    );

    it.skipIf(skip)('ranks, past the cap, exactly the newest stored matches', async () => {
      const store = await bulletinStore();
      const result = await search(store, { text: 'الخبز', limit: 50 }, 5, {
        kind: 'window',
        firstWidth: 1,
        walkUpTo: 0,
      });
      const expected = BULLETINS.map((a, i) => ({ url: a.document.url, i }))
        .filter(({ i }) => i % 3 === 0)
        .slice(-5)
        .map(({ url }) => url);
      expect(result.totalCapped).toBe(true);
      expect(result.items.map((h) => h.document.url).sort()).toEqual([...expected].sort());
      await store.close();
    });
  },
);
