/**
 * What incremental corpus maintenance (`maintenance.ts`) finds a document by, written with the
 * document in its transaction: its blocking keys (candidate stories), the matching keys of its
 * names (candidate identities, by surname) and its place in the queue of documents to join.
 */
import type { Transaction } from 'kysely';
import type { Analysis } from '../contract/analysis.js';
import type { DocumentFeatures } from '../corpus/features.js';
import { blockingKeys, dayNumber } from '../corpus/stories.js';
import type { Database } from '../store/schema.js';
import { nameKey } from '../text/name-key.js';
import { inChunks } from './chunks.js';

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

/** Writes a new document's blocking rows and name keys, and queues it to join the corpus. */
export async function enqueueForCorpus(
  trx: Transaction<Database>,
  pk: number,
  key: string,
  analysis: Analysis,
  features: DocumentFeatures,
): Promise<void> {
  const rows = blockingRows(pk, key, features);
  for (let i = 0; i < rows.length; i += 200) {
    await trx
      .insertInto('doc_blocking')
      .values(rows.slice(i, i + 200))
      .execute();
  }
  const keys = [...new Set(analysis.entities.map((e) => nameKey(e.name)))];
  if (keys.length > 0) {
    await trx
      .insertInto('identity_keys')
      .values(keys.map((k) => ({ match_key: k, surname: surnameOf(k) })))
      .onConflict((oc) => oc.column('match_key').doNothing())
      .execute();
  }
  await trx.insertInto('corpus_pending').values({ doc_pk: pk }).execute();
}

/** `enqueueForCorpus` for many documents at once, in multi-row statements (batch ingest). */
export async function enqueueAllForCorpus(
  trx: Transaction<Database>,
  docs: readonly {
    pk: number;
    blockingKeys: readonly string[];
    day: number | null;
    nameKeys: readonly string[];
  }[],
): Promise<void> {
  // In index order, so each index page is visited once per batch rather than once per row.
  const rows = docs
    .flatMap((d) => d.blockingKeys.map((key) => ({ key, day: d.day, doc_pk: d.pk })))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (let i = 0; i < rows.length; i += 500)
    await trx
      .insertInto('doc_blocking')
      .values(rows.slice(i, i + 500))
      .execute();
  const keys = [...new Set(docs.flatMap((d) => d.nameKeys))];
  await inChunks(keys, async (chunk) => {
    await trx
      .insertInto('identity_keys')
      .values(chunk.map((k) => ({ match_key: k, surname: surnameOf(k) })))
      .onConflict((oc) => oc.column('match_key').doNothing())
      .execute();
    return [];
  });
  await inChunks(docs, async (chunk) => {
    await trx
      .insertInto('corpus_pending')
      .values(chunk.map((d) => ({ doc_pk: d.pk })))
      .execute();
    return [];
  });
}

/** Stores made before schema v2 have documents with no blocking rows or identity keys yet. */
export async function fillMissingIndexes(trx: Transaction<Database>): Promise<void> {
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
