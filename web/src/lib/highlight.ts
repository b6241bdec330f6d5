/**
 * Highlights from offsets. The article text is only ever sliced, never parsed as markup: every
 * run is a plain string that React renders as a text node. Rules:
 *  1. marks may overlap (an entity inside a quote); a run carries every mark covering it;
 *  2. offsets outside the text or backwards are clamped, so a bad span never breaks the page;
 *  3. the runs of a range cover it exactly, in order, so their texts join back into the text.
 */
import type { Analysis, Segment } from '../../../src/contract/analysis.js';

export type MarkKind = 'PER' | 'ORG' | 'LOC' | 'MISC' | 'time' | 'quantity' | 'quote' | 'indirect' | 'match';

export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly kind: MarkKind;
  /** What focusing or hovering shows: the normalised value, the canonical name or the speaker. */
  readonly tip: string;
  /** The entity a mention names (its canonical name), whose page the highlight links to. */
  readonly entity?: string;
}

export interface Run {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly marks: readonly Mark[];
}

export function splitRuns(text: string, marks: readonly Mark[], from = 0, to = text.length): Run[] {
  const lo = clamp(from, 0, text.length);
  const hi = clamp(to, lo, text.length);
  const inside = marks
    .map((m) => ({ ...m, start: clamp(m.start, lo, hi), end: clamp(m.end, lo, hi) }))
    .filter((m) => m.end > m.start);
  const cuts = [...new Set([lo, hi, ...inside.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? 0;
    const covering = inside.filter((m) => m.start <= start && m.end >= end);
    const last = runs[runs.length - 1];
    if (covering.length === 0 && last && last.marks.length === 0) {
      runs[runs.length - 1] = { start: last.start, end, text: text.slice(last.start, end), marks: [] };
    } else {
      runs.push({ start, end, text: text.slice(start, end), marks: covering });
    }
  }
  return runs;
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(Math.max(Number.isFinite(value) ? value : lo, lo), hi);
}

export interface TipWords {
  readonly kinds: Record<MarkKind, string>;
  readonly speaker: string;
  readonly unknownSpeaker: string;
  /** A time's value in words (a date, a duration), or null when it has none to show. */
  readonly formatTime: (value: string | null) => string | null;
  readonly formatNumber: (n: number) => string;
  readonly roles: Readonly<Record<string, string>>;
  readonly approx: Readonly<Record<string, string>>;
  readonly units: Readonly<Record<string, string>>;
  readonly mods: Readonly<Record<string, string>>;
  readonly dateConflict: string;
}

/**
 * Every entity mention, time, quantity and quote of an analysis as a mark. Tips are in the
 * reader's words: codes (`killed`, `at_least`, `P4Y`) go through the catalogue, never shown raw.
 */
export function marksOf(analysis: Analysis, words: TipWords): Mark[] {
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const marks: Mark[] = [];
  for (const entity of analysis.entities) {
    for (const m of entity.mentions) {
      marks.push({
        start: m.start,
        end: m.end,
        kind: entity.type,
        tip: `${words.kinds[entity.type]}: ${entity.name}`,
        entity: entity.name,
      });
    }
  }
  for (const time of analysis.times) {
    const value = words.formatTime(time.value) ?? time.text;
    const mod = time.mod ? words.mods[time.mod] : undefined;
    const parts = [
      `${words.kinds.time}: ${mod ? `${mod} ` : ''}${value}`,
      time.conflict ? words.dateConflict : '',
    ];
    marks.push({ start: time.start, end: time.end, kind: 'time', tip: parts.filter(Boolean).join(' · ') });
  }
  for (const q of analysis.quantities) {
    const value =
      q.value !== null
        ? words.formatNumber(q.value)
        : q.min !== undefined && q.max !== undefined
          ? `${words.formatNumber(q.min)}–${words.formatNumber(q.max)}`
          : '?';
    const approx = q.approx ? words.approx[q.approx] : undefined;
    const parts = [
      `${words.kinds.quantity}: ${approx ? `${approx} ` : ''}${value}`,
      q.unit ? (words.units[q.unit] ?? '') : '',
      q.role ? (words.roles[q.role] ?? '') : '',
    ];
    marks.push({ start: q.start, end: q.end, kind: 'quantity', tip: parts.filter(Boolean).join(' · ') });
  }
  for (const quote of analysis.quotes) {
    const speaker =
      (quote.speaker ? names.get(quote.speaker) : undefined) ?? quote.speakerText ?? words.unknownSpeaker;
    const kind = quote.kind === 'indirect' ? 'indirect' : 'quote';
    marks.push({
      start: quote.start,
      end: quote.end,
      kind,
      tip: `${words.kinds[kind]} · ${words.speaker}: ${speaker}`,
    });
  }
  return marks;
}

export interface Block {
  readonly kind: Segment['kind'] | 'text';
  readonly start: number;
  readonly end: number;
}

/** The text as consecutive blocks: its segments, and the gaps between them as plain `text` blocks. */
export function blocksOf(text: string, segments: readonly Segment[]): Block[] {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  const blocks: Block[] = [];
  let at = 0;
  for (const seg of sorted) {
    const start = clamp(seg.start, at, text.length);
    const end = clamp(seg.end, start, text.length);
    if (start > at) blocks.push({ kind: 'text', start: at, end: start });
    if (end > start) blocks.push({ kind: seg.kind, start, end });
    at = Math.max(at, end);
  }
  if (at < text.length) blocks.push({ kind: 'text', start: at, end: text.length });
  return blocks;
}
