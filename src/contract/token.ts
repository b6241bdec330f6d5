/**
 * The `tokens` layer's item: a token with its offsets into the original text. A working layer (not
 * printed by `rasd analyze`), shared by the stages after the tokeniser (`src/text/tokenize.ts`);
 * its type lives here so the pipeline's layer table (`src/core/layers.ts`) needs no stage module.
 */
export type TokenKind = 'word' | 'latin' | 'number' | 'punct' | 'url' | 'hashtag';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
}
