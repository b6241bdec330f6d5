/**
 * What each element of the page is for, and how much text it holds.
 *
 * Rules, in order:
 *  1. An element is dropped with its subtree when its tag never holds article text (`DROP_TAGS`),
 *     its ARIA role is page furniture, or it is hidden (`hidden`, `aria-hidden`, `display:none`).
 *  2. It is dropped when a class/id token names furniture (`BOILERPLATE_TOKENS`), unless it is
 *     `<html>`, `<body>`, `<main>`, `<article>`, an `itemprop=articleBody`, named as an article
 *     body, or holds more than half of the page's paragraph text: a wrapper called `has-sidebar`
 *     around the whole page must not take the article with it. Quotations and embedded posts
 *     (`<blockquote>`, `social-media-embed`) are kept: they are part of the story.
 *  3. A box whose class/id names related stories (`RELATED_TOKENS`) is marked related, with the
 *     same exceptions.
 *  4. Text is counted per "block owner", the nearest block-level ancestor; a block owner with at
 *     least `MIN_PARAGRAPH` characters is a paragraph. Link text is counted apart.
 *  5. Subtree sums (text, link text, paragraph text, paragraphs) leave dropped subtrees out.
 */
import { classTokens, type Element, type IndexedPage, isTextNode } from './dom.js';
import {
  ARTICLE_BODY_NAMES,
  BLOCK_TAGS,
  BOILERPLATE_ROLES,
  BOILERPLATE_TOKENS,
  DROP_TAGS,
  EMBED_TOKENS,
  RELATED_TOKENS,
} from './vocabulary.js';

export const MIN_PARAGRAPH = 25;
const PROTECTED_TAGS = new Set(['html', 'body', 'main', 'article']);
const COMMA = /[,،、]/g;

export interface Boxes {
  readonly page: IndexedPage;
  readonly tokens: readonly string[][];
  readonly dropped: Uint8Array;
  readonly related: Uint8Array;
  /** Marked as the article body by markup (itemprop or class/id name). */
  readonly articleBody: Uint8Array;
  /** Nearest block-level ancestor-or-self. */
  readonly owner: Int32Array;
  readonly inLink: Uint8Array;
  /** Text directly owned by this block (inline descendants included). */
  readonly blockText: Float64Array;
  readonly blockLink: Float64Array;
  readonly blockCommas: Float64Array;
  /** Subtree sums. */
  readonly text: Float64Array;
  readonly link: Float64Array;
  readonly paragraphText: Float64Array;
  readonly paragraphs: Float64Array;
}

export function measureBoxes(page: IndexedPage): Boxes {
  const n = page.elements.length;
  const boxes: Boxes = {
    page,
    tokens: page.elements.map(classTokens),
    dropped: new Uint8Array(n),
    related: new Uint8Array(n),
    articleBody: new Uint8Array(n),
    owner: new Int32Array(n),
    inLink: new Uint8Array(n),
    blockText: new Float64Array(n),
    blockLink: new Float64Array(n),
    blockCommas: new Float64Array(n),
    text: new Float64Array(n),
    link: new Float64Array(n),
    paragraphText: new Float64Array(n),
    paragraphs: new Float64Array(n),
  };
  markStructure(boxes);
  countText(boxes);
  sumSubtrees(boxes);
  classifyByName(boxes);
  sumSubtrees(boxes);
  return boxes;
}

function markStructure(boxes: Boxes): void {
  const { page, tokens } = boxes;
  for (let i = 0; i < page.elements.length; i++) {
    const element = page.elements[i] as Element;
    const parent = page.parent[i] ?? -1;
    const own = tokens[i] ?? [];
    const isBlock = BLOCK_TAGS.has(element.name) || parent < 0;
    boxes.owner[i] = isBlock ? i : (boxes.owner[parent] ?? i);
    boxes.inLink[i] = element.name === 'a' || (parent >= 0 && boxes.inLink[parent] === 1) ? 1 : 0;
    boxes.dropped[i] = (parent >= 0 && boxes.dropped[parent] === 1) || droppedByMarkup(element) ? 1 : 0;
    const itemprop = (element.attribs.itemprop ?? '').toLowerCase();
    boxes.articleBody[i] = itemprop === 'articlebody' || own.some((t) => ARTICLE_BODY_NAMES.has(t)) ? 1 : 0;
  }
}

function droppedByMarkup(element: Element): boolean {
  if (DROP_TAGS.has(element.name)) return true;
  const attribs = element.attribs;
  if (attribs.role && BOILERPLATE_ROLES.has(attribs.role.toLowerCase())) return true;
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  const style = attribs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function countText(boxes: Boxes): void {
  const { page } = boxes;
  for (let i = 0; i < page.elements.length; i++) {
    if (boxes.dropped[i] === 1) continue;
    const element = page.elements[i] as Element;
    const owner = boxes.owner[i] ?? i;
    for (const child of element.children) {
      if (!isTextNode(child)) continue;
      const length = visibleLength(child.data);
      if (length === 0) continue;
      boxes.blockText[owner] = (boxes.blockText[owner] ?? 0) + length;
      if (boxes.inLink[i] === 1) boxes.blockLink[owner] = (boxes.blockLink[owner] ?? 0) + length;
      boxes.blockCommas[owner] = (boxes.blockCommas[owner] ?? 0) + (child.data.match(COMMA)?.length ?? 0);
    }
  }
}

/** Characters of a text node once runs of whitespace count as one. */
export function visibleLength(data: string): number {
  let length = 0;
  let space = true;
  for (let k = 0; k < data.length; k++) {
    const c = data.charCodeAt(k);
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
    if (isSpace) {
      if (!space) length++;
      space = true;
    } else {
      length++;
      space = false;
    }
  }
  return length;
}

function sumSubtrees(boxes: Boxes): void {
  const n = boxes.page.elements.length;
  boxes.text.set(boxes.blockText);
  boxes.link.set(boxes.blockLink);
  boxes.paragraphText.fill(0);
  boxes.paragraphs.fill(0);
  for (let i = 0; i < n; i++) {
    const t = boxes.blockText[i] ?? 0;
    if (t >= MIN_PARAGRAPH && boxes.dropped[i] === 0 && boxes.related[i] === 0) {
      const linkShare = (boxes.blockLink[i] ?? 0) / t;
      if (linkShare < 0.5) {
        boxes.paragraphText[i] = t - (boxes.blockLink[i] ?? 0);
        boxes.paragraphs[i] = 1;
      }
    }
    if (boxes.dropped[i] === 1) {
      boxes.text[i] = 0;
      boxes.link[i] = 0;
    }
  }
  // Block text sits on block owners only, so adding every child's sum counts each character once.
  for (let i = n - 1; i >= 0; i--) {
    const p = boxes.page.parent[i] ?? -1;
    if (p < 0 || boxes.dropped[i] === 1) continue;
    boxes.text[p] = (boxes.text[p] ?? 0) + (boxes.text[i] ?? 0);
    boxes.link[p] = (boxes.link[p] ?? 0) + (boxes.link[i] ?? 0);
    boxes.paragraphText[p] = (boxes.paragraphText[p] ?? 0) + (boxes.paragraphText[i] ?? 0);
    boxes.paragraphs[p] = (boxes.paragraphs[p] ?? 0) + (boxes.paragraphs[i] ?? 0);
  }
}

/**
 * Rules 2 and 3, on the sums of rule 5 taken before them: a box holding most of the page's prose
 * is the article whatever its names say (`modal-enabled`, `has-sidebar`, `widget Blog`).
 */
function classifyByName(boxes: Boxes): void {
  const { page, tokens } = boxes;
  const body = page.elements.findIndex((e) => e.name === 'body');
  const most = 0.5 * (boxes.paragraphText[Math.max(body, 0)] ?? 0);
  for (let i = 0; i < page.elements.length; i++) {
    const parent = page.parent[i] ?? -1;
    if (parent >= 0 && boxes.related[parent] === 1) boxes.related[i] = 1;
    if (parent >= 0 && boxes.dropped[parent] === 1) boxes.dropped[i] = 1;
    if (boxes.dropped[i] === 1) continue;
    const element = page.elements[i] as Element;
    if (PROTECTED_TAGS.has(element.name) || boxes.articleBody[i] === 1) continue;
    if (most > 0 && (boxes.paragraphText[i] ?? 0) > most) continue;
    const own = tokens[i] ?? [];
    if (element.name === 'blockquote' || own.some((t) => EMBED_TOKENS.has(t))) continue;
    if (own.some((t) => BOILERPLATE_TOKENS.has(t))) boxes.dropped[i] = 1;
    else if (own.some((t) => RELATED_TOKENS.has(t))) boxes.related[i] = 1;
  }
}
