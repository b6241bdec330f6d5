import { describe, expect, it } from 'vitest';
import { makeAnalysis } from '../../corpus/testing/make-analysis.js';
import type { KyselyStore } from '../kysely-store.js';
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
