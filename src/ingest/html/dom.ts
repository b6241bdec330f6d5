/**
 * The parsed page as a flat, indexed list of elements, and the helpers every other module uses.
 *
 * Rules:
 *  1. Traversal is iterative (an explicit stack), never recursive: a deeply nested page must not
 *     overflow the call stack.
 *  2. Elements are numbered in document order; `parent[i]` is the index of the parent element (-1 at
 *     the top), so subtree sums are one backwards pass.
 *  3. Class and id names become tokens: each name lowercased whole with its separators removed
 *     (`article-body` → `articlebody`), plus its parts split on non-alphanumerics and camelCase.
 *  4. Text is whitespace-collapsed; htmlparser2 has already decoded the entities.
 *  5. Nesting deeper than `MAX_NESTING` is flattened before parsing: htmlparser2 keeps its open
 *     elements in an array it shifts at the front, so a page 100,000 `<div>`s deep costs time
 *     quadratic in the depth. Tags that close implicitly (`<p>`, `<li>`, `<td>` …) and void tags are
 *     not counted, so pages that leave them open are never touched; real pages nest below 200.
 */
import { type createDocumentStream, parseDocument } from 'htmlparser2';

// The node types of htmlparser2's DOM (domhandler), named through htmlparser2's own signatures so
// the project depends on htmlparser2 alone.
export type Document = ReturnType<typeof parseDocument>;
export type Element = Parameters<NonNullable<Parameters<typeof createDocumentStream>[2]>>[0];
export type AnyNode = Document | Document['children'][number];

export interface IndexedPage {
  readonly document: Document;
  /** Every element in document order. */
  readonly elements: readonly Element[];
  /** Index of each element's parent element, -1 for top-level ones. */
  readonly parent: Int32Array;
  readonly indexOf: ReadonlyMap<Element, number>;
}

export function parsePage(html: string): IndexedPage {
  const document = parseDocument(limitNesting(html), {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  const elements: Element[] = [];
  const parents: number[] = [];
  const indexOf = new Map<Element, number>();
  const stack: { node: AnyNode; parent: number }[] = [];
  pushChildren(stack, document.children, -1);
  while (stack.length > 0) {
    const { node, parent } = stack.pop() as { node: AnyNode; parent: number };
    if (!isElement(node)) continue;
    const index = elements.length;
    elements.push(node);
    parents.push(parent);
    indexOf.set(node, index);
    pushChildren(stack, node.children, index);
  }
  return { document, elements, parent: Int32Array.from(parents), indexOf };
}

export const MAX_NESTING = 1500;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
const NOT_COUNTED = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup tbody thead tfoot rt rp html head body'.split(
    ' ',
  ),
);

/** Rule 5: the page with tags nested deeper than `MAX_NESTING` left out (their text stays). */
export function limitNesting(html: string): string {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(TAG)) {
    if (NOT_COUNTED.has((match[2] ?? '').toLowerCase()) || match[3] === '/') continue;
    depth = match[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  if (deepest <= MAX_NESTING) return html;
  depth = 0;
  return html.replace(TAG, (tag, slash: string, name: string, selfClosing: string) => {
    if (NOT_COUNTED.has(name.toLowerCase()) || selfClosing === '/') return tag;
    if (slash === '/') {
      depth = Math.max(0, depth - 1);
      return depth >= MAX_NESTING ? '' : tag;
    }
    depth++;
    return depth > MAX_NESTING ? '' : tag;
  });
}

function pushChildren(
  stack: { node: AnyNode; parent: number }[],
  children: readonly AnyNode[],
  parent: number,
) {
  for (let i = children.length - 1; i >= 0; i--) {
    const node = children[i];
    if (node) stack.push({ node, parent });
  }
}

/** An element node (domhandler gives `script` and `style` their own types). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isTextNode(node: AnyNode): node is AnyNode & { data: string } {
  return node.type === 'text';
}

/** Class and id tokens of an element (rule 3). */
export function classTokens(element: Element): string[] {
  const tokens: string[] = [];
  const names = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`;
  for (const name of names.split(/\s+/)) {
    if (name === '') continue;
    const joined = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
    if (joined !== '') tokens.push(joined);
    const parts = name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/);
    for (const part of parts) if (part !== '' && part !== joined) tokens.push(part);
  }
  return tokens;
}

const SPACE = /\s+/g;

/** Runs of whitespace (including no-break spaces) as one space. */
export function collapseSpace(text: string): string {
  return text.replace(SPACE, ' ');
}

/** The visible text of a subtree, whitespace-collapsed and trimmed (iterative). */
export function textOf(root: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isTextNode(node)) parts.push(node.data);
    else if (isElement(node) && node.type === 'tag') {
      if (node.name === 'br') parts.push(' ');
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if (child) stack.push(child);
      }
    }
  }
  return collapseSpace(parts.join('')).trim();
}

/** The raw text of a script element (JSON-LD), without collapsing. */
export function rawTextOf(element: Element): string {
  let out = '';
  for (const child of element.children) if (isTextNode(child)) out += child.data;
  return out;
}
