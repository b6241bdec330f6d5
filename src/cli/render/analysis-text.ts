/**
 * The `--format text` view of an analysis: a summary a person reads in a terminal, section by
 * section, ending with the document's events in date order (its timeline).
 */
import pc from 'picocolors';
import type { Analysis, EventMention } from '../../contract/analysis.js';
import { loadDossierData } from '../../corpus/dossier/data.js';
import { eventDate } from '../../corpus/dossier/event-date.js';

export interface TextRenderOptions {
  readonly color: boolean;
}

const EXCERPT_LENGTH = 60;

export function renderAnalysisText(analysis: Analysis, source: string, options: TextRenderOptions): string {
  const c = pc.createColors(options.color);
  const out: string[] = [];
  const heading = (title: string, count: number) => out.push('', c.bold(`${title} (${count})`));
  const { document: doc, text } = analysis;

  out.push(c.bold(c.cyan(`== ${source}`)));
  if (doc.title) out.push(`${c.dim('title:')} ${doc.title}`);
  if (doc.outlet) out.push(`${c.dim('outlet:')} ${doc.outlet}`);
  if (doc.url) out.push(`${c.dim('url:')} ${doc.url}`);
  const published = doc.published.value ?? 'unknown';
  out.push(
    `${c.dim('published:')} ${published}${doc.published.inferred ? c.yellow(` (inferred from ${doc.published.basis})`) : ''}`,
  );

  const kinds = new Map<string, number>();
  for (const s of analysis.segments) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
  out.push(`${c.dim('segments:')} ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);

  heading('Entities', analysis.entities.length);
  for (const e of analysis.entities) {
    out.push(`  ${c.green(e.id.padEnd(4))} ${e.type.padEnd(4)} ${e.name} ${c.dim(`×${e.mentions.length}`)}`);
  }
  heading('Times', analysis.times.length);
  for (const t of analysis.times) {
    const value = t.value ?? '?';
    const extra = [t.mod, t.anchor !== 'absolute' ? t.anchor : null].filter(Boolean).join(', ');
    out.push(`  ${c.green(t.id.padEnd(4))} ${t.text} → ${c.bold(value)}${extra ? c.dim(` (${extra})`) : ''}`);
    if (t.conflict) out.push(`       ${c.yellow(`conflict: ${t.conflict}`)}`);
  }
  heading('Quantities', analysis.quantities.length);
  for (const q of analysis.quantities) {
    const value = q.value ?? `${q.min ?? '?'}–${q.max ?? '?'}`;
    const parts = [q.approx, q.unit, q.role].filter(Boolean).join(', ');
    out.push(
      `  ${text.slice(q.start, q.end)} → ${c.bold(String(value))}${parts ? c.dim(` (${parts})`) : ''}`,
    );
  }
  // Words in quotation marks and a paraphrase after أن are different claims about what was said:
  // only the first is printed in «», each in its own section, both with their speaker.
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const speakerOf = (q: Analysis['quotes'][number]) =>
    q.speaker ? (names.get(q.speaker) ?? q.speaker) : (q.speakerText ?? 'unknown speaker');
  const direct = analysis.quotes.filter((q) => q.kind !== 'indirect');
  const reported = analysis.quotes.filter((q) => q.kind === 'indirect');
  heading('Quotes', direct.length);
  for (const q of direct) out.push(`  ${c.magenta(speakerOf(q))}: «${excerpt(q.text)}»`);
  if (reported.length > 0) {
    heading('Reported speech', reported.length);
    for (const q of reported)
      out.push(`  ${c.magenta(speakerOf(q))} ${c.dim(q.cue ?? 'said')}: ${excerpt(q.text)}`);
  }
  heading('Timeline', analysis.events.length);
  const lines = timeline(analysis);
  for (const line of lines) out.push(`  ${line}`);
  if (lines.some((line) => /^\S+\*/u.test(line)))
    out.push(c.dim("  * no date in the event's own clause: the article's publication date"));
  return `${out.join('\n')}\n\n`;
}

/**
 * Events in date order, each dated as the dossier dates it (`src/corpus/dossier/event-date.ts`):
 * by the date governing its clause, else, for the news reported now, by the article's date
 * (marked), so a page with a publication date has few undated events; background recounted in
 * the pluperfect stays undated. Undated events close the list in text order.
 */
export function timeline(analysis: Analysis): string[] {
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const context = {
    published: analysis.document.published.value,
    storyDate: null,
    pastAuxiliaries: loadDossierData().pastAuxiliaries,
  };
  const dated = analysis.events.map((event, index) => {
    const when = eventDate(analysis, event, context);
    const date = when.date === null ? null : when.basis === 'article' ? `${when.date}*` : when.date;
    return { event, index, date };
  });
  dated.sort((a, b) => compareDates(a.date, b.date) || a.index - b.index);
  return dated.map(({ event, date }) => describeEvent(event, date, names, analysis.text));
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function describeEvent(
  event: EventMention,
  date: string | null,
  names: Map<string, string>,
  text: string,
): string {
  const who = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join('، ');
  const actors = who(event.actors);
  const targets = who(event.targets);
  const parties = targets ? `${actors} → ${targets}` : actors;
  const m = event.magnitudes;
  const figures = m ? Object.entries(m).map(([k, v]) => `${k} ${v}`) : [];
  const notes = [...(event.context ?? []), ...figures];
  const extra = notes.length > 0 ? `  (${notes.join(', ')})` : '';
  return `${(date ?? 'undated').padEnd(11)}  ${event.type.padEnd(10)}  ${parties}${extra}  «${excerpt(text.slice(event.start, event.end))}»`;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}
