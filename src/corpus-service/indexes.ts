/**
 * What incremental corpus maintenance (`maintenance.ts`) finds a document by, written with the
 * document in its transaction: its blocking keys (candidate stories), the matching keys of its
 * names (candidate identities, by surname) and its place in the queue of documents to join.
 */
import type { Transaction } from 'kysely';
import type { Analysis } from '../contract/analysis.js';
import type { DocumentFeatures } from '../corpus/features.js';
import { nameKey } from '../corpus/identity-key.js';
import { blockingKeys, dayNumber } from '../corpus/stories.js';
import type { Database } from '../store/schema.js';

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
