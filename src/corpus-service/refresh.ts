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
import { rebuildCorpus, updateCorpus } from './maintenance.js';

/** Pending documents joined to the corpus per transaction. */
const UPDATE_CHUNK = 100;
/** Pending documents from which a batch that is at least half the store is joined by a rebuild. */
const REBUILD_AT = 500;

export async function refreshCorpus(
  db: Kysely<Database>,
  options: { readonly ifStale?: boolean } = {},
): Promise<CorpusStats> {
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
