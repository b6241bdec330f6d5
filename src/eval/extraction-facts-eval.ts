/**
 * Quotes, quantities and events on the hand-written dev set (src/events/fixtures/facts-dev-set.jsonl).
 *
 * Entities in the set are surface forms, so the set does not depend on entity ids. Two runs:
 *  - `given`: entities built from those surface forms, sentences from the sentence splitter — it
 *    measures the quote, quantity and event rules alone;
 *  - `pipeline`: the full `analyzeDocument`, with the entity tagger's own entities — what a user gets.
 * Each is reported for the `tune` half (rules were adjusted while looking at it) and the `held` half.
 */
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../analyze/analyze.js';
import type { Entity, Quantity } from '../contract/analysis.js';
import { extractEvents, type FoundEvent } from '../events/extract.js';
import { eventLexicon } from '../events/stage.js';
import { extractQuantities } from '../quantities/extract.js';
import { quantityLexicon } from '../quantities/stage.js';
import { extractQuotes } from '../quotes/extract.js';
import { speechLexicon } from '../quotes/stage.js';
import { type EntityForms, entitiesFrom } from '../quotes/test-entities.js';
import { foldArabic } from '../text/normalize.js';
import { findNumbers } from '../text/numbers.js';
import { splitSentences } from '../text/sentences.js';
import { Tally } from './tally.js';
import type { Evaluation, EvaluationRow } from './types.js';

const DEV_SET = new URL('../../src/events/fixtures/facts-dev-set.jsonl', import.meta.url);

interface GoldItem {
  id: string;
  split: 'tune' | 'held';
  text: string;
  entities: [string, 'PER' | 'ORG' | 'LOC' | 'MISC', ...string[]][];
  quotes: { contains: string; speaker: string | null }[];
  quantities: {
    text: string;
    value: number | null;
    min?: number;
    max?: number;
    approx: string | null;
    unit: string | null;
    role: string | null;
  }[];
  events: { type: string; actors: string[]; targets: string[]; contains: string }[];
}

interface Predicted {
  entities: Entity[];
  quotes: { text: string; start: number; end: number; speaker: string | null }[];
  quantities: Quantity[];
  events: FoundEvent[];
}

function predictGiven(item: GoldItem): Predicted {
  const entities = entitiesFrom(item.text, item.entities as EntityForms);
  const sentences = splitSentences(item.text);
  const quantities = extractQuantities(
    { text: item.text, numbers: findNumbers(item.text), sentences },
    quantityLexicon(),
  );
  const quotes = extractQuotes({ text: item.text, entities, sentences }, speechLexicon());
  const quoted = quotes.filter((q) => q.kind === 'direct');
  const events = extractEvents({ text: item.text, entities, sentences, quantities, quoted }, eventLexicon());
  return { entities, quotes, quantities, events };
}

function predictPipeline(item: GoldItem): Predicted {
  const analysis = analyzeDocument({ text: item.text });
  return {
    entities: analysis.entities,
    quotes: analysis.quotes,
    quantities: analysis.quantities,
    events: analysis.events as FoundEvent[],
  };
}

/** Does entity `id` stand for the gold surface form? Its name or a mention overlaps it. */
function isEntity(id: string | null, surface: string, p: Predicted, text: string): boolean {
  if (id === null) return false;
  const entity = p.entities.find((e) => e.id === id);
  if (!entity) return false;
  const gold = foldArabic(surface);
  const forms = [entity.name, ...entity.mentions.map((m) => text.slice(m.start, m.end))].map((f) =>
    foldArabic(f),
  );
  return forms.some((f) => f.length > 1 && (gold.includes(f) || f.includes(gold)));
}

function scoreQuotes(item: GoldItem, p: Predicted, t: Tally): void {
  for (const gold of item.quotes) {
    t.add('quote.gold');
    const found = p.quotes.find((q) => q.text.includes(gold.contains));
    if (!found) continue;
    t.add('quote.found');
    const right =
      gold.speaker === null ? found.speaker === null : isEntity(found.speaker, gold.speaker, p, item.text);
    if (right) t.add('quote.speaker');
  }
  t.add('quote.predicted', p.quotes.length);
  t.add(
    'quote.predictedMatched',
    p.quotes.filter((q) => item.quotes.some((g) => q.text.includes(g.contains))).length,
  );
}

function scoreQuantities(item: GoldItem, p: Predicted, t: Tally): void {
  const matched = new Set<Quantity>();
  for (const gold of item.quantities) {
    t.add('qty.gold');
    const at = item.text.indexOf(gold.text);
    const found = p.quantities.find((q) => q.start <= at && at < q.end);
    if (!found) continue;
    matched.add(found);
    t.add('qty.found');
    const value =
      found.value === gold.value &&
      (found.min ?? null) === (gold.min ?? null) &&
      (found.max ?? null) === (gold.max ?? null);
    if (value) t.add('qty.value');
    if (found.approx === gold.approx) t.add('qty.approx');
    if (found.role === gold.role) t.add('qty.role');
    if (found.unit === gold.unit) t.add('qty.unit');
  }
  t.add('qty.predicted', p.quantities.length);
  t.add('qty.predictedMatched', matched.size);
}

function scoreEvents(item: GoldItem, p: Predicted, t: Tally): void {
  const sentenceOf = (contains: string) => item.text.indexOf(contains);
  const used = new Set<FoundEvent>();
  for (const gold of item.events) {
    t.add('ev.gold');
    t.add('arg.gold', gold.actors.length + gold.targets.length);
    const at = sentenceOf(gold.contains);
    const found = p.events.find((e) => !used.has(e) && e.type === gold.type && e.start <= at && at < e.end);
    if (!found) continue;
    used.add(found);
    t.add('ev.match');
    for (const [role, names] of [
      ['actors', gold.actors],
      ['targets', gold.targets],
    ] as const) {
      const ids = found[role];
      for (const name of names) if (ids.some((id) => isEntity(id, name, p, item.text))) t.add('arg.match');
    }
  }
  t.add('ev.predicted', p.events.length);
  for (const e of p.events) {
    t.add('arg.predicted', e.actors.length + e.targets.length);
    if (!used.has(e)) continue;
    const gold = item.events.find(
      (g) => g.type === e.type && e.start <= sentenceOf(g.contains) && sentenceOf(g.contains) < e.end,
    );
    if (!gold) continue;
    for (const [role, names] of [
      ['actors', gold.actors],
      ['targets', gold.targets],
    ] as const) {
      for (const id of e[role])
        if (names.some((name) => isEntity(id, name, p, item.text))) t.add('arg.predictedMatched');
    }
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

function rows(name: string, run: string, t: Tally): EvaluationRow[] {
  const evaluation = `facts/${run}`;
  const r = (metric: string, value: number, note: string): EvaluationRow => ({
    evaluation,
    metric,
    value,
    note,
  });
  const pr = (hit: number, pred: number, gold: number) => {
    const precision = ratio(hit, pred);
    const recall = ratio(hit, gold);
    return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
  };
  const ev = pr(t.get('ev.match'), t.get('ev.predicted'), t.get('ev.gold'));
  return [
    r(
      `${name} quote found`,
      ratio(t.get('quote.found'), t.get('quote.gold')),
      `of ${t.get('quote.gold')} gold quotes`,
    ),
    r(
      `${name} quote precision`,
      ratio(t.get('quote.predictedMatched'), t.get('quote.predicted')),
      `of ${t.get('quote.predicted')} predicted`,
    ),
    r(
      `${name} quote speaker acc`,
      ratio(t.get('quote.speaker'), t.get('quote.gold')),
      'right speaker (or rightly none) / gold quotes',
    ),
    r(
      `${name} quantity found`,
      ratio(t.get('qty.found'), t.get('qty.gold')),
      `of ${t.get('qty.gold')} gold figures`,
    ),
    r(
      `${name} quantity precision`,
      ratio(t.get('qty.predictedMatched'), t.get('qty.predicted')),
      `of ${t.get('qty.predicted')} predicted`,
    ),
    r(
      `${name} quantity value acc`,
      ratio(t.get('qty.value'), t.get('qty.gold')),
      'value, min and max / gold',
    ),
    r(`${name} quantity approx acc`, ratio(t.get('qty.approx'), t.get('qty.gold')), '/ gold'),
    r(`${name} quantity role acc`, ratio(t.get('qty.role'), t.get('qty.gold')), '/ gold'),
    r(`${name} quantity unit acc`, ratio(t.get('qty.unit'), t.get('qty.gold')), '/ gold'),
    r(
      `${name} event type P`,
      ev.precision,
      `${t.get('ev.match')}/${t.get('ev.predicted')} predicted (type + sentence)`,
    ),
    r(`${name} event type R`, ev.recall, `of ${t.get('ev.gold')} gold events`),
    r(
      `${name} event args P`,
      ratio(t.get('arg.predictedMatched'), t.get('arg.predicted')),
      `of ${t.get('arg.predicted')} predicted actors+targets`,
    ),
    r(
      `${name} event args R`,
      ratio(t.get('arg.match'), t.get('arg.gold')),
      `of ${t.get('arg.gold')} gold actors+targets`,
    ),
  ];
}

export function loadFactsDevSet(): GoldItem[] {
  return readFileSync(DEV_SET, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldItem);
}

export function scoreFacts(items: readonly GoldItem[], predict: (item: GoldItem) => Predicted): Tally {
  const t = new Tally();
  for (const item of items) {
    const p = predict(item);
    scoreQuotes(item, p, t);
    scoreQuantities(item, p, t);
    scoreEvents(item, p, t);
  }
  return t;
}

export const extractionFactsEvaluation: Evaluation = {
  name: 'facts',
  async run() {
    const items = loadFactsDevSet();
    const out: EvaluationRow[] = [];
    for (const [run, predict] of [
      ['given-entities', predictGiven],
      ['pipeline', predictPipeline],
    ] as const) {
      for (const split of ['tune', 'held'] as const) {
        try {
          out.push(
            ...rows(
              split,
              run,
              scoreFacts(
                items.filter((i) => i.split === split),
                predict,
              ),
            ),
          );
        } catch (error) {
          const value = error instanceof Error ? error.message : String(error);
          out.push({
            evaluation: `facts/${run}`,
            metric: `${split} error`,
            value,
            note: 'the pipeline failed',
          });
        }
      }
    }
    return out;
  },
};
