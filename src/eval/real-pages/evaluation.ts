/**
 * `npm run eval` on real pages: every analyst-facing output of Rasd measured on the 66 real pages
 * of `../shared/data/news-pages-dev/`, each analysed as a user would run it (`rasd analyze page.txt
 * --published URL_DATE` when the URL shows a date; nothing else is given). Every figure is printed
 * for the tuned part, the held-out part and all pages; what each means is in docs/evaluation.md.
 */
import { writeFileSync } from 'node:fs';
import { analyzeDocument } from '../../analyze/analyze.js';
import { f1, ratio, Tally } from '../tally.js';
import type { Evaluation, EvaluationRow } from '../types.js';
import { loadRealPages, type Split } from './pages.js';
import { type AnalysedPage, loadReviewedContradictions, scoreCorpus } from './score-corpus.js';
import { scoreDossier } from './score-dossier.js';
import { ENTITY_TYPES, scoreEntities } from './score-entities.js';
import { scoreQuantities } from './score-quantities.js';
import { scoreQuotes } from './score-quotes.js';
import { SEGMENT_CLASSES, scoreSegments } from './score-segments.js';
import { scoreTimes } from './score-times.js';

/** Every miss, a line each, for error analysis. It quotes the pages, so it is never committed. */
/** The tuned part's misses: what rules are written from. */
export const MISSES_FILE = new URL('../../../eval/real-pages-misses.txt', import.meta.url);
/**
 * The held-out part's misses, kept apart so that reading the misses while tuning never shows a
 * held-out page (its cluster lines included); for reviewing what the eval reports, never for tuning.
 */
export const HELD_MISSES_FILE = new URL('../../../eval/real-pages-misses-held.txt', import.meta.url);

const SPLITS = ['tune', 'held', 'all'] as const;
type Column = (typeof SPLITS)[number];

export function analysePages(): AnalysedPage[] {
  return loadRealPages().map((page) => ({
    page,
    analysis: analyzeDocument({ text: page.text }, page.urlDate ? { publishedOverride: page.urlDate } : {}),
  }));
}

export interface ScoredPages {
  readonly rows: EvaluationRow[];
  /** The tuned part's misses. */
  readonly misses: string[];
  readonly heldMisses: string[];
}

export function scorePages(pages: readonly AnalysedPage[]): ScoredPages {
  const tallies: Record<Column, Tally> = { tune: new Tally(), held: new Tally(), all: new Tally() };
  for (const { page, analysis } of pages) {
    const t = new Tally();
    scoreEntities(page, analysis, t);
    scoreTimes(page, analysis, t);
    scoreQuotes(page, analysis, t);
    scoreQuantities(page, analysis, t);
    scoreSegments(page, analysis, t);
    tallies[page.split].merge(t);
  }
  const corpus = scoreCorpus(pages, loadReviewedContradictions());
  const clusters = new Set(pages.map((p) => p.page.cluster).filter((c) => c !== 'single'));
  for (const cluster of clusters) {
    const members = pages.filter((p) => p.page.cluster === cluster);
    scoreDossier(cluster, members, tallies[members[0]?.page.split ?? 'tune']);
  }
  for (const split of ['tune', 'held'] as const) tallies[split].merge(corpus.tallies[split]);
  tallies.all.merge(tallies.tune);
  tallies.all.merge(tallies.held);

  const rows: EvaluationRow[] = [];
  for (const split of SPLITS) {
    const t = tallies[split];
    const pageCount = pages.filter((p) => split === 'all' || p.page.split === split).length;
    const row = (metric: string, value: number | null, note?: string) =>
      rows.push({ evaluation: 'real pages', metric, value, split, ...(note ? { note } : {}) });
    /** `hit / of` as a row, its counts in the note. */
    const share = (metric: string, hit: string, of: string, what = '') =>
      row(metric, ratio(t.get(hit), t.get(of)), `${t.get(hit)}/${t.get(of)}${what}`);
    /** Precision, recall and F1 from a scorer's `KEY.predictedMatched/predicted/found/gold` counts. */
    const prf = (name: string, key: string) => {
      const p = ratio(t.get(`${key}.predictedMatched`), t.get(`${key}.predicted`));
      const r = ratio(t.get(`${key}.found`), t.get(`${key}.gold`));
      row(`${name} precision`, p, `${t.get(`${key}.predictedMatched`)}/${t.get(`${key}.predicted`)}`);
      row(`${name} recall`, r, `${t.get(`${key}.found`)}/${t.get(`${key}.gold`)}`);
      row(`${name} F1`, f1(p, r));
    };
    row('pages', pageCount);
    prf('entities', 'entities');
    for (const type of ENTITY_TYPES) prf(`entities ${type}`, `entities.${type}`);
    row(
      'entities duplicates',
      t.get('entities.duplicates'),
      'a second entity for a thing the page names once (counted wrong in precision)',
    );
    share(
      'identities one id',
      'identities.one',
      'identities.found',
      ' gold entities found on 2+ pages of a cluster',
    );
    row(
      'identities pairwise precision',
      ratio(t.get('identities.samePairsRight'), t.get('identities.samePairs')),
      `${t.get('identities.samePairs')} pairs given one id`,
    );
    prf('dates', 'times');
    share(
      'dates value',
      'times.value',
      'times.valueScored',
      ' exact TIMEX3 value (a relative date on a page whose gold has no date but Rasd inferred one is not scored)',
    );
    share('publication date', 'published.right', 'published.gold', ' pages whose gold has one');
    share(
      'publication date from the text',
      'published.rightFromText',
      'published.goldFromText',
      ' without a date in the URL',
    );
    row(
      'publication date stated, gold none',
      t.get('published.statedWithoutGold'),
      `of ${t.get('published.goldNone')} pages whose gold has none (a date inferred from the page is not an error by the set's convention)`,
    );
    prf('quotes', 'quotes');
    share(
      'quote speakers',
      'quotes.speakerNamed',
      'quotes.goldWithSpeaker',
      ' gold quotes credited to someone',
    );
    share('quote speakers incl. unnamed', 'quotes.speaker', 'quotes.gold');
    prf('figures', 'figures');
    share('figures value+approx+role', 'figures.all', 'figures.gold');
    share('figures value', 'figures.value', 'figures.gold');
    share('figures approx', 'figures.approx', 'figures.gold');
    share('figures role', 'figures.role', 'figures.gold');
    share('title', 'title.right', 'title.pages', ' pages');
    share('outlet named from the text', 'outlet.namedFromText', 'outlet.pages', ' pages (pasted text)');
    share('outlet named with the URL', 'outlet.namedWithUrl', 'outlet.pages', ' pages (fetched page)');
    for (const cls of SEGMENT_CLASSES) if (cls !== 'title') prf(`segments ${cls}`, `segments.${cls}`);
    const stories = corpus.stories[split];
    row('stories B-cubed precision', stories.precision);
    row('stories B-cubed recall', stories.recall);
    row('stories B-cubed F1', stories.f1);
    share(
      'conflicts update steps found',
      'updates.found',
      'updates.gold',
      ' steps implied by gold figures and dates',
    );
    row(
      'conflicts contradictions reported',
      t.get('contradictions.reported'),
      `${t.get('contradictions.rejected')} rejected, ${t.get('contradictions.unreviewed')} not reviewed`,
    );
    row(
      'dossier entries',
      t.get('dossier.entries'),
      'between the two entities named on most pages of each cluster',
    );
    row(
      'dossier sources per entry',
      ratio(t.get('dossier.sources'), t.get('dossier.entries')),
      'one event from many outlets is one entry',
    );
    share('dossier dated from the event', 'dossier.datedFromEvent', 'dossier.entries', ' entries');
    share('dossier undated', 'dossier.undated', 'dossier.entries', ' entries');
    share('dossier sources with an outlet', 'dossier.sourcesWithOutlet', 'dossier.sources', ' sources');
    row(
      'conflicts false contradictions',
      t.get('contradictions.reported') - t.get('contradictions.accepted'),
      'rejected by review or not reviewed yet',
    );
    row(
      'conflicts contradiction precision',
      // None reported is no false alarm: precision 1, so the gate never punishes silencing one.
      t.get('contradictions.reported') === 0
        ? 1
        : ratio(t.get('contradictions.accepted'), t.get('contradictions.reported')),
      'accepted by review / reported (1 when none is reported)',
    );
  }
  return { rows, misses: tallies.tune.misses, heldMisses: tallies.held.misses };
}

export const realPagesEvaluation: Evaluation = {
  name: 'real-pages',
  async run() {
    const started = performance.now();
    const pages = analysePages();
    const seconds = (performance.now() - started) / 1000;
    const { rows, misses, heldMisses } = scorePages(pages);
    writeFileSync(MISSES_FILE, `${misses.join('\n')}\n`);
    writeFileSync(
      HELD_MISSES_FILE,
      `# held-out pages (301-322, clusters J and K): never read while tuning rules\n${heldMisses.join('\n')}\n`,
    );
    rows.push({
      evaluation: 'real pages',
      metric: 'analysis seconds',
      value: seconds,
      note: 'all 66 pages, one process',
    });
    return rows;
  },
};

export type { Split };
