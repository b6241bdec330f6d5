import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { analyzeDocument } from '../../analyze/analyze.js';
import type { AnalysisInput } from '../../core/layers.js';
import {
  InThreadPreparer,
  PreparePool,
  type Preparer,
  WarmingPreparer,
} from '../../ingest-pool/prepare-pool.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { Store } from '../../store/store.js';
import { ingestSource, type Tally } from './ingest.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-ingest-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The word that makes the stand-in analyser throw, as a bug met on one article would. */
const STUMBLE = 'يتعثر';
const flaky = (input: AnalysisInput) => {
  if (input.text.includes(STUMBLE)) throw new RangeError('Maximum call stack size exceeded');
  return analyzeDocument(input);
};

const newTally = (): Tally => ({ added: 0, duplicates: 0, failures: [], sourcesDone: 0 });

describe('ingestSource', () => {
  it('turns an analysis that throws into one failure line and stores the documents after it', async () => {
    const folder = join(dir, 'news');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'افتتحت البلدية في إربد مكتبة عامة جديدة للأطفال.\n');
    writeFileSync(join(folder, 'b.txt'), `نص يجعل المحلل ${STUMBLE} لسبب ما.\n`);
    writeFileSync(join(folder, 'c.txt'), 'وصل وفد تجاري من تونس إلى الرباط لبحث التعاون في الزراعة.\n');
    const store = await openSqliteStore(join(dir, 'unit.db'));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const tally = newTally();
      await ingestSource(store, folder, tally, undefined, new InThreadPreparer(flaky));
      expect(tally.added).toBe(2);
      expect(tally.failures).toEqual([
        expect.stringMatching(/b\.txt: analysis failed \(RangeError: Maximum call/),
      ]);
      expect(stderr).toHaveBeenCalledWith(expect.stringMatching(/^rasd ingest: .*b\.txt: analysis failed/));
      expect((await store.refreshCorpus()).documents).toBe(2);
    } finally {
      stderr.mockRestore();
      await store.close();
    }
  });

  it('on worker threads gives the lines, tallies, stories, identities and conflicts of one thread', async () => {
    // Articles written for this test: two events, each told by two outlets with differing tolls,
    // one person named in full and by surname; a broken line, an article the analyser stumbles on
    // and a repeated URL in the middle.
    const article = (url: string, outlet: string, published: string, text: string) =>
      JSON.stringify({ url, outlet, published, title: text.split('.')[0], text });
    const lines = [
      article(
        'https://one.example/flood',
        'صحيفة الساحل',
        '2026-03-02',
        'غمرت السيول قرية المنصورة شمال المدينة يوم الأحد. وقال المحافظ سامر الخطيب إن سبعة أشخاص لقوا حتفهم وإن فرق الدفاع المدني ما زالت تبحث عن مفقودين.',
      ),
      article(
        'https://two.example/trade',
        'وكالة الأنباء الشرقية',
        '2026-03-03',
        'وقع وزيرا الاقتصاد في البلدين اتفاقية لخفض الرسوم الجمركية على المنتجات الزراعية. وقالت الوزيرة ليلى حداد إن الاتفاقية ستدخل حيز التنفيذ في الصيف.',
      ),
      '{"text": "سطر مقطوع',
      article(
        'https://three.example/flood',
        'إذاعة الوادي',
        '2026-03-02',
        'ارتفع عدد ضحايا السيول في قرية المنصورة إلى تسعة أشخاص. وأكد الخطيب أن فرق الدفاع المدني أنقذت عشرات العائلات من المنازل التي غمرتها المياه.',
      ),
      article('https://four.example/odd', 'مدونة', '2026-03-04', `خبر قصير ${STUMBLE} المحلل عنده.`),
      article(
        'https://one.example/flood',
        'صحيفة الساحل',
        '2026-03-02',
        'غمرت السيول قرية المنصورة شمال المدينة يوم الأحد. وقال المحافظ سامر الخطيب إن سبعة أشخاص لقوا حتفهم.',
      ),
      article(
        'https://five.example/trade',
        'جريدة المساء',
        '2026-03-04',
        'قالت وزيرة الاقتصاد ليلى حداد إن اتفاقية خفض الرسوم الجمركية على المنتجات الزراعية ستوفر على المزارعين مبالغ كبيرة، وإنها تبدأ في الصيف.',
      ),
    ];
    const source = join(dir, 'mixed.jsonl');
    writeFileSync(source, `${lines.join('\n')}\n`);
    const analyzer = join(dir, 'flaky-analyzer.mjs');
    const real = pathToFileURL(join(process.cwd(), 'dist/analyze/analyze.js')).href;
    writeFileSync(
      analyzer,
      `import { analyzeDocument as real } from ${JSON.stringify(real)};
export function analyzeDocument(input) {
  if (input.text.includes(${JSON.stringify(STUMBLE)})) throw new RangeError('Maximum call stack size exceeded');
  return real(input);
}
`,
    );
    const serial = await ingestWith(join(dir, 'serial.db'), source, new InThreadPreparer(flaky));
    const pool = new PreparePool({ size: 2, analyzer: pathToFileURL(analyzer).href });
    const parallel = await ingestWith(join(dir, 'parallel.db'), source, pool);
    // The default: this thread for the first documents (two here), then the workers.
    const warming = await ingestWith(
      join(dir, 'warming.db'),
      source,
      new WarmingPreparer(2, { size: 2, analyzer: pathToFileURL(analyzer).href }),
    );
    expect(serial.tally.added).toBe(4);
    expect(serial.tally.duplicates).toBe(1);
    expect(serial.lines).toEqual([
      expect.stringMatching(/mixed\.jsonl:3/),
      expect.stringMatching(/mixed\.jsonl:5: analysis failed \(RangeError: Maximum call/),
    ]);
    expect(serial.corpus.stories.length).toBe(2);
    expect(parallel.lines).toEqual(serial.lines);
    expect(parallel.tally).toEqual(serial.tally);
    expect(parallel.corpus).toEqual(serial.corpus);
    expect(warming).toEqual(serial);
    // Two worker threads load the analysis models; a shared machine needs more than the default.
  }, 120_000);
});

async function ingestWith(path: string, source: string, preparer: Preparer) {
  const store = await openSqliteStore(path, { now: () => new Date('2026-03-05T00:00:00Z') });
  const lines: string[] = [];
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    const tally = newTally();
    await ingestSource(store, source, tally, undefined, preparer);
    stderr.mockRestore();
    await store.refreshCorpus({ ifStale: true });
    return { tally, lines, corpus: await snapshot(store) };
  } finally {
    stderr.mockRestore();
    await preparer.close();
    await store.close();
  }
}

/** Everything the corpus says, in an order that does not depend on how it was built. */
async function snapshot(store: Store) {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
  const documents: string[] = [];
  for await (const d of store.iterateDocuments())
    documents.push(`${d.id} ${d.storyId} ${d.source} ${JSON.stringify(Object.entries(d.identities).sort())}`);
  return {
    stories: byId((await store.stories({ limit: 1000 })).items),
    entities: byId((await store.entities({ limit: 1000 })).items),
    conflicts: (await store.conflicts({ limit: 1000 })).items,
    documents: documents.sort(),
  };
}
