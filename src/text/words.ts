/**
 * The one word model: each token of the text (src/text/tokenize.ts) with its folded key and the
 * stems its proclitics leave. The words stage (word-stage.ts) makes them once per document, as
 * the `words` layer that every later stage reads; phrase lexicons (phrases.ts) match over them.
 * The layer is read by index: `words.at(i)` gives the i-th word as an object, and `words.key(i)`,
 * `words.stems(i)`, `words.start(i)`… one field of it without making one (phrase matching, searches).
 *
 * Rules:
 *  1. a word's key folds alef forms, alef maqsura, teh marbuta (to heh), diacritics and tatweel, so
 *     `إصابة`, `اصابه` and `إصابةٍ` meet one entry; entity keys, search forms and the time
 *     vocabulary fold the same way, through `foldKey`; a doubled alef at a word's start, which no
 *     Arabic word has, is a typo read as one (`أاكثر` is `أكثر`);
 *  2. a word's stems are its key and its proclitic readings: و/ف, then ب/ل/ك, then the article ال
 *     (`وللقتلى` → `قتلى`; src/text/proclitics.ts), never a stem shorter than two letters;
 *  3. punctuation tokens are words too (`%`, `:`), so a phrase never runs across a comma.
 */

import type { Token, TokenKind, Word, Words } from '../contract/token.js';
import { foldArabic } from './normalize.js';
import { procliticReadings } from './proclitics.js';
import { tokenize } from './tokenize.js';

export type { Word, Words };

export function foldKey(text: string): string {
  const key = foldArabic(text, { tehMarbuta: true });
  return key.startsWith('اا') ? key.replace(/^ا+/u, 'ا') : key;
}

/** The Arabic per cent sign is keyed as `%`, as the lexicons fold it (`41٪` meets `%`). */
function symbolKey(text: string): string {
  return text === '\u066A' ? '%' : text;
}

/** The key itself and what remains after stripping proclitics and the article (rule 2). */
export function stemsOf(key: string): string[] {
  return procliticReadings(key, { article: true }).map((reading) => reading.stem);
}

/** What every occurrence of one spelling shares. */
interface WordForms {
  readonly text: string;
  readonly kind: TokenKind;
  readonly key: string;
  readonly stems: readonly string[];
}

/** Word spellings whose forms are kept, across texts: a few megabytes, far beyond one text's vocabulary. */
const KEPT_SPELLINGS = 50_000;
const keptForms = new Map<string, WordForms>();

/**
 * The forms of a spelling of kind 'word', folded and stemmed once and shared by every text that
 * spells it (news texts repeat each other's words); forms are never changed (`withExtraStems` makes
 * new ones).
 */
function wordFormsOf(text: string): WordForms {
  let forms = keptForms.get(text);
  if (forms === undefined) {
    if (keptForms.size >= KEPT_SPELLINGS) keptForms.clear();
    const spelling = detached(text);
    const key = foldKey(spelling);
    forms = { text: spelling, kind: 'word', key, stems: stemsOf(key) };
    keptForms.set(spelling, forms);
  }
  return forms;
}

/**
 * `text` as a string of its own: V8 makes a slice of 13 or more code units a view into the whole
 * text, so a spelling kept across texts would keep its whole text alive; the copy keeps only itself.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/**
 * The words layer as columns: each word's start and the index of its spelling's shared forms, two
 * 32-bit numbers a word. An object per word cost 72 bytes on Node 20 (no pointer compression): 80 MB
 * of live heap over a 9 MB text, the largest structure of the analysis (issue 14). A word's end is
 * its start plus its spelling's length, as a token's text is the text between its offsets.
 */
class WordColumns implements Words {
  constructor(
    private readonly starts: Int32Array,
    private readonly spellings: Int32Array,
    private readonly forms: readonly WordForms[],
  ) {}

  get length(): number {
    return this.starts.length;
  }

  at(index: number): Word | undefined {
    if (!(index >= 0 && index < this.starts.length)) return undefined;
    const forms = this.formsAt(index);
    const start = this.starts[index] as number;
    return {
      start,
      end: start + forms.text.length,
      text: forms.text,
      kind: forms.kind,
      key: forms.key,
      stems: forms.stems,
    };
  }

  start(index: number): number {
    return this.starts[index] as number;
  }
  end(index: number): number {
    return (this.starts[index] as number) + this.formsAt(index).text.length;
  }
  text(index: number): string {
    return this.formsAt(index).text;
  }
  kind(index: number): TokenKind {
    return this.formsAt(index).kind;
  }
  key(index: number): string {
    return this.formsAt(index).key;
  }
  stems(index: number): readonly string[] {
    return this.formsAt(index).stems;
  }

  *[Symbol.iterator](): Iterator<Word> {
    for (let i = 0; i < this.starts.length; i++) yield this.at(i) as Word;
  }

  /** The same words with other stems: `extend` is asked once per spelling (null: keep its stems). */
  withExtraStems(extend: (stems: readonly string[]) => readonly string[] | null): WordColumns {
    const forms = this.forms.map((f) => {
      const stems = extend(f.stems);
      return stems === null ? f : { ...f, stems };
    });
    return new WordColumns(this.starts, this.spellings, forms);
  }

  private formsAt(index: number): WordForms {
    return this.forms[this.spellings[index] as number] as WordForms;
  }
}

/** Appends words to growing columns, one entry of forms per distinct spelling. */
class WordColumnsBuilder {
  private starts: Int32Array;
  private spellings: Int32Array;
  private count = 0;
  private readonly forms: WordForms[] = [];
  private readonly formIndex = new Map<string, number>();

  /** `expected`: about how many words will come (the columns grow past it when needed). */
  constructor(expected: number) {
    this.starts = new Int32Array(Math.max(16, expected));
    this.spellings = new Int32Array(Math.max(16, expected));
  }

  add(t: Token): void {
    // A spelling is read the same wherever it stands; the kind is part of what is shared, as a
    // token cut at a range's end may spell what a whole one of another kind does.
    const id = t.kind === 'word' ? t.text : `${t.kind}\u0000${t.text}`;
    let spelling = this.formIndex.get(id);
    if (spelling === undefined) {
      spelling = this.forms.length;
      this.forms.push(
        t.kind === 'word'
          ? wordFormsOf(t.text)
          : { text: t.text, kind: t.kind, key: symbolKey(t.text), stems: [symbolKey(t.text)] },
      );
      this.formIndex.set(id, spelling);
    }
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.spellings = grown(this.spellings);
    }
    this.starts[this.count] = t.start;
    this.spellings[this.count] = spelling;
    this.count++;
  }

  build(): WordColumns {
    return new WordColumns(this.starts.slice(0, this.count), this.spellings.slice(0, this.count), this.forms);
  }
}

function grown(column: Int32Array): Int32Array {
  const bigger = new Int32Array(column.length * 2);
  bigger.set(column);
  return bigger;
}

/**
 * The words of `text[from, to)`. A news text repeats its words, so each distinct spelling is folded
 * and stemmed once and its forms are shared by all its occurrences (a 10 MB text otherwise spent
 * most of a gigabyte on copies of the same stems); so is the spelling itself.
 */
export function wordsOf(text: string, from = 0, to = text.length): Words {
  // A news text has a token every five or six code units: a quarter of its length seldom grows.
  const words = new WordColumnsBuilder((to - from) >> 2);
  // Tokenised a stretch of lines at a time: no token holds a line break, so the tokens are those
  // of the whole range, and a 9 MB text's million tokens are never all alive at once (~100 MB).
  for (let at = from; at < to; ) {
    const lineBreak = text.indexOf('\n', Math.min(at + TOKENIZE_STRETCH, to));
    const end = lineBreak < 0 || lineBreak >= to ? to : lineBreak + 1;
    for (const t of tokenize(text, at, end)) words.add(t);
    at = end;
  }
  return words.build();
}

const TOKENIZE_STRETCH = 65_536;

/** The words of tokens already cut (rule 1, 2). */
export function wordsOfTokens(tokens: readonly Token[]): Words {
  return columnsOf(tokens);
}

function columnsOf(tokens: Iterable<Token>): WordColumns {
  const words = new WordColumnsBuilder(Array.isArray(tokens) ? tokens.length : 0);
  for (const t of tokens) words.add(t);
  return words.build();
}

/** `words` with the stems `extend` adds to a spelling's (null: none), asked once per spelling. */
export function withExtraStems(
  words: Words,
  extend: (stems: readonly string[]) => readonly string[] | null,
): Words {
  if (words instanceof WordColumns) return words.withExtraStems(extend);
  return columnsOf(words).withExtraStems(extend);
}

/**
 * Index of the word that contains `offset`, else of the first word after it. A number the shared
 * parser found inside a token (after a proclitic or a tatweel, inside a hashtag) belongs to that token.
 */
export function wordIndexContaining(words: Words, offset: number): number {
  return prefixLength(words.length, (i) => words.end(i) <= offset);
}

/** Index of the first word whose start is at or after `offset` (the list's length when none). */
export function wordIndexAt(words: Words, offset: number): number {
  return prefixLength(words.length, (i) => words.start(i) < offset);
}

/** How many of the first indices pass `before` (true for a prefix of `[0, length)`, false after). */
function prefixLength(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
