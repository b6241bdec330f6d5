/**
 * What Rasd knows across documents: the corpus-level records built from many analyses (stories,
 * one identity per real-world thing, conflicts between reports, dossiers between two actors).
 *
 * These are plain data, produced by the pure functions in `src/corpus/` and kept by a `Store`.
 * Offsets (`start`/`end`) are UTF-16 code-unit indices into the cited document's analysed `text`,
 * exactly as in the analysis contract, so a reader (CLI, web UI) can highlight the evidence.
 */
import type { EntityType, PloverType } from '../contract/analysis.js';

/** How a stored document is cited: enough to name it and link to it. */
export interface DocumentRef {
  /** The store's key: `url:<canonical url>` or `text:<sha256 of the normalised text>`. */
  readonly id: string;
  readonly url: string | null;
  /** How the document was named at ingest (a path, a URL, `file.jsonl#3`). */
  readonly source: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  /** `YYYY-MM-DD` or `YYYY-MM`, or null when unknown. */
  readonly published: string | null;
}

/** A piece of evidence: a span of one document's text, with the document it comes from. */
export interface Citation {
  readonly document: DocumentRef;
  readonly start: number;
  readonly end: number;
  /** `text.slice(start, end)` of that document (usually the sentence). */
  readonly text: string;
}

/** One thing in the world, joined across documents and spelling conventions. */
export interface CorpusEntity {
  /** Stable corpus id, `C` + a hash of the identity's matching key. */
  readonly id: string;
  readonly type: EntityType;
  /** The most frequent spelling. */
  readonly name: string;
  /** Every other spelling seen, most frequent first. */
  readonly aliases: readonly string[];
  readonly documentCount: number;
  readonly mentionCount: number;
}

export interface EntityDetail extends CorpusEntity {
  readonly mentionsByOutlet: readonly { readonly outlet: string | null; readonly mentions: number }[];
  /** Other entities in the same documents, most shared documents first. */
  readonly cooccurring: readonly { readonly entity: CorpusEntity; readonly documents: number }[];
  /** The documents mentioning it, oldest first (undated last), each with its first mention. */
  readonly timeline: readonly Citation[];
}

/** One event of a story, from one document's analysis, with actor names resolved. */
export interface StoryEvent {
  readonly type: PloverType;
  /** The event's date (`YYYY…`) when the analysis resolved one, else the document's publication date. */
  readonly date: string | null;
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly evidence: Citation;
}

export type ConflictKind = 'figure' | 'date';
/**
 * `update`: later reports revise the figure (a rising toll, by publication date).
 * `contradiction`: reports at the same time, or one article with itself, disagree.
 */
export type ConflictVerdict = 'update' | 'contradiction';

export interface ConflictClaim {
  /** The figure (`145`) or the date (`2023-09-08`) as stated. */
  readonly value: number | string;
  readonly evidence: Citation;
  /** The figure's approximation (`more_than` for `أكثر من 900`): a bound is not contradicted by more. */
  readonly approx?: string | null;
  /** Wire copies of the cited document (near-duplicates): one claim, several outlets. */
  readonly alsoIn?: readonly DocumentRef[];
}

/** What the compared figures count beyond their role: where (the places their sentences name). */
export interface ConflictScope {
  /** The places named in the claims' sentences, sorted; empty when none is named. */
  readonly places: readonly string[];
}

export interface Conflict {
  readonly storyId: string;
  readonly kind: ConflictKind;
  /** The quantity role (`killed`, `injured`…) or, for dates, what was dated (`event`). */
  readonly role: string;
  readonly verdict: ConflictVerdict;
  /** Oldest report first. */
  readonly claims: readonly ConflictClaim[];
  /** One sentence saying why this verdict (for people). */
  readonly explanation: string;
  /** The same explanation in Arabic. */
  readonly explanationAr?: string;
  /** Only figures of one scope are compared; figures say which. */
  readonly scope?: ConflictScope;
}

/** Articles about one real event, grouped across outlets. Every document is in exactly one story. */
export interface Story {
  /** Stable story id, `S` + a hash of its earliest member's key. */
  readonly id: string;
  readonly title: string;
  /** Oldest first; each member names the story member it is a near-duplicate of, if any. */
  readonly documents: readonly (DocumentRef & { readonly duplicateOf: string | null })[];
  readonly events: readonly StoryEvent[];
  readonly conflicts: readonly Conflict[];
  readonly first: string | null;
  readonly last: string | null;
}

/** One line of a dossier: an event or a sentence linking the two actors. */
export interface DossierEntry {
  readonly date: string | null;
  /** `event` when the date is the event's own time, `published` when it is the report's date. */
  readonly dateBasis: 'event' | 'published' | 'none';
  /** The PLOVER type when the line is an extracted event; null for a co-mention sentence. */
  readonly type: PloverType | null;
  readonly evidence: Citation;
}

export interface Dossier {
  readonly a: CorpusEntity;
  readonly b: CorpusEntity;
  /** Oldest first; undated lines last. */
  readonly entries: readonly DossierEntry[];
}
