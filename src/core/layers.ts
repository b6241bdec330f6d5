/**
 * The named layers a document accumulates as it passes through the pipeline.
 *
 * Contract layers (segments, entities, times, …) are what `rasd analyze` prints; working layers
 * (words, numbers, sentences) exist so that later stages do not redo earlier ones' work. Every span in every
 * layer is measured in UTF-16 code units into the document's original `text`.
 */
import type {
  Entity,
  EventMention,
  Published,
  Quantity,
  Quote,
  Segment,
  Span,
  TimeMention,
} from '../contract/analysis.js';
import type { NumberMatch } from '../contract/number.js';
import type { TimeExpression } from '../contract/time-expression.js';
import type { Words } from '../contract/token.js';

export interface Layers {
  segments: Segment[];
  sentences: Span[];
  /** Every token with its folded key and proclitic stems, made once for all later stages. */
  words: Words;
  /** Every number of the text, in digits or in words. */
  numbers: NumberMatch[];
  published: Published;
  entities: Entity[];
  /** What each time expression states, before the publication date anchors it. */
  timeExpressions: TimeExpression[];
  times: TimeMention[];
  quantities: Quantity[];
  quotes: Quote[];
  events: EventMention[];
}

export type LayerName = keyof Layers;

/** What a source hands the analysis: the text and whatever metadata ingestion found. */
export interface AnalysisInput {
  readonly text: string;
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly url?: string | null;
  /** A publication date from page metadata or the user, `YYYY-MM-DD` or `YYYY-MM`. */
  readonly published?: string | null;
  /** Where `published` came from ("stated", "metadata", "url", …). */
  readonly publishedBasis?: string;
  /** Segments found by ingestion (HTML structure); when absent the segment stage finds them. */
  readonly segments?: readonly Segment[];
}

/** Settings of one analysis run. The clock is never read inside analysis: dates come from here. */
export interface AnalysisContext {
  /** `--published`: the user's statement of the publication date, which outranks any inference. */
  readonly publishedOverride?: string;
}
