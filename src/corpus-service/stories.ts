/**
 * Stories and conflicts across documents (maintenance rules 2-4): clustered within components, a new
 * document linked through the blocking index and re-clustered with the components it touches, and
 * a story's record rewritten when its members or the names of its actors changed.
 */
import type { Transaction } from 'kysely';
import type { Analysis } from '../contract/analysis.js';
import type { DocumentFeatures } from '../corpus/features.js';
import {
  blockingKeys,
  type ClusterDocument,
  clusterWithComponents,
  componentId,
  DEFAULT_CLUSTER_OPTIONS,
  dayNumber,
  isUncapped,
  type StoryGroup,
  storySimilarity,
} from '../corpus/stories.js';
import { buildStoryRecord, type StoryRecordDocument } from '../corpus/story-record.js';
import type { Story } from '../corpus/types.js';
import { refOf } from '../store/queries/rows.js';
import type { Database } from '../store/schema.js';

import { chunked, inChunks } from './chunks.js';

type Trx = Transaction<Database>;

const OPTIONS = DEFAULT_CLUSTER_OPTIONS;

export async function rebuildStories(trx: Trx): Promise<void> {
  const docs = await loadClusterDocuments(trx, (q) => q);
  const { groups, components } = clusterWithComponents(docs.map((d) => d.doc));
  await trx.deleteFrom('stories').execute();
  await trx.deleteFrom('conflicts').execute();
  const pkOf = new Map(docs.map((d) => [d.doc.id, d.pk]));
  await writeStories(trx, groups, pkOf);
  await writeComponents(trx, components, pkOf, new Map());
}

interface LoadedDocument {
  readonly pk: number;
  readonly doc: ClusterDocument;
  readonly component: string | null;
  readonly storyId: string | null;
}

export async function updateStories(
  trx: Trx,
  pks: readonly number[],
  touched: ReadonlySet<number>,
): Promise<void> {
  const fresh = await inChunks(pks, (chunk) =>
    loadClusterDocuments(trx, (q) => q.where('documents.pk', 'in', chunk)),
  );
  // Rule 4: the holders of each key once these documents are joined.
  const added = new Map<string, number>();
  for (const d of fresh)
    for (const key of blockingKeys(d.doc, OPTIONS)) added.set(key, (added.get(key) ?? 0) + 1);
  const before = await holderCounts(trx, [...added.keys()]);
  const holders = new Map<string, number>();
  for (const [key, n] of added) holders.set(key, (before.get(key) ?? 0) + n);
  const crossed = [...added.keys()].filter(
    (key) =>
      !isUncapped(key) &&
      (before.get(key) ?? 0) <= OPTIONS.maxPosting &&
      (holders.get(key) ?? 0) > OPTIONS.maxPosting,
  );
  await inChunks([...added.keys()], async (chunk) => {
    await trx.deleteFrom('blocking_df').where('key', 'in', chunk).execute();
    await trx
      .insertInto('blocking_df')
      .values(chunk.map((key) => ({ key, n: holders.get(key) ?? 0 })))
      .execute();
    return [];
  });
  const usable = (key: string) => isUncapped(key) || (holders.get(key) ?? 0) <= OPTIONS.maxPosting;

  const known = new Map<number, LoadedDocument>(fresh.map((d) => [d.pk, d]));
  const components = new Set<string>();
  for (const doc of fresh) {
    const candidates = await candidatesOf(trx, doc, usable);
    const unknown = candidates.filter((pk) => !known.has(pk));
    for (const d of await inChunks(unknown, (chunk) =>
      loadClusterDocuments(trx, (q) => q.where('documents.pk', 'in', chunk)),
    ))
      known.set(d.pk, d);
    for (const pk of candidates) {
      const other = known.get(pk);
      if (!other?.component) continue;
      if (components.has(other.component)) continue;
      if (storySimilarity(doc.doc, other.doc, OPTIONS) >= OPTIONS.threshold) components.add(other.component);
    }
  }
  for (const chunk of chunked(crossed)) {
    const rows = await trx
      .selectFrom('doc_blocking')
      .innerJoin('documents', 'documents.pk', 'doc_blocking.doc_pk')
      .select('documents.component')
      .distinct()
      .where('doc_blocking.key', 'in', chunk)
      .where('documents.component', 'is not', null)
      .execute();
    for (const r of rows) components.add(r.component as string);
  }
  const members = new Map<number, LoadedDocument>(fresh.map((d) => [d.pk, d]));
  for (const d of await inChunks([...components], (chunk) =>
    loadClusterDocuments(trx, (q) => q.where('documents.component', 'in', chunk)),
  ))
    members.set(d.pk, d);
  const docs = [...members.values()];
  const memberKeys = new Set(
    docs.flatMap((d) => blockingKeys(d.doc, OPTIONS)).filter((k) => !holders.has(k)),
  );
  for (const [key, n] of await holderCounts(trx, [...memberKeys])) holders.set(key, n);
  const result = clusterWithComponents(
    docs.map((d) => d.doc),
    OPTIONS,
    (key) => holders.get(key),
  );
  const pkOf = new Map(docs.map((d) => [d.doc.id, d.pk]));

  // Rule 3: keep the stories whose members are unchanged and whose documents' identities are too.
  const oldMembers = new Map<string, Set<string>>();
  for (const d of docs) {
    if (!d.storyId) continue;
    const set = oldMembers.get(d.storyId) ?? new Set<string>();
    set.add(d.doc.id);
    oldMembers.set(d.storyId, set);
  }
  const unchanged = (g: StoryGroup) => {
    const old = oldMembers.get(g.id);
    return (
      old !== undefined &&
      old.size === g.members.length &&
      g.members.every((m) => old.has(m) && !touched.has(pkOf.get(m) as number))
    );
  };
  const rewrite = result.groups.filter((g) => !unchanged(g));
  const kept = new Set(result.groups.filter(unchanged).map((g) => g.id));
  const dropped = [...oldMembers.keys()].filter((id) => !kept.has(id));

  // Stories elsewhere that name a renamed or re-joined identity: same members, new record.
  const elsewhere = [...touched].filter((pk) => !members.has(pk));
  const relabel: StoryGroup[] = [];
  const otherIds = await inChunks(elsewhere, (chunk) =>
    trx
      .selectFrom('documents')
      .select('story_id')
      .distinct()
      .where('pk', 'in', chunk)
      .where('story_id', 'is not', null)
      .execute(),
  );
  const relabelIds = [...new Set(otherIds.map((r) => r.story_id as string))].filter(
    (id) => !oldMembers.has(id),
  );
  for (const chunk of chunked(relabelIds)) {
    for (const row of await trx
      .selectFrom('stories')
      .select('story_json')
      .where('id', 'in', chunk)
      .execute()) {
      const story = JSON.parse(row.story_json) as Story;
      relabel.push({
        id: story.id,
        members: story.documents.map((d) => d.id),
        duplicateOf: new Map(
          story.documents.flatMap((d) => {
            const of = d.duplicateOf ?? d.sameTextAs;
            return of ? [[d.id, of] as const] : [];
          }),
        ),
        copyBasis: new Map(
          story.documents.flatMap((d) => (d.copyBasis ? [[d.id, d.copyBasis] as const] : [])),
        ),
        sameText: new Set(story.documents.filter((d) => d.sameTextAs).map((d) => d.id)),
      });
    }
  }
  const relabelPks = await inChunks(
    relabel.flatMap((g) => g.members),
    (chunk) => trx.selectFrom('documents').select(['pk', 'doc_key']).where('doc_key', 'in', chunk).execute(),
  );
  for (const r of relabelPks) pkOf.set(r.doc_key, r.pk);

  for (const chunk of chunked([...dropped, ...relabelIds])) {
    await trx.deleteFrom('stories').where('id', 'in', chunk).execute();
    await trx.deleteFrom('conflicts').where('story_id', 'in', chunk).execute();
  }
  await writeStories(trx, [...rewrite, ...relabel], pkOf);
  const oldComponent = new Map(docs.map((d) => [d.doc.id, d.component]));
  await writeComponents(trx, result.components, pkOf, oldComponent);
}

/** The documents blocking pairs `doc` with (`story-blocking.ts` rules 1, 3, 4), by pk. */
async function candidatesOf(
  trx: Trx,
  doc: LoadedDocument,
  usable: (key: string) => boolean,
): Promise<number[]> {
  const keys = blockingKeys(doc.doc, OPTIONS).filter(usable);
  const day = dayNumber(doc.doc.features.date);
  const shared = new Map<number, { count: number; dated: boolean }>();
  for (const chunk of chunked(keys)) {
    let q = trx
      .selectFrom('doc_blocking')
      .select((eb) => ['doc_pk', 'day', eb.fn.countAll<number>().as('n')])
      .where('key', 'in', chunk)
      .where('doc_pk', '!=', doc.pk);
    if (day !== null) {
      q = q.where((eb) =>
        eb.or([
          eb('day', 'is', null),
          eb.and([eb('day', '>=', day - OPTIONS.maxDays), eb('day', '<=', day + OPTIONS.maxDays)]),
        ]),
      );
    }
    for (const r of await q.groupBy(['doc_pk', 'day']).execute()) {
      const prev = shared.get(r.doc_pk);
      shared.set(r.doc_pk, { count: (prev?.count ?? 0) + Number(r.n), dated: r.day !== null });
    }
  }
  const out: number[] = [];
  for (const [pk, { count, dated }] of shared) {
    if (count >= (day !== null && dated ? 1 : OPTIONS.undatedMinShared)) out.push(pk);
  }
  return out;
}

/** Joined holders of each key (`blocking_df`); keys no joined document holds are absent. */
async function holderCounts(trx: Trx, keys: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const chunk of chunked(keys)) {
    for (const r of await trx
      .selectFrom('blocking_df')
      .select(['key', 'n'])
      .where('key', 'in', chunk)
      .execute())
      out.set(r.key, Number(r.n));
  }
  return out;
}

async function loadClusterDocuments(
  trx: Trx,
  where: (q: ClusterRowQuery) => ClusterRowQuery,
): Promise<LoadedDocument[]> {
  const rows = await where(selectClusterRows(trx)).execute();
  return rows.map((r) => ({
    pk: r.pk,
    doc: { id: r.doc_key, features: JSON.parse(r.features_json) as DocumentFeatures },
    component: r.component,
    storyId: r.story_id,
  }));
}

type ClusterRowQuery = ReturnType<typeof selectClusterRows>;

function selectClusterRows(trx: Trx) {
  return trx
    .selectFrom('documents')
    .innerJoin('doc_features', 'doc_features.doc_pk', 'documents.pk')
    .select([
      'documents.pk',
      'documents.doc_key',
      'documents.component',
      'documents.story_id',
      'doc_features.features_json',
    ]);
}

const MEMBER_COLUMNS = [
  'documents.pk',
  'documents.doc_key',
  'documents.url',
  'documents.source',
  'documents.title',
  'documents.outlet',
  'documents.published',
  'documents.analysis_json',
] as const;

/** Builds and inserts each group's story record and conflicts, and points its documents at it. */
async function writeStories(trx: Trx, groups: readonly StoryGroup[], pkOf: ReadonlyMap<string, number>) {
  for (const group of groups) {
    const pks = group.members.map((key) => pkOf.get(key) as number);
    const documents = new Map<string, StoryRecordDocument>();
    for (const chunk of chunked(pks)) {
      const docRows = await trx
        .selectFrom('documents')
        .select([...MEMBER_COLUMNS])
        .where('pk', 'in', chunk)
        .execute();
      const entityRows = await trx
        .selectFrom('doc_entities')
        .leftJoin('corpus_entities', 'corpus_entities.id', 'doc_entities.corpus_id')
        .select([
          'doc_entities.doc_pk',
          'doc_entities.local_id',
          'doc_entities.name',
          'corpus_entities.name as identity',
        ])
        .where('doc_entities.doc_pk', 'in', chunk)
        .execute();
      const namesOf = new Map<number, Map<string, string>>();
      for (const e of entityRows) {
        const names = namesOf.get(e.doc_pk) ?? new Map<string, string>();
        names.set(e.local_id, e.identity || e.name);
        namesOf.set(e.doc_pk, names);
      }
      for (const row of docRows) {
        documents.set(row.doc_key, {
          ref: refOf(row),
          analysis: JSON.parse(row.analysis_json) as Analysis,
          duplicateOf: null,
          actorNames: namesOf.get(row.pk) ?? new Map(),
        });
      }
    }
    const story = buildStoryRecord(group, documents);
    await trx
      .insertInto('stories')
      .values({
        id: story.id,
        title: story.title,
        first_published: story.first,
        last_published: story.last,
        document_count: story.documents.length,
        story_json: JSON.stringify(story),
      })
      .execute();
    if (story.conflicts.length > 0) {
      await trx
        .insertInto('conflicts')
        .values(
          story.conflicts.map((conflict, ordinal) => ({
            story_id: story.id,
            ordinal,
            verdict: conflict.verdict,
            kind: conflict.kind,
            role: conflict.role,
            conflict_json: JSON.stringify(conflict),
          })),
        )
        .execute();
    }
    const byDuplicate = new Map<string | null, number[]>();
    for (const member of story.documents) {
      const list = byDuplicate.get(member.duplicateOf) ?? [];
      list.push(pkOf.get(member.id) as number);
      byDuplicate.set(member.duplicateOf, list);
    }
    for (const [duplicateOf, list] of byDuplicate) {
      for (const chunk of chunked(list)) {
        await trx
          .updateTable('documents')
          .set({ story_id: story.id, duplicate_of: duplicateOf })
          .where('pk', 'in', chunk)
          .execute();
      }
    }
  }
}

async function writeComponents(
  trx: Trx,
  components: readonly string[][],
  pkOf: ReadonlyMap<string, number>,
  old: ReadonlyMap<string, string | null>,
) {
  for (const members of components) {
    const id = componentId(members);
    const moved = members.filter((m) => old.get(m) !== id).map((m) => pkOf.get(m) as number);
    for (const chunk of chunked(moved))
      await trx.updateTable('documents').set({ component: id }).where('pk', 'in', chunk).execute();
  }
}
