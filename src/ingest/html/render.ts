/**
 * The chosen containers as blocks of plain text in reading order, each with its kind.
 *
 * Rules:
 *  1. Block-level elements start and end blocks; inline elements run together; `<br>` is a line
 *     break inside a block; table cells in a row are joined with " | ", one row per block.
 *  2. Dropped subtrees (see boxes.ts) are skipped.
 *  3. An element that gives a kind starts and ends a block even when it is inline (a caption
 *     `<span>` inside a photo box). A block's kind comes from its innermost marked ancestor: a related box → `related`, `<h1>`…
 *     `<h6>` → `heading`, `<figcaption>` or a caption class → `caption`, the byline element →
 *     `byline`, a dateline class → `dateline`; otherwise `body`.
 *  4. Inside the article, a list or box with no paragraph of prose and mostly link text is a list of
 *     links: of other stories (related) when two or more links read like headlines, otherwise
 *     dropped.
 *  5. Link texts and targets are kept per block, for the related links.
 */
import type { SegmentKind } from '../../contract/analysis.js';
import type { Boxes } from './boxes.js';
import { type AnyNode, collapseSpace, type Element, isElement, isTextNode, textOf } from './dom.js';
import { CAPTION_TOKENS, DATELINE_TOKENS, HEADING_TAGS } from './vocabulary.js';

export interface BlockLink {
  readonly text: string;
  readonly href: string | null;
}

export interface Block {
  readonly text: string;
  readonly kind: SegmentKind;
  /** Characters of the block's text inside links. */
  readonly linkChars: number;
  readonly links: readonly BlockLink[];
}

const HEADLINE_LINK = 25;
const LIST_TAGS = new Set(['ul', 'ol', 'dl', 'div', 'section', 'table']);

interface Step {
  readonly node: AnyNode;
  readonly exit: boolean;
}

class BlockWriter {
  readonly blocks: Block[] = [];
  private parts: string[] = [];
  private linkChars = 0;
  private links: BlockLink[] = [];
  readonly kinds: SegmentKind[] = ['body'];
  cellsInRow = 0;

  get kind(): SegmentKind {
    return this.kinds[this.kinds.length - 1] ?? 'body';
  }

  append(text: string, inLink: boolean): void {
    this.parts.push(text);
    if (inLink) this.linkChars += text.replace(/\s+/g, '').length;
  }

  addLink(link: BlockLink): void {
    this.links.push(link);
  }

  flush(): void {
    const text = this.parts
      .join('')
      .replace(/ *\n[\s]*/g, '\n')
      .replace(/ {2,}/g, ' ')
      .trim();
    if (text !== '') {
      this.blocks.push({ text, kind: this.kind, linkChars: this.linkChars, links: this.links });
    }
    this.parts = [];
    this.linkChars = 0;
    this.links = [];
    this.cellsInRow = 0;
  }
}

export function renderBlocks(boxes: Boxes, roots: readonly number[], byline: number): Block[] {
  const writer = new BlockWriter();
  for (const root of roots) {
    const element = boxes.page.elements[root];
    if (element) renderTree(boxes, element, root, byline, writer);
    writer.flush();
  }
  return writer.blocks;
}

function renderTree(boxes: Boxes, root: Element, rootIndex: number, byline: number, writer: BlockWriter) {
  const stack: Step[] = [{ node: root, exit: false }];
  const pushed: boolean[] = [];
  while (stack.length > 0) {
    const { node, exit } = stack.pop() as Step;
    if (isTextNode(node)) {
      writer.append(collapseSpace(node.data), boxes.inLink[indexOfParent(boxes, node)] === 1);
      continue;
    }
    if (!isElement(node) || node.type !== 'tag') continue;
    const i = boxes.page.indexOf.get(node) ?? -1;
    if (exit) {
      const kinded = pushed.pop() === true;
      if (isBlock(boxes, i) || kinded) writer.flush();
      if (kinded) writer.kinds.pop();
      continue;
    }
    if (i < 0 || boxes.dropped[i] === 1) continue;
    const kind = i === rootIndex ? null : kindOf(boxes, node, i, byline, writer.kind);
    if (kind === 'boilerplate') continue;
    if (isBlock(boxes, i) || kind) writer.flush();
    enterInline(boxes, node, i, writer);
    if (kind) writer.kinds.push(kind);
    pushed.push(kind !== null);
    stack.push({ node, exit: true });
    for (let c = node.children.length - 1; c >= 0; c--) {
      const child = node.children[c];
      if (child) stack.push({ node: child, exit: false });
    }
  }
}

function enterInline(boxes: Boxes, node: Element, i: number, writer: BlockWriter): void {
  if (node.name === 'br') writer.append('\n', false);
  else if (node.name === 'td' || node.name === 'th') {
    if (writer.cellsInRow++ > 0) writer.append(' | ', false);
  } else if (node.name === 'a' && (boxes.inLink[boxes.page.parent[i] ?? -1] ?? 0) === 0) {
    const text = textOf(node);
    if (text !== '') writer.addLink({ text, href: node.attribs.href ?? null });
  }
}

function isBlock(boxes: Boxes, i: number): boolean {
  return i >= 0 && boxes.owner[i] === i;
}

function indexOfParent(boxes: Boxes, node: AnyNode): number {
  const parent = node.parent;
  return parent && isElement(parent) ? (boxes.page.indexOf.get(parent) ?? -1) : -1;
}

/** The kind an element gives its blocks, `boilerplate` to skip it, or null to inherit. */
function kindOf(
  boxes: Boxes,
  node: Element,
  i: number,
  byline: number,
  current: SegmentKind,
): SegmentKind | null {
  if (current === 'related' || current === 'caption') return null;
  if (i === byline) return 'byline';
  if (boxes.related[i] === 1) return 'related';
  const tokens = boxes.tokens[i] ?? [];
  if (node.name === 'figcaption' || tokens.some((t) => CAPTION_TOKENS.has(t))) return 'caption';
  if (HEADING_TAGS.has(node.name)) return 'heading';
  if (tokens.some((t) => DATELINE_TOKENS.has(t))) return 'dateline';
  if (LIST_TAGS.has(node.name) && isLinkList(boxes, i)) {
    return headlineLinks(node) >= 2 ? 'related' : 'boilerplate';
  }
  return null;
}

function isLinkList(boxes: Boxes, i: number): boolean {
  const text = boxes.text[i] ?? 0;
  return (boxes.paragraphs[i] ?? 0) === 0 && text > 0 && (boxes.link[i] ?? 0) / text > 0.5;
}

/** Links in a subtree whose text is long enough to be a headline (iterative). */
function headlineLinks(root: Element): number {
  let count = 0;
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    if (node.name === 'a') {
      if (textOf(node).length >= HEADLINE_LINK) count++;
      continue;
    }
    for (const child of node.children) stack.push(child);
  }
  return count;
}
