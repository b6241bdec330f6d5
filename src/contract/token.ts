/**
 * The `words` layer: its item, a token with its offsets into the original text (`src/text/tokenize.ts`),
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

/**
 * The `words` layer itself: the words of a text in order, read by index. It is kept as columns
 * (`src/text/words.ts`), not as an object per word, because a 9 MB text has a million words; `at`
 * makes a word's object when a stage asks for one, and the other readers give one field of it.
 */
export interface Words extends Iterable<Word> {
  readonly length: number;
  /** The word at `index`, or undefined outside the list (as an array's `[index]`). */
  at(index: number): Word | undefined;
  start(index: number): number;
  end(index: number): number;
  text(index: number): string;
  kind(index: number): TokenKind;
  key(index: number): string;
  stems(index: number): readonly string[];
}
