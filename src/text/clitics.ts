/**
 * Candidate segmentations of an Arabic word into proclitics, stem and enclitic pronoun, so a
 * lookup can find موسكو in وبموسكو, طالبان in لطالبان and الرئيس in والرئيس.
 *
 * Rules (each has a test named after it):
 *  1. the unsegmented word is always the first candidate, and candidates with fewer clitics come first;
 *  2. proclitics come in this order, each optional: a conjunction (و ف), then a preposition or the
 *     future particle (ب ك ل س), then the article ال;
 *  3. س marks the future: it is read only before an imperfect verb prefix (ي ت ن ا) and never with ال;
 *  4. ل + ال is written لل (the alef dropped); when the stem itself begins with ل the article's lam
 *     merges with it (للجنة = ل + ال + لجنة);
 *  5. enclitic pronouns are ه ها هم هما هن ك كم كن نا ي ني, never after the article;
 *  6. a stem keeps at least three letters, so short words are not shredded (ومن stays whole);
 *  7. offsets are UTF-16 offsets within the original word, diacritics and tatweel included: marks on
 *     a stem's letters stay inside the stem, marks on a clitic stay with the clitic;
 *  8. words holding anything but Arabic letters are not segmented.
 */
import { type NormalizedText, normalizeArabic } from './normalize.js';
import { type ProcliticSequence, procliticSequences } from './proclitics.js';

export interface CliticAnalysis {
  /** Normalised proclitics in order, e.g. ['و', 'ب'] or ['ل', 'ال']. */
  readonly proclitics: readonly string[];
  /** The stem as written in the word (original characters, diacritics included). */
  readonly stem: string;
  /** The normalised enclitic pronoun, or null. */
  readonly enclitic: string | null;
  /** UTF-16 offsets of the stem within the word. */
  readonly stemStart: number;
  readonly stemEnd: number;
}

const MIN_STEM = 3;
/** Longest first, so هما is tried before ها and ه. */
const ENCLITICS = ['هما', 'ها', 'هم', 'هن', 'ه', 'كم', 'كن', 'ك', 'نا', 'ني', 'ي'];
const ARABIC_LETTERS = /^[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5]+$/;

export function cliticAnalyses(word: string): CliticAnalysis[] {
  const whole: CliticAnalysis = {
    proclitics: [],
    stem: word,
    enclitic: null,
    stemStart: 0,
    stemEnd: word.length,
  };
  const normalized = normalizeArabic(word);
  const letters = normalized.text;
  if (!ARABIC_LETTERS.test(letters)) return [whole];
  const found: { analysis: CliticAnalysis; clitics: number }[] = [];
  // Rules 2–4 are the proclitic reader's (src/text/proclitics.ts).
  for (const prefix of procliticSequences(letters)) {
    for (const enclitic of [null, ...ENCLITICS]) {
      if (enclitic !== null && (prefix.article || !letters.endsWith(enclitic))) continue;
      const stemEnd = letters.length - (enclitic?.length ?? 0);
      if (prefix.length === 0 && enclitic === null) continue;
      if (stemEnd - prefix.length < MIN_STEM) continue;
      const analysis = toAnalysis(word, normalized, prefix, prefix.length, stemEnd, enclitic);
      if (analysis) found.push({ analysis, clitics: prefix.proclitics.length + (enclitic ? 1 : 0) });
    }
  }
  found.sort((a, b) => a.clitics - b.clitics);
  return [whole, ...found.map((f) => f.analysis)];
}

function toAnalysis(
  word: string,
  normalized: NormalizedText,
  prefix: ProcliticSequence,
  start: number,
  end: number,
  enclitic: string | null,
): CliticAnalysis | null {
  const { starts } = normalized;
  // A boundary inside a ligature (one original glyph, several letters) has no offset of its own.
  const splits = (k: number) => k === 0 || k === starts.length || starts[k] !== starts[k - 1];
  if (!splits(start) || !splits(end)) return null;
  const stemStart = prefix.length === 0 ? 0 : (starts[start] as number);
  const stemEnd = enclitic === null ? word.length : (starts[end] as number);
  return {
    proclitics: prefix.proclitics,
    stem: word.slice(stemStart, stemEnd),
    enclitic,
    stemStart,
    stemEnd,
  };
}

/**
 * Normalised stems to look up, unsegmented word first: each candidate's stem, the stem with its
 * article when one was stripped (الرئيس from والرئيس, للرئيس), and a teh marbuta restored before a
 * pronoun (حكومته → حكومة).
 */
export function stemCandidates(word: string): string[] {
  const out = new Set<string>();
  for (const analysis of cliticAnalyses(word)) {
    const stem = normalizeArabic(analysis.stem).text;
    if (analysis.proclitics.at(-1) === 'ال') out.add(`ال${stem}`);
    out.add(stem);
    if (analysis.enclitic !== null && stem.endsWith('ت')) out.add(`${stem.slice(0, -1)}ة`);
  }
  return [...out];
}
