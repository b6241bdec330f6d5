/**
 * Speed of the HTML article extractor over the 181 pages of the extraction benchmark, in one
 * process: ms per page, pages per second and peak memory. Pages are read and decompressed before
 * the clock starts; one warm-up pass lets the JIT settle. Target: at most 0.09 s per page, twice as
 * fast as Readability on jsdom (≈0.18 s per page).
 */
import { type BenchmarkPage, loadExtractionBenchmark } from '../eval/extraction-eval.js';
import { extractArticle } from '../ingest/html/extract.js';
import { mb, measure } from './measure.js';
import type { Benchmark, BenchmarkRow } from './types.js';

export const extractionBenchmark: Benchmark = {
  name: 'extraction',
  async run() {
    let pages: BenchmarkPage[];
    try {
      pages = loadExtractionBenchmark();
    } catch (error) {
      return [{ benchmark: 'extraction', metric: 'pages', value: '0', note: `no data: ${String(error)}` }];
    }
    const megabytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.html), 0) / 2 ** 20;
    const extractAll = () => {
      for (const page of pages) extractArticle(page.html, { url: page.url });
    };
    extractAll();
    const run = await measure(extractAll);
    const rows: BenchmarkRow[] = [
      {
        benchmark: 'extraction',
        metric: 'pages (MB of HTML)',
        value: `${pages.length} (${megabytes.toFixed(1)})`,
      },
      {
        benchmark: 'extraction',
        metric: 'ms per page',
        value: ((run.seconds * 1000) / pages.length).toFixed(1),
        note: 'target ≤ 90 (Readability on jsdom ≈ 180)',
      },
      { benchmark: 'extraction', metric: 'pages/s', value: (pages.length / run.seconds).toFixed(1) },
      { benchmark: 'extraction', metric: 'MB of HTML/s', value: (megabytes / run.seconds).toFixed(1) },
      { benchmark: 'extraction', metric: 'peak RSS', value: mb(run.peakRss) },
    ];
    return rows;
  },
};
