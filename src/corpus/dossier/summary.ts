/**
 * A dossier entry's summary: the clause of the report that holds the event's trigger, cut from
 * the text (so it is the outlet's Arabic, not a template): without the dateline, the fronted
 * date (the entry shows its date), and at most MAX_WORDS words around
 * the trigger. When the clause does not name the actor (its subject sits in another clause), the
 * actor's name leads it: `روسيا: …`.
 */
import type { Span } from '../../contract/analysis.js';

const MAX_WORDS = 24;
const CLAUSE_MARKS = /[،,؛;:]/u;
const DATELINE = /^[^\n.،]{0,60}?\)\s*[-–—]\s*/u;

export function summaryClause(
  text: string,
  sentence: Span,
  trigger: Span | undefined,
  actorNames: readonly string[],
): string {
  const at = trigger ?? { start: sentence.start, end: sentence.start };
  let start = at.start;
  while (start > sentence.start && !CLAUSE_MARKS.test(text[start - 1] as string)) start--;
  let end = at.end;
  while (end < sentence.end && !CLAUSE_MARKS.test(text[end] as string)) end++;
  let clause = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  clause = clause.replace(DATELINE, '');
  const words = clause.split(' ');
  if (words.length > MAX_WORDS) {
    const triggerText = text.slice(at.start, at.end).split(/\s+/u)[0] ?? '';
    const k = Math.max(
      0,
      words.findIndex((w) => w.includes(triggerText)),
    );
    const from = Math.max(0, Math.min(k - 8, words.length - MAX_WORDS));
    clause = `${from > 0 ? '… ' : ''}${words.slice(from, from + MAX_WORDS).join(' ')} …`;
  }
  clause = clause.replace(/[.،,؛;:]+$/u, '');
  const named = actorNames.length === 0 || actorNames.some((n) => clause.includes(n));
  return named ? clause : `${actorNames.join(' و')}: ${clause}`;
}
