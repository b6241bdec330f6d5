/**
 * Second look at the rendered blocks, one block at a time.
 *
 * Rules:
 *  1. A short block that is only a furniture word ("Advertisement", "إعلان", "Share") is dropped.
 *  2. A block that opens with a read-also cue ("اقرأ أيضا", "Read more") is a related line.
 *  3. A body block that is almost all link text and reads like a headline (one or two links of
 *     20–200 characters) is a related line; a short body block of several links and little else
 *     (a tag list, a breadcrumb) is dropped.
 *  4. A heading or body block repeating the title is dropped: the title line already says it.
 *  5. A block repeating the one before it, or the byline, is dropped (sites print some lines twice
 *     for layout).
 */
import type { Block } from './render.js';
import { BOILERPLATE_LINES, RELATED_CUES } from './vocabulary.js';

const CUES = RELATED_CUES.map((cue) => cue.toLowerCase());

export function refineBlocks(blocks: readonly Block[], title: string | null, byline: string | null): Block[] {
  const out: Block[] = [];
  const titleKey = title ? fold(title) : null;
  let titleSeen = false;
  for (const block of blocks) {
    const lower = block.text.toLowerCase();
    if (block.text.length <= 40 && BOILERPLATE_LINES.has(lower.replace(/[\s:：.·|]+$/u, ''))) continue;
    if (
      !titleSeen &&
      titleKey &&
      (block.kind === 'heading' || block.kind === 'body') &&
      fold(block.text) === titleKey
    ) {
      titleSeen = true;
      continue;
    }
    if (block.kind !== 'byline' && byline !== null && block.text === byline) continue;
    const previous = out[out.length - 1];
    if (previous && previous.text === block.text) continue;
    if (block.kind !== 'body') {
      out.push(block);
      continue;
    }
    if (CUES.some((cue) => lower.startsWith(cue)) && block.text.length <= 300) {
      out.push({ ...block, kind: 'related' });
      continue;
    }
    const share = block.linkChars / Math.max(1, block.text.replace(/\s+/g, '').length);
    if (share >= 0.9 && block.links.length <= 2 && block.text.length >= 20 && block.text.length <= 200) {
      out.push({ ...block, kind: 'related' });
      continue;
    }
    if (share > 0.6 && block.links.length >= 3 && block.text.length < 200) continue;
    out.push(block);
  }
  return out;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
