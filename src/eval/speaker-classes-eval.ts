/**
 * Quote speakers by class of attribution, on sentences we wrote (`src/quotes/fixtures/
 * speaker-classes-dev.jsonl`): each line is one class (a speaker carried on by وأضاف, a speaker
 * after the quote, `نقلت … عن فلان قوله`, a post on X, a statement whose words open the next
 * line…) in the styles of different outlets. Every sentence goes through the full `analyzeDocument`
 * with the tagger's own entities, as a user gets it, so a class fails when the tagger cuts a name.
 *
 * Scored as the real pages are: a quote credited to someone is right when its speaker entity has a
 * mention that is that name (or a part of it, whole words), or, with no entity, when `speakerText`
 * holds the name as whole words; a quote credited to nobody is right when no entity speaks.
 * The sentences written after the rules were fixed (`split: check`) are the held-out column.
 * The misses go to `eval/speaker-classes-misses.txt` (our own sentences, but kept out of git like
 * the other misses files).
 */
import { writeFileSync } from 'node:fs';
import { analyzeDocument } from '../analyze/analyze.js';
import type { Analysis, Quote } from '../contract/analysis.js';
import { columnOf, readJsonLines, SplitCounts } from './own-words-sets.js';
import { containsName } from './real-pages/matching.js';
import type { Evaluation } from './types.js';

const DEV_SET = new URL('../../src/quotes/fixtures/speaker-classes-dev.jsonl', import.meta.url);
const MISSES_FILE = new URL('../../eval/speaker-classes-misses.txt', import.meta.url);

interface ClassItem {
  readonly id: string;
  /** `tune`: the sentences the rules were fixed on; `check`: written after, never tuned to. */
  readonly split: 'tune' | 'check';
  readonly class: string;
  readonly text: string;
  readonly quotes: readonly { contains: string; speaker: string | null }[];
}

export function loadSpeakerClasses(): ClassItem[] {
  return readJsonLines<ClassItem>(DEV_SET);
}

function speakerIsRight(analysis: Analysis, quote: Quote, gold: string | null): boolean {
  const entity = analysis.entities.find((e) => e.id === quote.speaker) ?? null;
  if (gold === null) return entity === null;
  if (entity === null) return quote.speakerText !== null && containsName(quote.speakerText, gold);
  const mentions = entity.mentions.map((m) => analysis.text.slice(m.start, m.end));
  return [entity.name, ...mentions].some((m) => containsName(gold, m) || containsName(m, gold));
}

function describe(analysis: Analysis, quote: Quote | undefined): string {
  if (!quote) return 'no quote';
  const entity = analysis.entities.find((e) => e.id === quote.speaker);
  return entity ? `${entity.name} (${entity.type})` : `text: ${quote.speakerText}`;
}

export const speakerClassesEvaluation: Evaluation = {
  name: 'speaker-classes',
  async run() {
    const counts = new SplitCounts();
    const misses: string[] = [];
    for (const item of loadSpeakerClasses()) {
      const analysis = analyzeDocument({ text: item.text });
      const column = columnOf(item.split);
      for (const gold of item.quotes) {
        const quote = analysis.quotes.find((q) => item.text.slice(q.start, q.end).includes(gold.contains));
        const right = quote !== undefined && speakerIsRight(analysis, quote, gold.speaker);
        counts.add(item.class, column, right);
        counts.add('all', column, right);
        if (!right)
          misses.push(`${item.id} ${gold.contains}: gold ${gold.speaker}, got ${describe(analysis, quote)}`);
      }
    }
    writeFileSync(MISSES_FILE, `${misses.join('\n')}\n`);
    return counts.rows('speaker classes');
  },
};
