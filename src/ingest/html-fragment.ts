/**
 * An HTML fragment (a feed item's content) into plain text, one block a paragraph.
 *
 * Rules:
 *  1. block elements (p, div, li, h1–h6, blockquote, figcaption, tr, br…) end a line; paragraphs are
 *     separated by a blank line;
 *  2. script, style, noscript, template, iframe and svg contribute nothing;
 *  3. runs of whitespace inside a block become one space; entities are decoded.
 * Whole pages go to the article extractor (html/extract.ts) instead.
 */
import { Parser } from 'htmlparser2';
import { BLOCK_TAGS } from './html/vocabulary.js';

// The extractor's block tags, plus what a feed item's fragment uses for its own lines: a page's
// header and footer are boilerplate to the extractor, but in a fragment they are the item's text.
const BLOCKS: ReadonlySet<string> = new Set([...BLOCK_TAGS, 'header', 'footer', 'br']);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'head']);

export function htmlFragmentToText(html: string): string {
  const blocks: string[] = [];
  let current = '';
  let skipping = 0;
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) blocks.push(line);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        else if (BLOCKS.has(name)) flush();
      },
      ontext(text) {
        if (skipping === 0) current += text;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  flush();
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}
