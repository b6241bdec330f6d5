/**
 * The HTML article extractor: one web page in, the article as plain text with its segments and
 * metadata out. Interface first; the extraction itself lands in the modules beside this one.
 */
import type { Segment } from '../../contract/analysis.js';

/** Another article linked or headlined on the page (a "related" box, a "read also" line). */
export interface RelatedLink {
  readonly text: string;
  readonly url: string | null;
  readonly outlet: string | null;
}

export type PublishedBasis = 'metadata' | 'json-ld' | 'time-element' | 'url';

export interface ExtractedArticle {
  /** The article as plain text: title line, then blocks separated by blank lines. */
  readonly text: string;
  readonly title: string | null;
  /** The site's name. */
  readonly outlet: string | null;
  /** The canonical URL. */
  readonly url: string | null;
  readonly author: string | null;
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  readonly published: string | null;
  readonly publishedBasis: PublishedBasis | null;
  /** The blocks of `text` in order, non-overlapping, offsets in UTF-16 code units into `text`. */
  readonly segments: Segment[];
  /** Other articles linked or headlined on the page. */
  readonly related: RelatedLink[];
}

export interface ExtractOptions {
  /** The URL the page was fetched from: the fallback canonical URL and a source of dates. */
  readonly url?: string;
}

export function extractArticle(_html: string, options: ExtractOptions = {}): ExtractedArticle {
  return {
    text: '',
    title: null,
    outlet: null,
    url: options.url ?? null,
    author: null,
    published: null,
    publishedBasis: null,
    segments: [],
    related: [],
  };
}
