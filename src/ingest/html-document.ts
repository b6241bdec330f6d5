/**
 * A whole HTML page into an analysis input, through the article extractor (html/extract.ts).
 *
 * Rules:
 *  1. a page cut off mid-way (it ends inside a tag, or opens <body> and never closes it or </html>)
 *     is refused as truncated, since what is missing is usually the article's end;
 *  2. a page whose extracted text is empty is refused: "no article text found";
 *  3. the extractor's title, outlet, canonical URL, date and segments travel with the text.
 */

import { InputError } from './errors.js';
import { extractArticle } from './html/extract.js';
import type { SourceDocument } from './source-document.js';

export function documentFromHtml(source: string, html: string, url?: string): SourceDocument {
  if (isTruncated(html)) throw new InputError(source, 'truncated HTML (the page ends before </html>)');
  const article = extractArticle(html, url ? { url } : {});
  if (article.text.trim() === '') throw new InputError(source, 'no article text found');
  return {
    source,
    input: {
      text: article.text,
      title: article.title,
      outlet: article.outlet,
      url: article.url ?? url ?? null,
      published: article.published,
      ...(article.publishedBasis ? { publishedBasis: article.publishedBasis } : {}),
      ...(article.segments.length > 0 ? { segments: article.segments } : {}),
    },
  };
}

export function isTruncated(html: string): boolean {
  const tail = html.slice(-2048).trimEnd();
  if (tail.lastIndexOf('<') > tail.lastIndexOf('>')) return true;
  return /<body[\s>]/i.test(html) && !/<\/body\s*>|<\/html\s*>/i.test(tail);
}
