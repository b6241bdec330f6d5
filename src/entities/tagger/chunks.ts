/**
 * Entity chunks of a tag sequence and CoNLL-style scoring (exact span and type).
 *
 * Two chunkings, because the ANERcorp test file has orphan I- tags:
 *  - lenient (conlleval, seqeval's default): an I- that does not continue a chunk of its type
 *    starts one — the convention behind the published figures;
 *  - strict (IOB2): only B- starts a chunk; an orphan I- is outside every chunk.
 */
export interface Chunk {
  readonly type: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

export type Chunking = 'lenient' | 'strict';

export function chunksOf(tags: readonly string[], chunking: Chunking = 'lenient'): Chunk[] {
  const chunks: Chunk[] = [];
  let type = '';
  let start = -1;
  const close = (at: number) => {
    if (start >= 0) chunks.push({ type, start, end: at });
    start = -1;
    type = '';
  };
  tags.forEach((tag, i) => {
    const part = tag[0];
    const tagType = tag.slice(2);
    if (part === 'B' || (part === 'I' && tagType !== type && chunking === 'lenient')) {
      close(i);
      start = i;
      type = tagType;
    } else if (part !== 'I' || tagType !== type) close(i);
  });
  close(tags.length);
  return chunks;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Adds the matches between gold and predicted chunks to per-type and overall counts (type '*'). */
export function countMatches(
  gold: readonly Chunk[],
  predicted: readonly Chunk[],
  counts: Map<string, Counts>,
): void {
  const key = (c: Chunk) => `${c.type}:${c.start}:${c.end}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  const bump = (type: string, field: keyof Counts) => {
    for (const t of [type, '*']) {
      const c = counts.get(t) ?? { tp: 0, fp: 0, fn: 0 };
      c[field]++;
      counts.set(t, c);
    }
  };
  for (const c of predicted) bump(c.type, goldKeys.has(key(c)) ? 'tp' : 'fp');
  for (const c of gold) if (!predictedKeys.has(key(c))) bump(c.type, 'fn');
}

export function scoresOf(c: Counts): Scores {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
