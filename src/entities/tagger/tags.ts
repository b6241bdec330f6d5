/**
 * The tag set: BIO over ANERcorp's four types. BIO tags exist only inside the tagger; everything
 * outside it sees mentions with offsets.
 */
import type { EntityType } from '../../contract/analysis.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((tag, i) => [tag, i]));

/** 'B', 'I' or 'O' of tag index `t`. */
export function tagPart(t: number): 'B' | 'I' | 'O' {
  return t === 0 ? 'O' : t % 2 === 1 ? 'B' : 'I';
}

export function tagType(t: number): EntityType | null {
  return t === 0 ? null : ((TAGS[t] as string).slice(2) as EntityType);
}

/** An I- tag may only follow a B- or I- of its own type: the decoder never produces an orphan I-. */
export function isAllowedTransition(from: number, to: number): boolean {
  return ALLOWED[from * TAG_COUNT + to] === 1;
}

function allowedTransition(from: number, to: number): boolean {
  if (tagPart(to) !== 'I') return true;
  return from > 0 && from < TAG_COUNT && tagType(from) === tagType(to);
}

/** `ALLOWED[from * TAG_COUNT + to]`; row TAG_COUNT is the start of a sentence. */
const ALLOWED = Uint8Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, i) =>
  allowedTransition(Math.floor(i / TAG_COUNT), i % TAG_COUNT) ? 1 : 0,
);
