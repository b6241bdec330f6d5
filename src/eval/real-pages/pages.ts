/**
 * The real-pages development set (`../shared/data/news-pages-dev/`): 66 real Arabic news pages with
 * hand-made gold facts. The pages stay in `../shared`; this module reads them by path and never
 * copies their text anywhere.
 *
 * The held-out part is what the set's README suggests: clusters J and K and the singles 316-322.
 * Rules are tuned while looking at the rest (`tune`); the held-out column is reported, never tuned to.
 */
import { readdirSync, readFileSync } from 'node:fs';

export const SHARED_DATA = new URL(
  process.env.RASD_SHARED_DATA ?? '../../../../shared/data/',
  import.meta.url,
);
export const PAGES_DIR = new URL('news-pages-dev/', SHARED_DATA);

export type Split = 'tune' | 'held';
export type GoldEntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** What may be marked `optional` by the annotator: counted neither right nor wrong. */
interface MaybeOptional {
  readonly optional?: boolean;
}

export interface GoldEntity extends MaybeOptional {
  readonly name: string;
  readonly surfaces: readonly string[];
}

export interface GoldTime extends MaybeOptional {
  readonly text: string;
  readonly value: string | null;
  readonly mod: string | null;
  /** A longer, unique string around `text`, when `text` occurs more than once. */
  readonly near?: string;
}

export interface GoldQuote extends MaybeOptional {
  /** The quote's first words, exactly as on the page. */
  readonly starts: string;
  /** The `name` of an entity of the page, or null for an unnamed speaker. */
  readonly speaker: string | null;
  readonly near?: string;
}

export interface GoldQuantity extends MaybeOptional {
  readonly text: string;
  readonly value?: number | null;
  readonly min?: number;
  readonly max?: number;
  readonly approx: string | null;
  readonly role: string;
  readonly unit?: string;
  readonly near?: string;
}

export interface GoldSegments {
  readonly title: string | null;
  readonly byline: readonly string[];
  readonly boilerplate: readonly string[];
  readonly related: readonly string[];
}

export interface PageGold {
  readonly published: string | null;
  readonly published_basis: string | null;
  readonly entities: Readonly<Record<GoldEntityType, readonly GoldEntity[]>>;
  readonly times: readonly GoldTime[];
  readonly quotes: readonly GoldQuote[];
  readonly quantities: readonly GoldQuantity[];
  readonly segments: GoldSegments;
}

export interface RealPage {
  readonly id: string;
  readonly url: string;
  /** `F`…`K`, or `single` for an article that is its own story. */
  readonly cluster: string;
  readonly text: string;
  /** A date the URL itself shows: what a crawler knows. */
  readonly urlDate: string | null;
  readonly split: Split;
  readonly gold: PageGold;
}

const HELD_OUT_CLUSTERS: ReadonlySet<string> = new Set(['J', 'K']);
const HELD_OUT_SINGLES = { from: 316, to: 322 };

export function splitOf(id: string, cluster: string): Split {
  if (HELD_OUT_CLUSTERS.has(cluster)) return 'held';
  const n = Number(id);
  return cluster === 'single' && n >= HELD_OUT_SINGLES.from && n <= HELD_OUT_SINGLES.to ? 'held' : 'tune';
}

/** The story a page belongs to: its cluster, or itself for a single article. */
export function goldStoryOf(page: Pick<RealPage, 'id' | 'cluster'>): string {
  return page.cluster === 'single' ? `single-${page.id}` : page.cluster;
}

interface PageFile {
  readonly url: string;
  readonly cluster: string;
  readonly text: string;
  readonly url_date?: string;
}

export function loadRealPages(dir: URL = PAGES_DIR): RealPage[] {
  const files = readdirSync(new URL('pages/', dir))
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((file) => {
    const id = file.replace(/\.json$/, '');
    const page = JSON.parse(readFileSync(new URL(`pages/${file}`, dir), 'utf8')) as PageFile;
    const gold = JSON.parse(readFileSync(new URL(`gold/${id}.gold.json`, dir), 'utf8')) as PageGold;
    return {
      id,
      url: page.url,
      cluster: page.cluster,
      text: page.text,
      urlDate: page.url_date ?? null,
      split: splitOf(id, page.cluster),
      gold,
    };
  });
}
