/**
 * Identities across documents (maintenance rule 1): resolved within a surname, so the update
 * re-resolves the surnames of the new documents' entities, with every occurrence of them.
 */
import type { Transaction } from 'kysely';
import { type EntityOccurrence, occurrenceKey, resolveIdentities } from '../corpus/identities.js';
import type { Database } from '../store/schema.js';
import { nameKey } from '../text/name-key.js';
import { chunked, inChunks } from './chunks.js';
import { surnameOf } from './indexes.js';

type Trx = Transaction<Database>;

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

export async function rebuildIdentities(trx: Trx): Promise<void> {
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

export async function updateIdentities(trx: Trx, pks: readonly number[]): Promise<Set<number>> {
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
