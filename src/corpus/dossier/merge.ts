/**
 * One entry per real event: the reports of many outlets merged.
 *
 * Rules, in order (each has a test named after it):
 *  1. two reports are one event when they have the same type and relation kind (a visit and the
 *     meeting it is reported as are one kind, so are a delisting and the lifted ban), the two
 *     actors in the same roles (or a symmetric event; any roles for meetings and visits), and
 *     compatible dates: two days at most 3 days apart (`الخميس` in one report, the next day's
 *     publication date in another), or one date inside the other (`2019` and `2019-05-12`);
 *  2. an undated report joins the one dated event of its kind when there is exactly one;
 *  3. co-mention sentences (`all`) merge only when word for word the same (syndicated copies);
 *  4. the entry's date is the best its reports give: the event's own date over the article's over
 *     the story's, one its report anchors over one read against the story's date (`dateAnchor`),
 *     the most precise, then the earliest report's; reports whose own dates of the
 *     event differ are kept as a disagreement, each date with its outlets;
 *  5. sources are one per document, earliest publication first; the summary, actors and targets
 *     come from the earliest report;
 *  6. one milestone, one entry: the cooperation entries of one day (talks, the agreement they
 *     reached, the ties it restored, praise of it) are the same milestone reported under several
 *     names, so they become one entry under its most specific type, the others listed in
 *     `alsoReportedAs`;
 *  7. one sentence, one entry: the events one sentence reports together (a welcome and the
 *     decision it welcomes, `رحب … بقرار … رفع`) are not two milestones, so a group whose every
 *     report comes from sentences another group also reports is part of that group; the entry is
 *     led by the group reported first (its type first, the others in `alsoReportedAs`).
 */
import { compareDates } from '../stories.js';
import type {
  DatePrecision,
  DossierDisagreement,
  DossierEntry,
  DossierParty,
  DossierSource,
} from '../types.js';
import type { EventDate } from './event-date.js';

/** One document's report of one event (or one co-mention sentence). */
export interface Report {
  readonly kind: 'event' | 'mention';
  readonly type: DossierEntry['type'];
  readonly relation: string | null;
  /** Which of the dossier's two actors acts: `a`, `b`, or `both` (symmetric or both sides). */
  readonly direction: 'a' | 'b' | 'both' | 'none';
  readonly actors: readonly DossierParty[];
  readonly targets: readonly DossierParty[];
  readonly place: string | null;
  readonly summary: string;
  readonly date: EventDate;
  readonly source: DossierSource;
  /** Position of the document in publication order, then of the report in it. */
  readonly order: number;
}

const WINDOW_DAYS = 3;
const RANK: Record<DatePrecision, number> = {
  day: 6,
  month: 5,
  season: 4,
  year: 3,
  decade: 2,
  other: 1,
  none: 0,
};
const BASIS_RANK = { event: 3, article: 2, story: 1, none: 0 } as const;

export function mergeReports(reports: readonly Report[]): DossierEntry[] {
  const ordered = [...reports].sort((x, y) => x.order - y.order);
  const groups: Report[][] = [];
  const undated: Report[] = [];
  for (const report of ordered) {
    if (report.kind === 'event' && report.date.date === null) {
      undated.push(report);
      continue;
    }
    const group = groups.find((g) => sameEvent(g, report));
    if (group) group.push(report);
    else groups.push([report]);
  }
  for (const report of undated) {
    const dated = groups.filter((g) => sameKind(g[0] as Report, report));
    if (dated.length === 1) (dated[0] as Report[]).push(report);
    else {
      const alike = groups.find(
        (g) => g.every((r) => r.date.date === null) && sameKind(g[0] as Report, report),
      );
      if (alike) alike.push(report);
      else groups.push([report]);
    }
  }
  return sameDayMilestones(sameSentences(groups))
    .map(entryOf)
    .sort(
      (x, y) =>
        compareDates(x.date, y.date) ||
        compareDates(x.sources[0]?.published ?? null, y.sources[0]?.published ?? null),
    );
}

/**
 * Relation kinds one event is reported under: a visit as the meetings it held, a court's delisting
 * as the lifting of the ban it imposed.
 */
const FAMILIES: Readonly<Record<string, string>> = {
  visit: 'visit',
  meet: 'visit',
  delist: 'delist',
  lift: 'delist',
};

function sameKind(x: Report, y: Report): boolean {
  const family = (r: Report) => (r.relation ? (FAMILIES[r.relation] ?? r.relation) : null);
  if (x.kind !== y.kind || x.type !== y.type || family(x) !== family(y)) return false;
  // Who visited whom is what extraction gets wrong most, and two opposite visits on one day are rare.
  if (x.type === 'CONSULT') return true;
  return x.direction === y.direction || x.direction === 'both' || y.direction === 'both';
}

/** Rules 1 and 3. */
function sameEvent(group: readonly Report[], report: Report): boolean {
  const first = group[0] as Report;
  if (report.kind === 'mention' || first.kind === 'mention') {
    return first.kind === report.kind && squash(first.source.text) === squash(report.source.text);
  }
  if (!sameKind(first, report)) return false;
  return group.some((r) => datesMeet(r.date.date, report.date.date));
}

function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Two dates of one event: within the window, or one inside the other. */
export function datesMeet(x: string | null, y: string | null): boolean {
  if (x === null || y === null) return false;
  if (x.startsWith(y) || y.startsWith(x)) return true;
  const dx = Date.parse(x.slice(0, 10));
  const dy = Date.parse(y.slice(0, 10));
  if (x.length < 10 || y.length < 10 || Number.isNaN(dx) || Number.isNaN(dy)) return false;
  return Math.abs(dx - dy) <= WINDOW_DAYS * 86_400_000;
}

/** Rule 7: groups reported only by sentences another group reports too, joined to that group. */
function sameSentences(groups: readonly Report[][]): Report[][] {
  const sentence = (r: Report) => `${r.source.document.id}:${r.source.start}`;
  const sentencesOf = groups.map((g) => new Set(g.map(sentence)));
  const into = groups.map((_, i) => i);
  const home = (i: number): number => (into[i] === i ? i : home(into[i] as number));
  groups.forEach((group, i) => {
    if ((group[0] as Report).kind === 'mention') return;
    const other = groups.findIndex(
      (g, j) =>
        j !== i &&
        (g[0] as Report).kind === 'event' &&
        home(j) !== home(i) &&
        [...(sentencesOf[i] as Set<string>)].every((key) => sentencesOf[j]?.has(key)),
    );
    if (other >= 0) into[home(i)] = home(other);
  });
  const joined = new Map<number, Report[][]>();
  groups.forEach((group, i) => {
    joined.set(home(i), [...(joined.get(home(i)) ?? []), group]);
  });
  // Led by the group reported first; its reports first, so its type leads the entry.
  return [...joined.values()].map((parts) =>
    parts.sort((x, y) => (x[0] as Report).order - (y[0] as Report).order).flat(),
  );
}

/**
 * PLOVER's cooperation types, most specific first: a day's agreement outranks the talks that
 * reached it, and both outrank the ties restored and the praise that followed.
 */
const MILESTONE_TYPES: readonly DossierEntry['type'][] = ['AGREE', 'COOPERATE', 'CONSULT', 'SUPPORT'];

/** Rule 6: the cooperation groups of one day joined, the most specific type's group first. */
function sameDayMilestones(groups: readonly Report[][]): Report[][] {
  const rank = (g: readonly Report[]) => MILESTONE_TYPES.indexOf((g[0] as Report).type);
  /** The day a cooperation group is dated to, or null for any other group. */
  const milestoneDay = (g: readonly Report[]): string | null => {
    const day = bestOf(g).date.date;
    return (g[0] as Report).kind === 'event' && rank(g) >= 0 && day?.length === 10 ? day : null;
  };
  const byDay = new Map<string, Report[][]>();
  for (const group of groups) {
    const day = milestoneDay(group);
    if (day !== null) byDay.set(day, [...(byDay.get(day) ?? []), group]);
  }
  const out: Report[][] = [];
  for (const group of groups) {
    const day = milestoneDay(group);
    const sameDay = day === null ? undefined : byDay.get(day);
    if (!sameDay) out.push(group);
    // The day's milestone takes the place of its first group; the others are in it.
    else if (sameDay[0] === group) {
      out.push(
        [...sameDay]
          .sort((x, y) => rank(x) - rank(y) || (x[0] as Report).order - (y[0] as Report).order)
          .flat(),
      );
    }
  }
  return out;
}

/**
 * The report whose date of the event is best: the event's own over the article's, most precise;
 * a date the report anchors itself over one read against its story's date.
 */
function bestOf(group: readonly Report[]): Report {
  const anchored = (r: Report) => (r.date.anchor === undefined ? 0 : 1);
  return [...group].sort(
    (x, y) =>
      BASIS_RANK[y.date.basis] - BASIS_RANK[x.date.basis] ||
      anchored(x) - anchored(y) ||
      RANK[y.date.precision] - RANK[x.date.precision] ||
      x.order - y.order,
  )[0] as Report;
}

function entryOf(group: readonly Report[]): DossierEntry {
  const first = group[0] as Report;
  const best = bestOf(group);
  const alsoReportedAs = uniqueActions(group).filter(
    (a) => a.type !== first.type || a.relation !== first.relation,
  );
  const byDocument = new Map<string, DossierSource>();
  for (const r of group)
    if (!byDocument.has(r.source.document.id)) byDocument.set(r.source.document.id, r.source);
  const sources = [...byDocument.values()].sort((x, y) => compareDates(x.published, y.published));
  return {
    kind: first.kind,
    date: best.date.date,
    dateBasis: best.date.basis,
    precision: best.date.precision,
    dateMod: best.date.mod,
    ...(best.date.anchor ? { dateAnchor: best.date.anchor } : {}),
    type: first.type,
    relation: first.relation,
    actors: first.actors,
    targets: first.targets,
    place: group.find((r) => r.place !== null)?.place ?? null,
    summary: first.summary,
    sources,
    disagreements: dateDisagreement(group),
    ...(alsoReportedAs.length > 0 ? { alsoReportedAs } : {}),
    evidence: {
      document: (sources[0] as DossierSource).document,
      start: (sources[0] as DossierSource).start,
      end: (sources[0] as DossierSource).end,
      text: (sources[0] as DossierSource).text,
    },
  };
}

function uniqueActions(group: readonly Report[]): { type: DossierEntry['type']; relation: string | null }[] {
  const seen = new Map<string, { type: DossierEntry['type']; relation: string | null }>();
  for (const r of group) seen.set(`${r.type}|${r.relation}`, { type: r.type, relation: r.relation });
  return [...seen.values()];
}

/** Rule 4: the event's own dates that differ between reports, each with its outlets. */
function dateDisagreement(group: readonly Report[]): DossierDisagreement[] {
  const own = group.filter((r) => r.date.basis === 'event' && r.date.date !== null);
  const values = new Map<string, Set<string>>();
  for (const r of own) {
    const value = r.date.date as string;
    const outlet = r.source.outlet ?? r.source.document.id;
    values.set(value, (values.get(value) ?? new Set()).add(outlet));
  }
  const distinct = [...values.keys()].filter(
    (v) => ![...values.keys()].some((w) => w !== v && w.startsWith(v)),
  );
  if (distinct.length < 2) return [];
  return [
    {
      field: 'date',
      values: distinct.sort().map((value) => ({ value, outlets: [...(values.get(value) ?? [])] })),
    },
  ];
}
