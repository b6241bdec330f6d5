/**
 * What story clustering and near-duplicate detection need of one document, computed once from its
 * analysis (at ingest) so clustering never re-reads whole texts.
 *
 * Rules:
 *  1. terms are the clitic-stripped stems of the words (`stemOf`), without stopwords
 *     (`data/ar/stopwords.json`), numbers or words under three letters, counted; a word of the
 *     title counts twice, since a headline names what the article is about;
 *  2. the MinHash signature is over shingles of three consecutive normalised words, stopwords
 *     included, since copied articles share exact wording (64 permutations);
 *  3. entities are the matching keys (`nameKey`) of the analysis's entity names;
 *  4. the date is the publication date, else the first resolved full date of the text;
 *  5. the outlet and the source the opening dateline credits, which tell a copy from its original.
 */
import { z } from 'zod';
import type { Analysis } from '../contract/analysis.js';
import { loadLanguageData } from '../data/language-data.js';
import { nameKey } from '../text/name-key.js';
import { foldKey } from '../text/words.js';
import { copyClues } from './copy-origin.js';
import { foldedWord, searchableTokens } from './search-forms.js';

export interface DocumentFeatures {
  readonly terms: Readonly<Record<string, number>>;
  readonly minhash: readonly number[];
  readonly entities: readonly string[];
  readonly date: string | null;
  /** The matching key of the outlet (absent in features stored before it was added). */
  readonly outlet?: string | null;
  /** The matching key of the source the opening dateline credits (`copy-origin.ts`). */
  readonly credit?: string | null;
}

export const MINHASH_SIZE = 64;
const SHINGLE = 3;

let stopwords: ReadonlySet<string> | undefined;

export function shippedStopwords(): ReadonlySet<string> {
  stopwords ??= new Set(
    loadLanguageData('ar/stopwords', z.object({ words: z.array(z.string()) })).words.map(foldKey),
  );
  return stopwords;
}

export function documentFeatures(
  analysis: Analysis,
  stop: ReadonlySet<string> = shippedStopwords(),
): DocumentFeatures {
  const words: string[] = [];
  const terms: Record<string, number> = {};
  const count = (text: string, weight: number, keepWords: boolean) => {
    for (const token of searchableTokens(text)) {
      const { normalized, stem } = foldedWord(token.text);
      if (keepWords) words.push(normalized);
      if (token.kind === 'number' || normalized.length < 3 || stop.has(normalized)) continue;
      if (stop.has(stem) || /^\d/.test(stem)) continue;
      terms[stem] = (terms[stem] ?? 0) + weight;
    }
  };
  count(analysis.text, 1, true);
  if (analysis.document.title) count(analysis.document.title, 1, false);
  const entities = [...new Set(analysis.entities.map((e) => nameKey(e.name)).filter((k) => k !== ''))].sort();
  const date = documentDate(analysis);
  const { outlet, credit } = copyClues(analysis, date);
  return { terms, minhash: minhashOf(words), entities, date, outlet, credit };
}

/**
 * The publication date, or none: not the first full date of the text, which is as often an event
 * the article recounts (`زلزال 17 أغسطس 1999` in a report of the 2023 one put it 24 years out of its
 * story's date window). An undated document is compared with every document sharing two keys.
 */
function documentDate(analysis: Analysis): string | null {
  return analysis.document.published.value;
}

/** FNV-1a over UTF-16 code units. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mix (murmur3 finaliser) of a value with a permutation's seed. */
function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => mix(i + 1, 0x9e3779b9));

export function minhashOf(words: readonly string[]): number[] {
  const signature = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  const count = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < count; i++) {
    const shingle = hashString(words.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const h = mix(shingle, SEEDS[k] as number);
      if (h < (signature[k] as number)) signature[k] = h;
    }
  }
  return signature;
}

/** The share of equal positions: an estimate of the Jaccard similarity of the shingle sets. */
export function minhashSimilarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === b[k]) same++;
  return same / MINHASH_SIZE;
}
