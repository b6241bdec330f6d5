/**
 * HTML article extraction against the Zyte (Scrapinghub) article-extraction benchmark: 181 pages,
 * mostly English, each with a hand-checked `articleBody`.
 *
 * Score per page: bag-of-words precision, recall and F1 of the extracted text against
 * `articleBody`. Tokens: the text lowercased and split on every run of characters that are not
 * letters or digits (Unicode); the overlap is the multiset intersection. Figures are averaged over
 * pages. "body" compares only the body and heading segments (no title, byline, caption or related
 * lines, which `articleBody` leaves out); "text" compares the whole extracted text.
 *
 * Splits: dev = ids whose first hex digit is 0–7 (used for tuning), held-out = 8–f, and all.
 * Published figures beside ours are the benchmark's own (they use a shingle-based score, so the
 * comparison is close but not exact).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../ingest/html/extract.js';
import type { Evaluation, EvaluationRow } from './types.js';

export const EXTRACTION_DATA = new URL(
  process.env.RASD_SHARED_DATA
    ? `file://${process.env.RASD_SHARED_DATA.replace(/\/?$/, '/')}extraction-benchmark/`
    : '../../../shared/data/extraction-benchmark/',
  import.meta.url,
);

export interface PageScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface BenchmarkPage {
  readonly id: string;
  readonly html: string;
  readonly url: string;
  readonly articleBody: string;
}

export function loadExtractionBenchmark(): BenchmarkPage[] {
  const truth = JSON.parse(readFileSync(new URL('ground-truth.json', EXTRACTION_DATA), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const dir = new URL('html/', EXTRACTION_DATA);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.html\.gz$/, '');
      const gold = truth[id];
      if (!gold) throw new Error(`no ground truth for ${id}`);
      const html = gunzipSync(readFileSync(new URL(name, dir))).toString('utf8');
      return { id, html, url: gold.url, articleBody: gold.articleBody };
    });
}

/** Lowercased tokens split on non-letters/digits, counted. */
export function bagOfWords(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const token of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (token !== '') bag.set(token, (bag.get(token) ?? 0) + 1);
  }
  return bag;
}

export function scorePage(extracted: string, gold: string): PageScore {
  const got = bagOfWords(extracted);
  const want = bagOfWords(gold);
  let overlap = 0;
  let gotTotal = 0;
  let wantTotal = 0;
  for (const count of got.values()) gotTotal += count;
  for (const [token, count] of want) {
    wantTotal += count;
    overlap += Math.min(count, got.get(token) ?? 0);
  }
  const precision = gotTotal === 0 ? (wantTotal === 0 ? 1 : 0) : overlap / gotTotal;
  const recall = wantTotal === 0 ? 1 : overlap / wantTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The body and heading lines of an extraction, the part `articleBody` is compared with. */
export function bodyText(
  text: string,
  segments: readonly { kind: string; start: number; end: number }[],
): string {
  return segments
    .filter((segment) => segment.kind === 'body' || segment.kind === 'heading')
    .map((segment) => text.slice(segment.start, segment.end))
    .join('\n\n');
}

export function isDevPage(id: string): boolean {
  return /^[0-7]/.test(id);
}

function mean(scores: readonly PageScore[]): PageScore {
  const n = Math.max(1, scores.length);
  const sum = (pick: (s: PageScore) => number) => scores.reduce((total, s) => total + pick(s), 0) / n;
  return { precision: sum((s) => s.precision), recall: sum((s) => s.recall), f1: sum((s) => s.f1) };
}

const PUBLISHED =
  'Trafilatura 2.0 F1 0.958 P 0.938 R 0.978; Readability.js 0.947/0.914/0.982; newspaper4k 0.949; goose3 0.896';

export const extractionEvaluation: Evaluation = {
  name: 'extraction',
  async run() {
    let pages: BenchmarkPage[];
    try {
      pages = loadExtractionBenchmark();
    } catch (error) {
      return [{ evaluation: 'extraction', metric: 'pages', value: 0, note: `no data: ${String(error)}` }];
    }
    const body: { id: string; score: PageScore }[] = [];
    const whole: { id: string; score: PageScore }[] = [];
    for (const page of pages) {
      const article = extractArticle(page.html, { url: page.url });
      body.push({
        id: page.id,
        score: scorePage(bodyText(article.text, article.segments), page.articleBody),
      });
      whole.push({ id: page.id, score: scorePage(article.text, page.articleBody) });
    }
    const rows: EvaluationRow[] = [{ evaluation: 'extraction', metric: 'pages', value: pages.length }];
    const splits: [string, (id: string) => boolean][] = [
      ['dev', isDevPage],
      ['held-out', (id) => !isDevPage(id)],
      ['all', () => true],
    ];
    for (const [split, keep] of splits) {
      const b = mean(body.filter((p) => keep(p.id)).map((p) => p.score));
      const note = split === 'all' ? PUBLISHED : `${body.filter((p) => keep(p.id)).length} pages`;
      rows.push({ evaluation: 'extraction', metric: `${split} body F1 / P / R`, value: triple(b), note });
    }
    const w = mean(whole.map((p) => p.score));
    rows.push({
      evaluation: 'extraction',
      metric: 'all whole-text F1 / P / R',
      value: triple(w),
      note: 'title, byline, captions and related lines included',
    });
    return rows;
  },
};

function triple(score: PageScore): string {
  return `${score.f1.toFixed(3)} / ${score.precision.toFixed(3)} / ${score.recall.toFixed(3)}`;
}
