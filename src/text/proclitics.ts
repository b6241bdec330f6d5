/**
 * Readings of an already folded word through its proclitics, for lexicon lookups: the times,
 * quantities, quotes and events stages try each reading in order and take the first entry found.
 * `procliticSequences` gives every way a word's front splits into proclitics, for the fuller
 * segmentation of `clitics.ts` (enclitic pronouns, offsets in the original word, every split kept),
 * which entity linking and search use: the proclitics and their order are known here only.
 *
 * Rules:
 *  1. the whole word comes first, then the word without a conjunction (و ف), then — after the
 *     conjunction if there was one — `لل` read as ل + ال (`للعام` → `العام`), then the word without
 *     a preposition (ب ل ك);
 *  2. with `article`, each reading that begins with ال is followed by the readings without it, last;
 *  3. a reading that stripped something keeps at least two letters (`ول` is read whole only), or
 *     as many as the caller names (`minStem`: three for number words, so لست is not ل + ست);
 *  4. a stem is read once, with the first clitics that produced it.
 */

export interface ProcliticReading {
  readonly stem: string;
  /** The folded letters taken off the front, in order (`''`, `'و'`, `'وب'`, `'ول'`). */
  readonly clitics: string;
}

/** The one-letter conjunctions and prepositions written joined to the next word. */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(['و', 'ف']);
export const PREPOSITIONS: ReadonlySet<string> = new Set(['ب', 'ل', 'ك']);
const MIN_STRIPPED = 2;

export interface ProcliticOptions {
  /** Also read each reading that begins with the article without it (rule 2). */
  readonly article?: boolean;
  /** The fewest letters a reading that stripped something keeps (rule 3); 2 unless said. */
  readonly minStem?: number;
}

export function procliticReadings(key: string, options: ProcliticOptions = {}): ProcliticReading[] {
  const readings: ProcliticReading[] = [];
  const minStem = options.minStem ?? MIN_STRIPPED;
  const add = (stem: string, clitics: string) => {
    if (clitics !== '' && stem.length < minStem) return;
    if (!readings.some((r) => r.stem === stem)) readings.push({ stem, clitics });
  };
  add(key, '');
  const conjunction = CONJUNCTIONS.has(key[0] ?? '') ? (key[0] as string) : '';
  const rest = key.slice(conjunction.length);
  if (conjunction) add(rest, conjunction);
  // The article's alef is restored, not a letter of the word: it does not count toward the minimum.
  if (rest.startsWith('لل') && rest.length - 1 >= minStem) add(`ال${rest.slice(2)}`, `${conjunction}ل`);
  if (PREPOSITIONS.has(rest[0] ?? '')) add(rest.slice(1), conjunction + rest[0]);
  if (options.article) {
    for (const reading of [...readings]) {
      if (reading.stem.startsWith('ال')) add(reading.stem.slice(2), `${reading.clitics}ال`);
    }
  }
  return readings;
}

/** One way the front of a word splits into proclitics (`procliticSequences`). */
export interface ProcliticSequence {
  /** The proclitics in order, e.g. `['و', 'ب']` or `['ل', 'ال']`. */
  readonly proclitics: readonly string[];
  /** How many letters of the word they take up. */
  readonly length: number;
  /** Whether the last of them is the article. */
  readonly article: boolean;
}

/** The future particle, which stands where a preposition would (`سيزور`, `وسنعمل`). */
const FUTURE = 'س';
const IMPERFECT_PREFIX = /^[يتنا]/u;

/**
 * Every proclitic sequence a normalised word begins with, the empty one first, each optional in
 * this order: a conjunction (و ف), a preposition (ب ك ل) or the future س, the article ال. س is
 * read only before an imperfect verb prefix (ي ت ن ا) and never with the article. ل + ال is written
 * لل (the alef dropped), and when the stem itself begins with ل the article's lam merges with it
 * (للجنة = ل + ال + لجنة), so لل gives two sequences. No minimum stem: the caller sets its own.
 */
export function procliticSequences(letters: string): ProcliticSequence[] {
  const sequences: ProcliticSequence[] = [];
  for (const conj of ['', ...CONJUNCTIONS]) {
    if (!letters.startsWith(conj)) continue;
    for (const prep of ['', ...PREPOSITIONS, FUTURE]) {
      const at = conj.length;
      if (!letters.startsWith(prep, at)) continue;
      const base = [conj, prep].filter((c) => c !== '');
      const afterPrep = at + prep.length;
      if (prep === FUTURE) {
        if (IMPERFECT_PREFIX.test(letters.slice(afterPrep))) {
          sequences.push({ proclitics: base, length: afterPrep, article: false });
        }
        continue;
      }
      sequences.push({ proclitics: base, length: afterPrep, article: false });
      if (letters.startsWith('ال', afterPrep)) {
        sequences.push({ proclitics: [...base, 'ال'], length: afterPrep + 2, article: true });
      }
      if (prep === 'ل' && letters.startsWith('ل', afterPrep)) {
        sequences.push({ proclitics: [...base, 'ال'], length: afterPrep + 1, article: true });
        sequences.push({ proclitics: [...base, 'ال'], length: afterPrep, article: true });
      }
    }
  }
  return sequences;
}
