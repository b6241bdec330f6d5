/**
 * The byline, and the page's links to other articles.
 *
 * Rules:
 *  1. The byline is the first element whose class/id names a byline or author, outside nav, footer,
 *     aside and related boxes, with 3–100 characters of text.
 *  2. Related links come from the related blocks of the article, then from related boxes elsewhere
 *     on the page (even ones dropped as furniture); a link needs a text of at least 15 characters
 *     (a headline, not "more"). Links are unique by URL (or by text when they have none).
 *  3. A related link's outlet is the page's outlet when it points to the same site (or is relative),
 *     otherwise its host name without `www.`.
 */
import type { Boxes } from './boxes.js';
import { type AnyNode, type Element, isElement, textOf } from './dom.js';
import type { Block } from './render.js';
import { BYLINE_TOKENS } from './vocabulary.js';

/** Another article linked or headlined on the page (a "related" box, a "read also" line). */
export interface RelatedLink {
  readonly text: string;
  readonly url: string | null;
  readonly outlet: string | null;
}

const MIN_HEADLINE = 15;
const MAX_RELATED = 100;
const FURNITURE = new Set(['nav', 'footer', 'aside', 'script', 'style', 'noscript', 'template', 'head']);
const NOT_BYLINE = new Set(['meta', 'link', 'img', 'script', 'style', 'body', 'html', 'article', 'main']);

export interface Byline {
  readonly index: number;
  readonly text: string | null;
}

export function findByline(boxes: Boxes): Byline {
  const { page } = boxes;
  for (let i = 0; i < page.elements.length; i++) {
    const element = page.elements[i] as Element;
    if (NOT_BYLINE.has(element.name) || boxes.related[i] === 1) continue;
    if (!(boxes.tokens[i] ?? []).some((t) => BYLINE_TOKENS.has(t))) continue;
    if (insideFurniture(boxes, i)) continue;
    const text = textOf(element);
    if (text.length >= 3 && text.length <= 100) return { index: i, text };
  }
  return { index: -1, text: null };
}

function insideFurniture(boxes: Boxes, index: number): boolean {
  for (let a = index; a >= 0; a = boxes.page.parent[a] ?? -1) {
    if (FURNITURE.has(boxes.page.elements[a]?.name ?? '')) return true;
  }
  return false;
}

export function relatedLinks(
  boxes: Boxes,
  blocks: readonly Block[],
  pageUrl: string | null,
  outlet: string | null,
): RelatedLink[] {
  const found = new Map<string, RelatedLink>();
  const add = (text: string, href: string | null) => {
    if (text.length < MIN_HEADLINE || found.size >= MAX_RELATED) return;
    const url = resolve(href, pageUrl);
    const key = url ?? `text:${text}`;
    if (!found.has(key)) found.set(key, { text, url, outlet: outletOf(url, pageUrl, outlet) });
  };
  for (const block of blocks) {
    if (block.kind !== 'related') continue;
    for (const link of block.links) add(link.text, link.href);
  }
  const { page } = boxes;
  for (let i = 0; i < page.elements.length; i++) {
    const parent = page.parent[i] ?? -1;
    if (boxes.related[i] !== 1 || (parent >= 0 && boxes.related[parent] === 1)) continue;
    if (insideTag(boxes, i, 'nav') || insideTag(boxes, i, 'footer')) continue;
    for (const anchor of anchorsIn(page.elements[i] as Element))
      add(textOf(anchor), anchor.attribs.href ?? null);
  }
  return [...found.values()];
}

function insideTag(boxes: Boxes, index: number, tag: string): boolean {
  for (let a = index; a >= 0; a = boxes.page.parent[a] ?? -1) {
    if (boxes.page.elements[a]?.name === tag) return true;
  }
  return false;
}

function anchorsIn(root: Element): Element[] {
  const anchors: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node) || node.type !== 'tag') continue;
    if (node.name === 'a') {
      anchors.push(node);
      continue;
    }
    for (let c = node.children.length - 1; c >= 0; c--) {
      const child = node.children[c];
      if (child) stack.push(child);
    }
  }
  return anchors;
}

function resolve(href: string | null, base: string | null): string | null {
  if (!href || href.startsWith('#') || /^(javascript|mailto):/i.test(href)) return null;
  try {
    const url = new URL(href.trim(), base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function outletOf(url: string | null, pageUrl: string | null, outlet: string | null): string | null {
  if (!url) return outlet;
  const host = new URL(url).hostname.replace(/^www\./, '');
  let pageHost: string | null = null;
  try {
    pageHost = pageUrl ? new URL(pageUrl).hostname.replace(/^www\./, '') : null;
  } catch {
    pageHost = null;
  }
  return pageHost === null || host === pageHost ? outlet : host;
}
