/**
 * Keeping the corpus records (identities, stories, conflicts) in step with the documents, two ways
 * that give the same answer:
 *  - `rebuildCorpus` recomputes everything from all documents (`rasd refresh`: repair, model change);
 *  - `updateCorpus` joins newly stored documents (`corpus_pending`) to what is there, touching only
 *    the identities and stories they touch, so adding a document costs about the same at 100,000
 *    documents as at 1,000.
 *
 * Why the two agree:
 *  1. identities are resolved within a surname (the last word of a matching key: `identities.ts`
 *     joins a shorter name only to longer ones with the same surname), so the update re-resolves
 *     the surnames of the new documents' entities, with every occurrence of them, and nothing else;
 *  2. stories are clustered within components (`stories.ts` rule 8) and a pair's similarity depends
 *     on the two documents alone, so the update finds a new document's candidates through the
 *     blocking-key index (`doc_blocking`: key, publication day), links it to those at or above the
 *     threshold, and re-clusters the union of their components with it: a story it bridges to
 *     another is merged there, when average linkage says so;
 *  3. a story record is rewritten when its members changed or when an identity its documents name
 *     was renamed or re-joined (events name actors by their identity's name); the others stay;
 *  4. the blocking cap (a key held by more than `maxPosting` documents proposes no pairs) is the one
 *     corpus-wide statistic: `blocking_df` counts the joined holders of each key, the update uses
 *     the counts as they are with the new documents, and when a key crosses the cap the components
 *     of all its holders are re-clustered too (pairs it alone proposed are gone). A key crosses once.
 */
import type { Transaction } from 'kysely';
import type { Analysis } from '../contract/analysis.js';
import type { DocumentFeatures } from '../corpus/features.js';
import { type EntityOccurrence, occurrenceKey, resolveIdentities } from '../corpus/identities.js';
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
import { nameKey } from '../text/name-key.js';
import type { Database } from './schema.js';

type Trx = Transaction<Database>;

const CHUNK = 500;
const OPTIONS = DEFAULT_CLUSTER_OPTIONS;

/** The surname identities are resolved within (rule 1); a key with no words stands alone. */
export function surnameOf(matchKey: string): string {
  const words = matchKey.split(' ');
  return words[words.length - 1] ?? '';
}

/** The blocking rows of one document, written with it. */
export function blockingRows(
  pk: number,
  key: string,
  features: DocumentFeatures,
): Database['doc_blocking'][] {
  const day = dayNumber(features.date);
  return blockingKeys({ id: key, features }).map((k) => ({ key: k, day, doc_pk: pk }));
}

async function inChunks<T, R>(items: readonly T[], work: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await work(items.slice(i, i + CHUNK))));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Full rebuild.

export async function rebuildCorpus(trx: Trx): Promise<void> {
  await fillMissingIndexes(trx);
  await trx.deleteFrom('blocking_df').execute();
  await trx
    .insertInto('blocking_df')
    .columns(['key', 'n'])
    .expression((eb) =>
      eb
        .selectFrom('doc_blocking')
        .select((s) => ['doc_blocking.key', s.fn.countAll<number>().as('n')])
        .groupBy('doc_blocking.key'),
    )
    .execute();
  await rebuildIdentities(trx);
  await rebuildStories(trx);
  await trx.deleteFrom('corpus_pending').execute();
}

/** Stores made before schema v2 have documents with no blocking rows or identity keys yet. */
async function fillMissingIndexes(trx: Trx): Promise<void> {
  const missing = await trx
    .selectFrom('documents')
    .innerJoin('doc_features', 'doc_features.doc_pk', 'documents.pk')
    .select(['documents.pk', 'documents.doc_key', 'doc_features.features_json'])
    .where('documents.pk', 'not in', (eb) => eb.selectFrom('doc_blocking').select('doc_blocking.doc_pk'))
    .execute();
  for (const row of missing) {
    const rows = blockingRows(row.pk, row.doc_key, JSON.parse(row.features_json) as DocumentFeatures);
    for (let i = 0; i < rows.length; i += 200)
      await trx
        .insertInto('doc_blocking')
        .values(rows.slice(i, i + 200))
        .execute();
  }
  const keys = await trx.selectFrom('doc_entities').select('match_key').distinct().execute();
  await inChunks(
    keys.map((k) => ({ match_key: k.match_key, surname: surnameOf(k.match_key) })),
    async (chunk) => {
      await trx
        .insertInto('identity_keys')
        .values(chunk)
        .onConflict((oc) => oc.column('match_key').doNothing())
        .execute();
      return [];
    },
  );
}

interface OccurrenceRow {
  doc_key: string;
  doc_pk: number;
  local_id: string;
  type: string;
  name: string;
  mentions: number;
  corpus_id: string | null;
}

const OCCURRENCE_COLUMNS = [
  'documents.doc_key',
  'doc_entities.doc_pk',
  'doc_entities.local_id',
  'doc_entities.type',
  'doc_entities.name',
  'doc_entities.mentions',
  'doc_entities.corpus_id',
] as const;

async function rebuildIdentities(trx: Trx): Promise<void> {
  const rows = await trx
    .selectFrom('doc_entities')
    .innerJoin('documents', 'documents.pk', 'doc_entities.doc_pk')
    .select([...OCCURRENCE_COLUMNS])
    .execute();
  await trx.deleteFrom('corpus_entities').execute();
  await writeIdentities(trx, rows, new Set());
}

/**
 * Resolves `rows` (every occurrence of some surnames), replaces the identities they had and sets
 * each occurrence's identity. Returns the documents whose actor names changed (rule 3).
 */
async function writeIdentities(
  trx: Trx,
  rows: readonly OccurrenceRow[],
  oldIds: ReadonlySet<string>,
): Promise<Set<number>> {
  const occurrences: EntityOccurrence[] = rows.map((r) => ({
    documentId: r.doc_key,
    localId: r.local_id,
    type: r.type as EntityOccurrence['type'],
    name: r.name,
    mentions: r.mentions,
  }));
  const { entities, identityOf } = resolveIdentities(occurrences);
  const oldNames = new Map<string, string>();
  for (const chunk of chunked([...oldIds])) {
    for (const r of await trx
      .selectFrom('corpus_entities')
      .select(['id', 'name'])
      .where('id', 'in', chunk)
      .execute())
      oldNames.set(r.id, r.name);
    await trx.deleteFrom('corpus_entities').where('id', 'in', chunk).execute();
  }
  const keysOf = new Map<string, Set<string>>();
  for (const r of rows) {
    const id = identityOf.get(occurrenceKey(r.doc_key, r.local_id));
    if (!id) continue;
    const keys = keysOf.get(id) ?? new Set<string>();
    keys.add(nameKey(r.name));
    keysOf.set(id, keys);
  }
  await inChunks(entities, async (chunk) => {
    await trx
      .insertInto('corpus_entities')
      .values(
        chunk.map((e) => ({
          id: e.id,
          type: e.type,
          name: e.name,
          aliases_json: JSON.stringify(e.aliases),
          keys: `|${[...(keysOf.get(e.id) ?? [])].sort().join('|')}|`,
          document_count: e.documentCount,
          mention_count: e.mentionCount,
        })),
      )
      .execute();
    return [];
  });
  const renamed = new Set(
    entities.filter((e) => oldNames.has(e.id) && oldNames.get(e.id) !== e.name).map((e) => e.id),
  );
  const touched = new Set<number>();
  // One statement per identity and local id rather than one per row: updates stay fast as the corpus grows.
  const changed = new Map<string, Map<string, number[]>>();
  for (const r of rows) {
    const id = identityOf.get(occurrenceKey(r.doc_key, r.local_id)) ?? null;
    if (id !== null && renamed.has(id)) touched.add(r.doc_pk);
    if (id === r.corpus_id) continue;
    touched.add(r.doc_pk);
    const key = id ?? '';
    const byLocal = changed.get(key) ?? new Map<string, number[]>();
    byLocal.set(r.local_id, [...(byLocal.get(r.local_id) ?? []), r.doc_pk]);
    changed.set(key, byLocal);
  }
  for (const [id, byLocal] of changed) {
    for (const [local, pks] of byLocal) {
      for (const chunk of chunked(pks)) {
        await trx
          .updateTable('doc_entities')
          .set({ corpus_id: id === '' ? null : id })
          .where('local_id', '=', local)
          .where('doc_pk', 'in', chunk)
          .execute();
      }
    }
  }
  return touched;
}

async function rebuildStories(trx: Trx): Promise<void> {
  const docs = await loadClusterDocuments(trx, (q) => q);
  const { groups, components } = clusterWithComponents(docs.map((d) => d.doc));
  await trx.deleteFrom('stories').execute();
  await trx.deleteFrom('conflicts').execute();
  const pkOf = new Map(docs.map((d) => [d.doc.id, d.pk]));
  await writeStories(trx, groups, pkOf);
  await writeComponents(trx, components, pkOf, new Map());
}

// ---------------------------------------------------------------------------------------------
// Incremental update.

/** Joins the pending documents `pks` to the corpus (rules 1–3) and clears them from the queue. */
export async function updateCorpus(trx: Trx, pks: readonly number[]): Promise<void> {
  if (pks.length === 0) return;
  const touched = await updateIdentities(trx, pks);
  await updateStories(trx, pks, touched);
  for (const chunk of chunked([...pks]))
    await trx.deleteFrom('corpus_pending').where('doc_pk', 'in', chunk).execute();
}

async function updateIdentities(trx: Trx, pks: readonly number[]): Promise<Set<number>> {
  const keys = await inChunks(pks, (chunk) =>
    trx.selectFrom('doc_entities').select('match_key').distinct().where('doc_pk', 'in', chunk).execute(),
  );
  const surnames = [...new Set(keys.map((k) => surnameOf(k.match_key)))];
  if (surnames.length === 0) return new Set();
  const allKeys = await inChunks(surnames, (chunk) =>
    trx.selectFrom('identity_keys').select('match_key').where('surname', 'in', chunk).execute(),
  );
  const rows = await inChunks(
    allKeys.map((k) => k.match_key),
    (chunk) =>
      trx
        .selectFrom('doc_entities')
        .innerJoin('documents', 'documents.pk', 'doc_entities.doc_pk')
        .select([...OCCURRENCE_COLUMNS])
        .where('doc_entities.match_key', 'in', chunk)
        .execute(),
  );
  const oldIds = new Set(rows.flatMap((r) => (r.corpus_id ? [r.corpus_id] : [])));
  return writeIdentities(trx, rows, oldIds);
}

interface LoadedDocument {
  readonly pk: number;
  readonly doc: ClusterDocument;
  readonly component: string | null;
  readonly storyId: string | null;
}

async function updateStories(trx: Trx, pks: readonly number[], touched: ReadonlySet<number>): Promise<void> {
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

// ---------------------------------------------------------------------------------------------
// Writing records.

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
          ref: {
            id: row.doc_key,
            url: row.url,
            source: row.source,
            title: row.title,
            outlet: row.outlet,
            published: row.published,
          },
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

function chunked<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}
