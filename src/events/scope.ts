/**
 * What of the document one sentence's events may use (mentions, quotes, figures, dates), looked up
 * with the span searches of `src/core/span-search.ts` rather than scanned for every sentence.
 */
import type { Quantity, Span, TimeMention } from '../contract/analysis.js';
import { firstStartingAtOrAfter, startingWithin } from '../core/span-search.js';
import type { EntityMentionRef } from '../quotes/roles.js';

interface Bounds {
  readonly start: number;
  readonly end: number;
}

/** The parts of the events' input a scope is cut from. */
interface ScopeInput {
  readonly text: string;
  readonly times?: readonly TimeMention[];
  readonly quantities?: readonly Quantity[];
  readonly quoted?: readonly Span[];
}

/** A figure with its index in the document's list, which events cite. */
export interface IndexedQuantity extends Bounds {
  readonly q: Quantity;
  readonly i: number;
}

/** What of the document one sentence's events may use, found by binary search, not by scanning. */
export interface SentenceScope {
  /** Entity mentions that start inside the sentence, or run into it from just before. */
  readonly mentions: readonly EntityMentionRef[];
  /** Direct quotes overlapping the sentence. */
  readonly quoted: readonly Span[];
  /** Figures starting inside the sentence, with their index in the document's list. */
  readonly quantities: readonly IndexedQuantity[];
  /** Dates starting inside the sentence (rule 7). */
  readonly dates: readonly TimeMention[];
  /** The last date of the paragraph that ends before the sentence starts (rule 7). */
  readonly earlierDate: TimeMention | undefined;
}

/**
 * Each sentence looks only at the mentions, quotes, figures and dates near it: scanning the whole
 * document's lists for every sentence made long texts quadratic.
 */
export class SentenceScopes {
  private readonly mentions: readonly EntityMentionRef[];
  private readonly quoted: readonly Span[];
  private readonly quantities: readonly IndexedQuantity[];
  private readonly dates: readonly TimeMention[];
  /** The document's line breaks as one-character spans: a paragraph starts after the last one. */
  private readonly newlines: readonly Bounds[];

  constructor(input: ScopeInput, mentions: readonly EntityMentionRef[]) {
    const byStart = (a: Bounds, b: Bounds) => a.start - b.start;
    this.mentions = [...mentions].sort(byStart);
    this.quoted = [...(input.quoted ?? [])].sort(byStart);
    this.quantities = (input.quantities ?? [])
      .map((q, i) => ({ q, i, start: q.start, end: q.end }))
      .sort(byStart);
    this.dates = (input.times ?? []).filter((t) => t.kind === 'date').sort(byStart);
    const newlines: Bounds[] = [];
    for (let at = input.text.indexOf('\n'); at >= 0; at = input.text.indexOf('\n', at + 1)) {
      newlines.push({ start: at, end: at + 1 });
    }
    this.newlines = newlines;
  }

  of(sentence: Span): SentenceScope {
    const newline = this.newlines[firstStartingAtOrAfter(this.newlines, sentence.start) - 1];
    const paragraphStart = newline === undefined ? 0 : newline.end;
    return {
      mentions: startingWithin(this.mentions, sentence.start, sentence.end, 1),
      quoted: startingWithin(this.quoted, sentence.start, sentence.end, 1).filter(
        (q) => q.end > sentence.start,
      ),
      quantities: startingWithin(this.quantities, sentence.start, sentence.end),
      dates: startingWithin(this.dates, sentence.start, sentence.end),
      earlierDate: this.lastDateBefore(paragraphStart, sentence.start),
    };
  }

  /**
   * The date with the greatest start among those starting at or after `from` and ending by `to`:
   * found walking back from `to`, not forward from the paragraph start, which made one long
   * paragraph quadratic. The walk stops at the first fit; only dates overlapping `to` are passed.
   */
  private lastDateBefore(from: number, to: number): TimeMention | undefined {
    for (let k = firstStartingAtOrAfter(this.dates, to) - 1; k >= 0; k--) {
      const date = this.dates[k] as TimeMention;
      if (date.start < from) return undefined;
      if (date.end <= to) return date;
    }
    return undefined;
  }
}
