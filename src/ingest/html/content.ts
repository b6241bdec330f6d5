/**
 * Which part of the page is the article.
 *
 * Rules, in order (the scoring idea is Readability's, re-derived; weights are ours):
 *  1. Every paragraph (see boxes.ts) scores 1 + its commas + one per 100 characters (at most 3),
 *     scaled down by its share of link text, and hands that score to its parent, half to its
 *     grandparent and a third, sixth … further up (up to five levels).
 *  2. A container starts from its tag (div +5; lists, forms −3) and its class/id (+25 for content
 *     words, +25 more for an article-body name or `itemprop=articleBody`, both scaled by its prose
 *     up to 500 characters; −25 for furniture words),
 *     and its final score is multiplied by one minus its link density.
 *  3. The best container is moved up to its parent when the parent scores nearly as well, or
 *     when three or more other strong containers sit under the same parent (a split body).
 *  4. Markup that names the body wins when it is good: the elements marked as the article body
 *     replace the choice when they hold at least half its prose; else the `<article>` around the
 *     choice does, unless it is link-heavy or holds far more prose (then it is a page, not a body).
 *  5. Siblings of the choice join it when they score at least a fifth as well, or are paragraphs
 *     of prose with few links.
 */

import { type Boxes, MIN_PARAGRAPH } from './boxes.js';
import type { Element } from './dom.js';
import { BOILERPLATE_TOKENS, CONTENT_TOKENS } from './vocabulary.js';

const LEVELS = 5;
const FULL_BONUS_PROSE = 500;
const EXPANDS_TO = new Set(['article']);
const MAX_EXPAND_DENSITY = 0.25;
const MAX_EXPAND_GROWTH = 2.5;
const MIN_MARKED_PROSE = 100;

/** Elements to render, in document order; empty when the page has no article. */
export function chooseContent(boxes: Boxes): number[] {
  const scores = scoreContainers(boxes);
  let top = -1;
  let best = 0;
  for (const [index, score] of scores) {
    if (score > best) [top, best] = [index, score];
  }
  if (top < 0) return [];
  top = promote(boxes, scores, top);
  const roots = preferMarkedBody(boxes, top) ?? withSiblings(boxes, scores, top);
  const prose = roots.reduce((sum, i) => sum + (boxes.paragraphText[i] ?? 0), 0);
  return prose >= 2 * MIN_PARAGRAPH ? roots : [];
}

function scoreContainers(boxes: Boxes): Map<number, number> {
  const raw = new Map<number, number>();
  const { page } = boxes;
  for (let i = 0; i < page.elements.length; i++) {
    if ((boxes.paragraphs[i] ?? 0) === 0 || boxes.owner[i] !== i) continue;
    const text = boxes.blockText[i] ?? 0;
    if (text < MIN_PARAGRAPH || boxes.dropped[i] === 1 || boxes.related[i] === 1) continue;
    const linkShare = (boxes.blockLink[i] ?? 0) / text;
    const score = (1 + (boxes.blockCommas[i] ?? 0) + Math.min(Math.floor(text / 100), 3)) * (1 - linkShare);
    let ancestor = page.parent[i] ?? -1;
    for (let level = 0; level < LEVELS && ancestor >= 0; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      if (!raw.has(ancestor)) raw.set(ancestor, initialScore(boxes, ancestor));
      raw.set(ancestor, (raw.get(ancestor) ?? 0) + score / divider);
      ancestor = page.parent[ancestor] ?? -1;
    }
  }
  const scores = new Map<number, number>();
  for (const [index, score] of raw) {
    const text = boxes.text[index] ?? 0;
    const density = text > 0 ? (boxes.link[index] ?? 0) / text : 1;
    scores.set(index, score * (1 - density));
  }
  return scores;
}

function initialScore(boxes: Boxes, index: number): number {
  const element = boxes.page.elements[index] as Element;
  let score = 0;
  switch (element.name) {
    case 'div':
    case 'article':
    case 'section':
    case 'main':
      score += 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      score += 3;
      break;
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
    case 'address':
      score -= 3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      score -= 5;
      break;
  }
  const tokens = boxes.tokens[index] ?? [];
  // A name earns its bonus in proportion to the prose it holds, up to 500 characters: a small
  // "content-title" box must not beat the paragraphs next to it.
  const earned = Math.min(1, (boxes.paragraphText[index] ?? 0) / FULL_BONUS_PROSE);
  if (tokens.some((t) => CONTENT_TOKENS.has(t))) score += 25 * earned;
  if (boxes.articleBody[index] === 1) score += 25 * earned;
  if (tokens.some((t) => BOILERPLATE_TOKENS.has(t))) score -= 25;
  return score;
}

function promote(boxes: Boxes, scores: Map<number, number>, start: number): number {
  const { page } = boxes;
  let top = start;
  const topScore = scores.get(top) ?? 0;
  // A body split over several containers: the nearest ancestor holding three strong ones.
  const strong = [...scores].filter(([i, s]) => i !== top && s >= 0.75 * topScore).map(([i]) => i);
  if (strong.length >= 3) {
    for (
      let a = page.parent[top] ?? -1;
      a >= 0 && page.elements[a]?.name !== 'body';
      a = page.parent[a] ?? -1
    ) {
      if (strong.filter((i) => isInside(boxes, i, a)).length >= 3) {
        top = a;
        break;
      }
    }
  }
  // A parent that scores nearly as well holds the article's other parts too.
  let last = scores.get(top) ?? 0;
  const threshold = last / 3;
  for (
    let a = page.parent[top] ?? -1;
    a >= 0 && page.elements[a]?.name !== 'body';
    a = page.parent[a] ?? -1
  ) {
    const score = scores.get(a);
    if (score === undefined) continue;
    if (score < threshold) break;
    if (score > last) {
      top = a;
      break;
    }
    last = score;
  }
  // An only child says no more than its parent.
  for (
    let p = page.parent[top] ?? -1;
    p >= 0 && page.elements[p]?.name !== 'body';
    p = page.parent[p] ?? -1
  ) {
    const children = (page.elements[p] as Element).children.filter((c) => c.type === 'tag');
    if (children.length !== 1) break;
    top = p;
  }
  return top;
}

/**
 * Rule 4. The outermost elements marked as the article body, when together they hold at least half
 * the chosen prose (a body split into chunks gives several), replace the choice; otherwise the
 * `<article>` around the choice does, when it adds prose without turning into a page.
 */
function preferMarkedBody(boxes: Boxes, top: number): number[] | null {
  const { page } = boxes;
  const prose = boxes.paragraphText[top] ?? 0;
  const marked: number[] = [];
  let markedProse = 0;
  for (let i = 0; i < page.elements.length; i++) {
    if (boxes.articleBody[i] !== 1 || boxes.dropped[i] === 1 || boxes.related[i] === 1) continue;
    const own = boxes.paragraphText[i] ?? 0;
    if (own < MIN_MARKED_PROSE || marked.some((outer) => isInside(boxes, i, outer))) continue;
    marked.push(i);
    markedProse += own;
  }
  if (marked.length > 0 && markedProse >= 0.5 * prose) return marked;
  for (let a = page.parent[top] ?? -1; a >= 0; a = page.parent[a] ?? -1) {
    if (!EXPANDS_TO.has(page.elements[a]?.name ?? '')) continue;
    const text = boxes.text[a] ?? 0;
    const density = text > 0 ? (boxes.link[a] ?? 0) / text : 1;
    const more = boxes.paragraphText[a] ?? 0;
    return density < MAX_EXPAND_DENSITY && more <= MAX_EXPAND_GROWTH * prose ? [a] : null;
  }
  return null;
}

function withSiblings(boxes: Boxes, scores: Map<number, number>, top: number): number[] {
  const { page } = boxes;
  const parent = page.parent[top] ?? -1;
  if (parent < 0) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = (page.elements[top] as Element).attribs.class ?? '';
  const roots: number[] = [];
  for (const child of (page.elements[parent] as Element).children) {
    if (child.type !== 'tag') continue;
    const i = boxes.page.indexOf.get(child as Element) ?? -1;
    if (i === top) {
      roots.push(i);
      continue;
    }
    if (i < 0 || boxes.dropped[i] === 1 || boxes.related[i] === 1) continue;
    const sameClass = topClass !== '' && (child as Element).attribs.class === topClass;
    const score = (scores.get(i) ?? 0) + (sameClass ? topScore * 0.2 : 0);
    if (score >= threshold || isProse(boxes, i)) roots.push(i);
  }
  return roots;
}

function isProse(boxes: Boxes, i: number): boolean {
  const element = boxes.page.elements[i] as Element;
  if (element.name !== 'p') return false;
  const text = boxes.text[i] ?? 0;
  const density = text > 0 ? (boxes.link[i] ?? 0) / text : 1;
  return (text > 80 && density < 0.25) || (text > 0 && text <= 80 && density === 0);
}

/** Whether element `inner` is `outer` or inside it. */
export function isInside(boxes: Boxes, inner: number, outer: number): boolean {
  for (let a = inner; a >= 0; a = boxes.page.parent[a] ?? -1) if (a === outer) return true;
  return false;
}
