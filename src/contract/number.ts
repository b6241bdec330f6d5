/**
 * The `numbers` layer's item: a number of the text, in digits or in words (`src/text/numbers.ts`).
 * A working layer read by the time and quantity stages; its type lives here so the pipeline's
 * layer table (`src/core/layers.ts`) needs no stage module.
 */
export interface NumberMatch {
  /** UTF-16 offsets into the text; proclitics (و، ب، ل…) are outside, the article of an ordinal inside. */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly kind: 'cardinal' | 'ordinal';
  readonly written: 'digits' | 'words' | 'mixed';
  /** A magnitude without a count (عشرات: tens of): `value` is the magnitude. */
  readonly indefinite?: boolean;
}
