/**
 * A sentence as the event rules see it (its span and its word range) and the clause boundaries
 * inside it: stops, commas and clause-opening words (`الذي`، `فيما`), which both the trigger rules
 * (negation and modal scope) and the party rules (how far a subject or target reaches) respect.
 */
import type { Span } from '../contract/analysis.js';
import type { Word, Words } from '../text/words.js';
import type { EventLexicon } from './lexicon.js';

export interface Sentence {
  readonly span: Span;
  /** First word of the sentence and one past its last word. */
  readonly wi: number;
  readonly wj: number;
}

export const CLAUSE_STOPS = new Set(['.', '؛', ';', '!', '?', '؟', ':', '\n']);

export function rangeHas(
  words: Words,
  from: number,
  to: number,
  lexicon: EventLexicon['negations'],
): boolean {
  for (let k = from; k < to; k++) if (lexicon.matchAt(words, k)) return true;
  return false;
}

export function clauseBreaksBetween(words: Words, from: number, to: number, lexicon: EventLexicon): boolean {
  for (let k = from; k < to; k++) if (lexicon.clauseBreaks.matchAt(words, k)) return true;
  return false;
}

export function crossesStop(words: Words, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_STOPS.has((words.at(k) as Word).text)) return true;
  return false;
}

export function crossesComma(words: Words, from: number, to: number): boolean {
  let commas = 0;
  for (let k = from; k < to; k++) if (/^[،,]$/u.test((words.at(k) as Word).text)) commas++;
  return commas > 0 && commas % 2 === 1;
}
