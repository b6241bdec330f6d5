/**
 * The HTML article extractor: one web page in, the article as plain text with its segments and
 * metadata out. The input HTML is never rewritten; `text` is new text and every segment's offsets
 * are UTF-16 code units into it.
 *
 * Steps, in order:
 *  1. parse (htmlparser2, entities decoded) and index the elements (dom.ts);
 *  2. read the metadata: title, outlet, canonical URL, author, publication date (metadata.ts);
 *  3. classify and measure every box: dropped furniture, related boxes, text and link counts (boxes.ts);
 *  4. choose the article's container(s) (content.ts);
 *  5. render them as kinded blocks in reading order (render.ts), then refine the blocks (refine.ts);
 *  6. assemble: the title line, the byline, then the blocks, separated by blank lines; the related
 *     links from related blocks and related boxes elsewhere on the page (related.ts).
 * A page with no article gives empty text and no segments.
 */
import type { Segment } from '../../contract/analysis.js';
import { appendAll } from '../../core/append-all.js';
import { measureBoxes } from './boxes.js';
import { chooseContent } from './content.js';
import { parsePage } from './dom.js';
import { type PublishedBasis, readMetadata } from './metadata.js';
import { refineBlocks } from './refine.js';
import { findByline, type RelatedLink, relatedLinks } from './related.js';
import { type Block, renderBlocks } from './render.js';

export type { PublishedBasis } from './metadata.js';
export type { RelatedLink } from './related.js';

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

export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedArticle {
  const page = parsePage(html);
  const metadata = readMetadata(page, options.url);
  const boxes = measureBoxes(page);
  const roots = chooseContent(boxes);
  const byline = findByline(boxes);
  const blocks = refineBlocks(renderBlocks(boxes, roots, byline.index), metadata.title, byline.text);
  const hasBody = blocks.some((block) => block.kind === 'body');
  const lines: Block[] = [];
  if (hasBody) {
    if (metadata.title) lines.push({ text: metadata.title, kind: 'title', linkChars: 0, links: [] });
    if (byline.text && !blocks.some((block) => block.kind === 'byline')) {
      lines.push({ text: byline.text, kind: 'byline', linkChars: 0, links: [] });
    }
    appendAll(lines, blocks);
  }
  const { text, segments } = assemble(lines);
  return {
    ...metadata,
    text,
    segments,
    related: relatedLinks(boxes, blocks, metadata.url ?? options.url ?? null, metadata.outlet),
  };
}

/** Blocks joined by blank lines, each block one segment. */
function assemble(blocks: readonly Block[]): { text: string; segments: Segment[] } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let offset = 0;
  for (const block of blocks) {
    if (parts.length > 0) {
      parts.push('\n\n');
      offset += 2;
    }
    parts.push(block.text);
    segments.push({ kind: block.kind, start: offset, end: offset + block.text.length });
    offset += block.text.length;
  }
  return { text: parts.join(''), segments };
}
