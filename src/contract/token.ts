/**
 * The `words` layer's item: a token with its offsets into the original text (`src/text/tokenize.ts`),
 * its folded key and its proclitic stems (`src/text/words.ts`). A working layer (not printed by
 * `rasd analyze`), shared by the stages after the words stage; its type lives here so the
 * pipeline's layer table (`src/core/layers.ts`) needs no stage module.
 */
export type TokenKind = 'word' | 'latin' | 'number' | 'punct' | 'url' | 'hashtag';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
}

export interface Word extends Token {
  /** The folded form (`foldKey`): alef forms, alef maqsura, teh marbuta, diacritics, tatweel. */
  readonly key: string;
  /** The key and its proclitic-stripped stems, longest first. */
  readonly stems: readonly string[];
}
