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
  /** Whom the figures count when not everyone (`children`, `serious` injuries); absent for all. */
  readonly subgroup?: string;
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

/** A named entity of a search query and the other spellings searched with it. */
export interface QueryExpansion {
  /** The corpus identity (`C…`). */
  readonly entity: string;
  /** Its name (most frequent spelling). */
  readonly name: string;
  /** The query's words that name it, as typed. */
  readonly matched: string;
  /** The other spellings also searched. */
  readonly spellings: readonly string[];
}

/** A story's member and, when it repeats another member's text, which one and why. */
export interface StoryDocumentRef extends DocumentRef {
  /** The original this document copies: the source its dateline credits, else the earlier one. */
  readonly duplicateOf: string | null;
  /** Why it is the copy: `credit` (it credits the original's outlet) or `earlier` (later date). */
  readonly copyBasis?: 'credit' | 'earlier' | null;
  /** A member with the same text when neither can be told the original (same date, no credit). */
  readonly sameTextAs?: string | null;
}

/** Articles about one real event, grouped across outlets. Every document is in exactly one story. */
export interface Story {
  /** Stable story id, `S` + a hash of its earliest member's key. */
  readonly id: string;
  readonly title: string;
  /** Oldest first; each member names the story member it is a near-duplicate of, if any. */
  readonly documents: readonly StoryDocumentRef[];
  readonly events: readonly StoryEvent[];
  readonly conflicts: readonly Conflict[];
  readonly first: string | null;
  readonly last: string | null;
}

/**
 * How a dossier entry's date was found: `event` from the time expression governing the event's
 * clause, `article` from the report's publication date (the news it reports now), `story` from
 * the dated reports of the same story when the article has no date, `none` when nothing dates it.
 */
export type DateBasis = 'event' | 'article' | 'story' | 'none';

/** How exact a date is: `2019-05-12` is a day, `2019-05` a month, `2019` a year, `201X` a decade. */
export type DatePrecision = 'day' | 'month' | 'season' | 'year' | 'decade' | 'other' | 'none';

/** A party to an event as the text writes it, with the state it stands for (`الكرملين` → روسيا). */
export interface DossierParty {
  /** The name as the document writes it. */
  readonly name: string;
  /** The corpus identity, when the store resolved one. */
  readonly entity: string | null;
  /** The state a capital, seat of power, ministry or spokesman stands for; else null. */
  readonly state: string | null;
}

/** One outlet's report of a dossier event. */
export interface DossierSource extends Citation {
  /** The outlet's name: from the page, else from the URL's site (a table of Arab outlets), else the domain. */
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  /** The event's date as this report gives it, and how it was found. */
  readonly date: string | null;
  readonly dateBasis: DateBasis;
  /** As the entry's `dateAnchor`. */
  readonly dateAnchor?: 'story';
}

/** Where reports of one event disagree (today: on its date), each value with its outlets. */
export interface DossierDisagreement {
  readonly field: 'date';
  readonly values: readonly { readonly value: string; readonly outlets: readonly string[] }[];
}

/** One entry of a dossier: one real event, however many outlets reported it. */
export interface DossierEntry {
  /** `event` for an extracted event, `mention` for a sentence naming both (only with `all`). */
  readonly kind: 'event' | 'mention';
  /** When it happened (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`…), or null. */
  readonly date: string | null;
  readonly dateBasis: DateBasis;
  readonly precision: DatePrecision;
  /** `EARLY`/`MID`/`LATE`/`APPROX` from the time expression (`أواخر يناير 2018`), or `SINCE` (`منذ 2016`). */
  readonly dateMod: string | null;
  /**
   * `story` when the date is a weekday or `أمس` of a report without a publication date, read
   * against the date of its story (src/corpus/dossier/event-date.ts rule 7): less sure than a date
   * its report anchors itself.
   */
  readonly dateAnchor?: 'story';
  /** The PLOVER type; null for a co-mention. */
  readonly type: PloverType | null;
  /** The finer relation (`recognize`, `delist`, `visit`, `host`…), from the trigger data; null if none. */
  readonly relation: string | null;
  readonly actors: readonly DossierParty[];
  readonly targets: readonly DossierParty[];
  readonly place: string | null;
  /** A short Arabic clause saying who did what to whom, cut from the earliest report. */
  readonly summary: string;
  /** Every report of the event, earliest first. */
  readonly sources: readonly DossierSource[];
  readonly disagreements: readonly DossierDisagreement[];
  /** The same day's milestone as other reports name it (the talks behind an agreement). */
  readonly alsoReportedAs?: readonly { readonly type: PloverType | null; readonly relation: string | null }[];
  /** The earliest source's citation (kept for readers of the one-sentence entries). */
  readonly evidence: Citation;
}

/** A period of the chronology: a year, or a cluster of events with a gap before the next. */
export interface DossierStage {
  /** Arabic label: `2019`, `مايو – يوليو 2025`, `غير مؤرخ`. */
  readonly label: string;
  readonly from: string | null;
  readonly to: string | null;
  /** Indexes into `entries`. */
  readonly entries: readonly number[];
}

export interface Dossier {
  readonly a: CorpusEntity;
  readonly b: CorpusEntity;
  /** Oldest first; undated entries last. */
  readonly entries: readonly DossierEntry[];
  /** The entries grouped into periods, oldest first. */
  readonly stages: readonly DossierStage[];
}
