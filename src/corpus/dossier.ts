/**
 * A dossier: the chronology of what passed between two actors across the corpus.
 *
 * Rules, in order:
 *  1. an extracted event is a line when one actor is among its actors or targets and the other is too;
 *  2. a sentence that names both actors (by entity mention, or — when the analysis has no entities
 *     for them — by their names' words, matched with clitics and spelling folded) is a line of
 *     type null, unless an event line already cites that sentence;
 *  3. a line is dated by its event's resolved time, else by its document's publication date, and says which;
 *  4. the same sentence reported by several outlets (syndicated copies) is one line, cited from the
 *     earliest document;
 *  5. lines run oldest first, undated last, then by document and position.
 */
import type { Analysis } from '../contract/analysis.js';
import { splitSentences } from '../text/sentences.js';
import { queryTerms, searchableTokens, termMatches, wordForms } from './search-forms.js';
import { sentenceAround } from './sentences.js';
import { compareDates } from './stories.js';
import type { CorpusEntity, DocumentRef, Dossier, DossierEntry } from './types.js';

export interface DossierDocument {
  readonly ref: DocumentRef;
  readonly analysis: Analysis;
  /** Local entity id → corpus id. */
  readonly identities: Readonly<Record<string, string | null>>;
}

export interface DossierActor {
  readonly entity: CorpusEntity;
  /** Every spelling of the actor, for finding it in documents without entities. */
  readonly names: readonly string[];
}

export function buildDossier(
  a: DossierActor,
  b: DossierActor,
  documents: readonly DossierDocument[],
): Dossier {
  const entries: (DossierEntry & { order: number })[] = [];
  const seen = new Set<string>();
  const docs = [...documents].sort(
    (x, y) => compareDates(x.ref.published, y.ref.published) || (x.ref.id < y.ref.id ? -1 : 1),
  );
  docs.forEach((doc, order) => {
    for (const entry of documentEntries(a, b, doc)) {
      const key = `${entry.date}|${entry.type}|${entry.evidence.text.replace(/\s+/gu, ' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push({ ...entry, order });
    }
  });
  entries.sort(
    (x, y) => compareDates(x.date, y.date) || x.order - y.order || x.evidence.start - y.evidence.start,
  );
  return { a: a.entity, b: b.entity, entries: entries.map(({ order: _order, ...entry }) => entry) };
}

function documentEntries(a: DossierActor, b: DossierActor, doc: DossierDocument): DossierEntry[] {
  const { analysis } = doc;
  const localOf = (actor: DossierActor) =>
    new Set(
      Object.entries(doc.identities)
        .filter(([, id]) => id === actor.entity.id)
        .map(([local]) => local),
    );
  const localA = localOf(a);
  const localB = localOf(b);
  const out: DossierEntry[] = [];
  const cited = new Set<number>();
  for (const event of analysis.events) {
    const parties = [...event.actors, ...event.targets];
    if (!parties.some((p) => localA.has(p)) || !parties.some((p) => localB.has(p))) continue;
    const time = analysis.times.find((t) => t.id === event.time);
    const sentence = sentenceAround(analysis.text, event.start, event.end);
    cited.add(sentence.start);
    out.push({
      date: time?.value ?? doc.ref.published,
      dateBasis: time?.value ? 'event' : doc.ref.published ? 'published' : 'none',
      type: event.type,
      evidence: {
        document: doc.ref,
        start: event.start,
        end: event.end,
        text: analysis.text.slice(event.start, event.end),
      },
    });
  }
  const spansA = actorSpans(analysis, localA, a.names);
  const spansB = actorSpans(analysis, localB, b.names);
  for (const sentence of splitSentences(analysis.text)) {
    if (cited.has(sentence.start)) continue;
    const inside = (s: { start: number; end: number }) => s.start >= sentence.start && s.end <= sentence.end;
    if (!spansA.some(inside) || !spansB.some(inside)) continue;
    out.push({
      date: doc.ref.published,
      dateBasis: doc.ref.published ? 'published' : 'none',
      type: null,
      evidence: { document: doc.ref, ...sentence, text: analysis.text.slice(sentence.start, sentence.end) },
    });
  }
  return out;
}

/** Where the actor is mentioned: its entity mentions, else the places its names' words occur. */
function actorSpans(
  analysis: Analysis,
  locals: ReadonlySet<string>,
  names: readonly string[],
): { start: number; end: number }[] {
  const mentions = analysis.entities.filter((e) => locals.has(e.id)).flatMap((e) => e.mentions);
  if (mentions.length > 0) return mentions;
  return findNames(analysis.text, names);
}

/** Spans where all words of one of `names` occur consecutively, clitics and spellings folded. */
export function findNames(text: string, names: readonly string[]): { start: number; end: number }[] {
  const tokens = searchableTokens(text);
  const forms = tokens.map((t) => wordForms(t.text));
  const out: { start: number; end: number }[] = [];
  for (const name of names) {
    const terms = queryTerms(name);
    if (terms.length === 0) continue;
    for (let i = 0; i + terms.length <= tokens.length; i++) {
      if (terms.every((term, k) => termMatches(term, forms[i + k] as string[]))) {
        out.push({
          start: (tokens[i] as { start: number }).start,
          end: (tokens[i + terms.length - 1] as { end: number }).end,
        });
      }
    }
  }
  return out;
}
