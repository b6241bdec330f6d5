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

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figure',
  'figcaption',
  'section',
  'article',
  'header',
  'footer',
  'table',
  'tr',
  'pre',
  'hr',
  'br',
  'dd',
  'dt',
]);
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
