/**
 * What Rasd makes of the 66 pages together, computed as the store computes it (`clusterStories`,
 * `resolveIdentities`, `buildStoryRecord`):
 *  - stories: B-cubed against the gold clusters (each single article is its own story);
 *  - identities: for each gold entity named on two or more pages of a cluster, whether the pages'
 *    matching entities got one corpus id, and pairwise precision of the ids over all found
 *    (page, gold entity) pairs;
 *  - conflicts: in the clusters whose tolls rise, the update steps the gold figures and gold
 *    publication dates imply (the highest figure of each day, where it rises above every earlier
 *    day) found inside one reported update chain; and every reported contradiction checked against
 *    `eval/reviewed-contradictions.json`, where each was judged by hand once (an unreviewed one
 *    counts as not accepted until someone reviews it).
 */
import { readFileSync } from 'node:fs';
import type { Analysis } from '../../contract/analysis.js';
import { bcubed } from '../../corpus/bcubed.js';
import { documentFeatures } from '../../corpus/features.js';
import { type EntityOccurrence, occurrenceKey, resolveIdentities } from '../../corpus/identities.js';
import { clusterStories } from '../../corpus/stories.js';
import { buildStoryRecord, type StoryRecordDocument } from '../../corpus/story-record.js';
import type { Conflict, DocumentRef } from '../../corpus/types.js';
import { Tally } from '../tally.js';
import { goldStoryOf, type RealPage, type Split } from './pages.js';
import { goldEntities, stands } from './score-entities.js';

export interface AnalysedPage {
  readonly page: RealPage;
  readonly analysis: Analysis;
}

/** Clusters whose tolls rise over the days of coverage (the set's README). */
export const RISING_TOLL_CLUSTERS: readonly string[] = ['F', 'I', 'J'];
const TRACKED_ROLES: readonly string[] = ['killed', 'injured', 'missing'];

export const GOLD_ALIASES = new URL('../../../eval/gold-aliases.json', import.meta.url);

export const REVIEWED_CONTRADICTIONS = new URL('../../../eval/reviewed-contradictions.json', import.meta.url);

export interface ReviewedContradiction {
  readonly verdict: 'accept' | 'reject';
  readonly why: string;
}

const documentId = (page: RealPage) => `page:${page.id}`;
const pageIdOf = (id: string) => id.replace(/^page:/, '');

export interface CorpusScores {
  readonly stories: Record<Split | 'all', { precision: number; recall: number; f1: number }>;
  readonly tallies: Record<Split, Tally>;
}

export function scoreCorpus(
  pages: readonly AnalysedPage[],
  reviewed: Readonly<Record<string, ReviewedContradiction>>,
): CorpusScores {
  const groups = clusterStories(
    pages.map(({ page, analysis }) => ({ id: documentId(page), features: documentFeatures(analysis) })),
  );
  const predicted = new Map<string, string>();
  for (const g of groups) for (const m of g.members) predicted.set(m, g.id);
  const storiesOf = (split?: Split) => {
    const gold = new Map<string, string>();
    for (const { page } of pages)
      if (!split || page.split === split) gold.set(documentId(page), goldStoryOf(page));
    const { precision, recall, f1 } = bcubed(predicted, gold);
    return { precision, recall, f1 };
  };
  const tallies: Record<Split, Tally> = { tune: new Tally(), held: new Tally() };
  scoreIdentities(pages, tallies);

  const byId = new Map(pages.map((p) => [documentId(p.page), p]));
  const records = new Map<string, StoryRecordDocument>();
  for (const { page, analysis } of pages)
    records.set(documentId(page), {
      ref: refOf(page, analysis),
      analysis,
      duplicateOf: null,
      actorNames: new Map(),
    });
  const conflicts = groups.flatMap((g) => buildStoryRecord(g, records).conflicts);
  scoreUpdates(pages, conflicts, tallies);
  scoreContradictions(conflicts, byId, reviewed, tallies);
  return { stories: { tune: storiesOf('tune'), held: storiesOf('held'), all: storiesOf() }, tallies };
}

function refOf(page: RealPage, analysis: Analysis): DocumentRef {
  return {
    id: documentId(page),
    url: null,
    source: page.id,
    title: analysis.document.title,
    outlet: analysis.document.outlet,
    published: analysis.document.published.value,
  };
}

/**
 * One key per real-world gold entity of a cluster: the gold names a thing differently on
 * different pages (`بوتين` and `فلاديمير بوتين`), so names joined by a hand-checked alias group, or
 * people's names one containing the other as whole words, share a key (not places: `أذربيجان` is
 * not `أذربيجان الشرقية`).
 */
export function goldIdentityKeys(
  names: readonly { type: string; name: string }[],
  aliasGroups: readonly (readonly string[])[],
): Map<string, string> {
  const id = (n: { type: string; name: string }) => `${n.type} ${n.name}`;
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    if (p === k) return k;
    const root = find(p);
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    // The alphabetically first name is the root (names are strings: Math.min does not apply).
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    if (ra !== rb) parent.set(child, root);
  };
  const words = (name: string) => ` ${name} `;
  for (const a of names) {
    for (const b of names) {
      if (a === b || a.type !== b.type) continue;
      const sameGroup = aliasGroups.some((g) => g.includes(a.name) && g.includes(b.name));
      const nameInName = a.type === 'PER' && words(b.name).includes(words(a.name));
      if (sameGroup || nameInName) union(id(a), id(b));
    }
  }
  return new Map(names.map((n) => [id(n), find(id(n))]));
}

function loadGoldAliases(): string[][] {
  return (JSON.parse(readFileSync(GOLD_ALIASES, 'utf8')) as { groups: string[][] }).groups;
}

function scoreIdentities(pages: readonly AnalysedPage[], tallies: Record<Split, Tally>): void {
  const aliasGroups = loadGoldAliases();
  const occurrences: EntityOccurrence[] = pages.flatMap(({ page, analysis }) =>
    analysis.entities.map((e) => ({
      documentId: documentId(page),
      localId: e.id,
      type: e.type,
      name: e.name,
      mentions: e.mentions.length,
    })),
  );
  const { identityOf } = resolveIdentities(occurrences);
  const clusters = new Set(pages.map((p) => p.page.cluster).filter((c) => c !== 'single'));
  for (const cluster of clusters) {
    const members = pages.filter((p) => p.page.cluster === cluster);
    const t = tallies[members[0]?.page.split ?? 'tune'];
    const keyOf = goldIdentityKeys(
      members.flatMap(({ page }) => goldEntities(page).filter((g) => !g.optional)),
      aliasGroups,
    );
    // gold entity (type + name) → the corpus ids of the entities standing for it, page by page
    const found = new Map<string, { pages: Set<string>; ids: Set<string>; goldPages: Set<string> }>();
    const pairs: { gold: string; id: string }[] = [];
    for (const { page, analysis } of members) {
      for (const gold of goldEntities(page)) {
        if (gold.optional) continue;
        const key = keyOf.get(`${gold.type} ${gold.name}`) ?? `${gold.type} ${gold.name}`;
        const entry = found.get(key) ?? { pages: new Set(), ids: new Set(), goldPages: new Set() };
        entry.goldPages.add(page.id);
        for (const entity of analysis.entities) {
          if (entity.type !== gold.type || !stands(analysis, entity, gold)) continue;
          const id = identityOf.get(occurrenceKey(documentId(page), entity.id));
          if (!id) continue;
          entry.pages.add(page.id);
          entry.ids.add(id);
          pairs.push({ gold: key, id });
        }
        found.set(key, entry);
      }
    }
    for (const [key, entry] of found) {
      if (entry.goldPages.size < 2) continue;
      t.add('identities.gold');
      if (entry.pages.size < 2) continue;
      t.add('identities.found');
      if (entry.ids.size === 1) t.add('identities.one');
      else
        t.miss(
          `cluster ${cluster} identity ${key}: ${entry.ids.size} corpus ids over ${entry.pages.size} pages`,
        );
    }
    pairs.forEach((a, i) => {
      for (const b of pairs.slice(i + 1)) {
        if (a.id !== b.id) continue;
        t.add('identities.samePairs');
        if (a.gold === b.gold) t.add('identities.samePairsRight');
        else t.miss(`cluster ${cluster} identity merged: ${a.gold} with ${b.gold}`);
      }
    });
  }
}

interface Step {
  readonly from: string;
  readonly to: string;
}

/** The update steps the gold implies for one cluster and role: day → the day's highest figure. */
export function impliedSteps(members: readonly RealPage[], role: string): Step[] {
  const best = new Map<string, number>();
  for (const page of members) {
    const day = page.gold.published;
    if (day === null) continue;
    for (const q of page.gold.quantities) {
      const value = q.value ?? q.max ?? null;
      if (q.optional || q.role !== role || value === null || value === undefined) continue;
      best.set(day, Math.max(best.get(day) ?? 0, value));
    }
  }
  const days = [...best.keys()].sort();
  const envelope: string[] = [];
  for (const day of days) {
    const last = envelope[envelope.length - 1];
    if (last === undefined || (best.get(day) as number) > (best.get(last) as number)) envelope.push(day);
  }
  return envelope.slice(1).map((to, k) => ({ from: envelope[k] as string, to }));
}

function scoreUpdates(
  pages: readonly AnalysedPage[],
  conflicts: readonly Conflict[],
  tallies: Record<Split, Tally>,
): void {
  const dayOf = new Map(pages.map(({ page }) => [page.id, page.gold.published]));
  for (const cluster of RISING_TOLL_CLUSTERS) {
    const members = pages.filter((p) => p.page.cluster === cluster).map((p) => p.page);
    const first = members[0];
    if (first === undefined) continue;
    const t = tallies[first.split];
    const inCluster = new Set(members.map((p) => p.id));
    for (const role of TRACKED_ROLES) {
      const chains = conflicts.filter(
        (c) => c.kind === 'figure' && c.role === role && c.verdict === 'update',
      );
      for (const step of impliedSteps(members, role)) {
        t.add('updates.gold');
        const days = (c: Conflict) =>
          new Set(
            c.claims
              .map((claim) => pageIdOf(claim.evidence.document.id))
              .filter((id) => inCluster.has(id))
              .map((id) => dayOf.get(id)),
          );
        if (chains.some((c) => days(c).has(step.from) && days(c).has(step.to))) t.add('updates.found');
        else t.miss(`cluster ${cluster} update ${role} ${step.from} → ${step.to} not found`);
      }
    }
  }
}

/** A stable name for a reported contradiction: what it is about and which page said what. */
export function contradictionKey(conflict: Conflict): string {
  const claims = conflict.claims.map((c) => `${pageIdOf(c.evidence.document.id)}=${c.value}`).sort();
  return `${conflict.kind}/${conflict.role}: ${[...new Set(claims)].join(' ')}`;
}

function scoreContradictions(
  conflicts: readonly Conflict[],
  byId: ReadonlyMap<string, AnalysedPage>,
  reviewed: Readonly<Record<string, ReviewedContradiction>>,
  tallies: Record<Split, Tally>,
): void {
  for (const conflict of conflicts) {
    if (conflict.verdict !== 'contradiction') continue;
    const first = byId.get(conflict.claims[0]?.evidence.document.id ?? '');
    const t = tallies[first?.page.split ?? 'tune'];
    const key = contradictionKey(conflict);
    const review = reviewed[key];
    t.add('contradictions.reported');
    if (review?.verdict === 'accept') t.add('contradictions.accepted');
    else if (review?.verdict === 'reject') {
      t.add('contradictions.rejected');
      t.miss(`contradiction rejected by review: ${key} (${review.why})`);
    } else {
      t.add('contradictions.unreviewed');
      t.miss(`contradiction NOT REVIEWED: ${key} — ${conflict.explanation}`);
    }
  }
}

export function loadReviewedContradictions(): Record<string, ReviewedContradiction> {
  try {
    const file = JSON.parse(readFileSync(REVIEWED_CONTRADICTIONS, 'utf8')) as {
      reviewed: Record<string, ReviewedContradiction>;
    };
    return file.reviewed;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}
