/**
 * The embedded store at scale: ingest throughput (articles/s) into SQLite, memory while the store
 * grows, and search latency (p50, p95), over a synthetic corpus generated from the fixture corpus
 * (`examples/corpus/`): each synthetic article is a fixture analysis with its own URL, outlet and
 * date and a sentence of corpus words appended (appending keeps every offset valid), so no two
 * articles are the same document.
 *
 * Size: `RASD_BENCH_STORE_DOCS` (default 100000, the full run). Analysis speed is the `analyze`
 * benchmark's; here the analyses are made once and the store is measured, plus one row of
 * end-to-end ingest (analysis + store) on the fixture corpus.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDocument } from '../analyze/analyze.js';
import type { Analysis } from '../contract/analysis.js';
import { seededRandom } from '../core/seeded-random.js';
import { loadCorpus } from '../eval/corpus-eval.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { mb } from './measure.js';
import type { Benchmark, BenchmarkRow } from './types.js';

const OUTLETS = ['النيل الإخبارية', 'الخليج اليوم', 'الأطلس نيوز', 'صوت الشرق', 'المرصد العربي'];

function synthetic(base: Analysis, n: number, vocabulary: readonly string[], next: () => number): Analysis {
  const words = Array.from({ length: 20 }, () => vocabulary[Math.floor(next() * vocabulary.length)]);
  const day = 1 + Math.floor(next() * 28);
  const month = 1 + Math.floor(next() * 12);
  const published = `20${20 + (n % 6)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return {
    ...base,
    text: `${base.text}\n${words.join(' ')} ${n}.`,
    document: {
      ...base.document,
      url: `https://bench.example/${n}`,
      outlet: OUTLETS[n % OUTLETS.length] ?? null,
      published: { value: published, inferred: false, basis: 'stated' },
    },
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export const storeBenchmark: Benchmark = {
  name: 'store',
  async run() {
    const total = Number(process.env.RASD_BENCH_STORE_DOCS ?? 100_000);
    const rows: BenchmarkRow[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'rasd-bench-'));
    const { articles } = loadCorpus();
    try {
      // End to end on the fixture corpus: analysis and store together.
      const small = await openSqliteStore(join(dir, 'fixtures.db'));
      const started = process.hrtime.bigint();
      for (const a of articles) await small.putDocument({ analysis: analyzeDocument({ ...a }) });
      const e2e = Number(process.hrtime.bigint() - started) / 1e9;
      await small.close();
      rows.push({
        benchmark: 'store',
        metric: 'ingest with analysis (articles/s)',
        value: (articles.length / e2e).toFixed(1),
        note: `${articles.length} fixture articles`,
      });

      const bases = articles.map((a) => analyzeDocument({ ...a }));
      const vocabulary = [
        ...new Set(
          articles.flatMap((a) => a.text.split(/\s+/u)).filter((w) => /^[\u0621-\u064A]{3,}$/u.test(w)),
        ),
      ];
      const next = seededRandom(7);
      const store = await openSqliteStore(join(dir, 'bench.db'));
      const gc = (globalThis as { gc?: () => void }).gc;
      const rss: string[] = [];
      const t0 = process.hrtime.bigint();
      for (let n = 0; n < total; n++) {
        const base = bases[n % bases.length] as Analysis;
        await store.putDocument({ analysis: synthetic(base, n, vocabulary, next) });
        if ((n + 1) % Math.max(1, Math.floor(total / 4)) === 0) {
          gc?.();
          rss.push(mb(process.memoryUsage.rss()));
        }
      }
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      rows.push({
        benchmark: 'store',
        metric: `ingest into SQLite (articles/s, ${total} docs)`,
        value: (total / seconds).toFixed(0),
        note: 'analyses made beforehand',
      });
      rows.push({
        benchmark: 'store',
        metric: 'RSS after 25/50/75/100% of ingest',
        value: rss.join(' / '),
        note: 'flat = memory does not grow with the store',
      });

      const latencies: number[] = [];
      for (let q = 0; q < 200; q++) {
        const words = Array.from(
          { length: 1 + (q % 2) },
          () => vocabulary[Math.floor(next() * vocabulary.length)],
        ).join(' ');
        const s = process.hrtime.bigint();
        await store.search({ text: words, limit: 20 });
        latencies.push(Number(process.hrtime.bigint() - s) / 1e6);
      }
      latencies.sort((a, b) => a - b);
      rows.push({
        benchmark: 'store',
        metric: 'search latency p50 (ms)',
        value: percentile(latencies, 50).toFixed(1),
        note: `${total} docs, 200 queries of 1–2 words, 20 hits with snippets`,
      });
      rows.push({
        benchmark: 'store',
        metric: 'search latency p95 (ms)',
        value: percentile(latencies, 95).toFixed(1),
      });

      if (total <= 20_000) {
        const r0 = process.hrtime.bigint();
        await store.refreshCorpus();
        rows.push({
          benchmark: 'store',
          metric: `refresh stories and identities (s, ${total} docs)`,
          value: (Number(process.hrtime.bigint() - r0) / 1e9).toFixed(1),
        });
      } else {
        rows.push({
          benchmark: 'store',
          metric: 'refresh stories and identities',
          value: 'skipped',
          note: 'measured up to 20000 documents',
        });
      }
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
