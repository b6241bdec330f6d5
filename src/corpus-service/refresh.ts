/**
 * The corpus service: keeps a store's corpus records (identities, stories, conflicts) in step with
 * its documents. It reads the store's tables, runs the pure cross-document functions of
 * `src/corpus/` (`maintenance.ts`) and writes their results back; the store only calls it.
 *
 * `refreshCorpus` rebuilds everything, or with `ifStale` joins the documents stored since, a chunk
 * per transaction so readers never wait long; a batch at least half the store's size joins by a
 * rebuild instead, which gives the same answer faster.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { CorpusStats } from '../store/store.js';
import { nameKey, nameKeyFingerprint } from '../text/name-key.js';
import { rebuildCorpus, updateCorpus } from './maintenance.js';

/** Pending documents joined to the corpus per transaction. */
const UPDATE_CHUNK = 100;
/** Pending documents from which a batch that is at least half the store is joined by a rebuild. */
const REBUILD_AT = 500;

export async function refreshCorpus(
  db: Kysely<Database>,
  options: { readonly ifStale?: boolean } = {},
): Promise<CorpusStats> {
  await rekeyNamesIfChanged(db);
  const rebuild = await db
    .selectFrom('rasd_meta')
    .select('value')
    .where('key', '=', 'corpus_rebuild')
    .executeTakeFirst();
  if (!options.ifStale || rebuild?.value === 'needed' || (await mostlyPending(db))) {
    await db.transaction().execute(async (trx) => {
      await rebuildCorpus(trx);
      await trx.deleteFrom('rasd_meta').where('key', '=', 'corpus_rebuild').execute();
    });
    return corpusStats(db);
  }
  for (;;) {
    const pending = await db
      .selectFrom('corpus_pending')
      .select('doc_pk')
      .orderBy('doc_pk')
      .limit(UPDATE_CHUNK)
      .execute();
    if (pending.length === 0) break;
    await db.transaction().execute((trx) =>
      updateCorpus(
        trx,
        pending.map((p) => p.doc_pk),
      ),
    );
  }
  return corpusStats(db);
}

/**
 * The stored name keys, computed again when `nameKey`'s rules or table changed since they were
 * written (a new Rasd), and the corpus marked for a rebuild: otherwise one person's mentions in old
 * and new documents would carry different keys and stay two identities.
 */
async function rekeyNamesIfChanged(db: Kysely<Database>): Promise<void> {
  const fingerprint = nameKeyFingerprint();
  const stored = await db
    .selectFrom('rasd_meta')
    .select('value')
    .where('key', '=', 'name_keys')
    .executeTakeFirst();
  if (stored?.value === fingerprint) return;
  await db.transaction().execute(async (trx) => {
    const names = await trx.selectFrom('doc_entities').select(['name', 'match_key']).distinct().execute();
    let changed = false;
    for (const { name, match_key } of names) {
      const key = nameKey(name);
      if (key === match_key) continue;
      changed = true;
      await trx.updateTable('doc_entities').set({ match_key: key }).where('name', '=', name).execute();
    }
    const rows = [{ key: 'name_keys', value: fingerprint }];
    if (changed) rows.push({ key: 'corpus_rebuild', value: 'needed' });
    for (const row of rows)
      await trx
        .insertInto('rasd_meta')
        .values(row)
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value }))
        .execute();
  });
}

/** A batch as large as the corpus joins faster by a rebuild, which gives the same answer. */
async function mostlyPending(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('corpus_pending')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  const pending = Number(row?.n ?? 0);
  if (pending < REBUILD_AT) return false;
  const stats = await corpusStats(db);
  return pending * 2 >= stats.documents;
}

export async function corpusStats(db: Kysely<Database>): Promise<CorpusStats> {
  const count = async (table: 'documents' | 'stories' | 'corpus_entities' | 'conflicts') => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  };
  return {
    documents: await count('documents'),
    stories: await count('stories'),
    entities: await count('corpus_entities'),
    conflicts: await count('conflicts'),
  };
}
