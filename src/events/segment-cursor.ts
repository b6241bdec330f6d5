import type { Segment } from '../contract/analysis.js';

/**
 * The kind of the segment holding an offset, for offsets asked in increasing order (sentences):
 * a sweep over the segments sorted by start instead of a search of all of them per sentence,
 * which made a text of many paragraphs quadratic. Where segments overlap, the one listed first
 * wins, as a search in list order would have it.
 */
export class SegmentCursor {
  private readonly sorted: readonly { readonly segment: Segment; readonly order: number }[];
  private next = 0;
  private active: { readonly segment: Segment; readonly order: number }[] = [];
  private last = -1;

  constructor(segments: readonly Segment[]) {
    this.sorted = segments
      .map((segment, order) => ({ segment, order }))
      .sort((a, b) => a.segment.start - b.segment.start);
  }

  kindAt(offset: number): Segment['kind'] | undefined {
    if (offset < this.last) {
      this.next = 0;
      this.active = [];
    }
    this.last = offset;
    while (this.next < this.sorted.length && (this.sorted[this.next]?.segment.start ?? 0) <= offset) {
      this.active.push(this.sorted[this.next] as (typeof this.sorted)[number]);
      this.next++;
    }
    this.active = this.active.filter((a) => a.segment.end > offset);
    let first: (typeof this.active)[number] | undefined;
    for (const a of this.active) if (!first || a.order < first.order) first = a;
    return first?.segment.kind;
  }
}
