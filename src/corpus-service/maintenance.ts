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
 *
 * This file runs the two ways; identities live in `identities.ts` (rule 1), stories and conflicts
 * in `stories.ts` (rules 2-4), what they find documents by in `indexes.ts`.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../store/schema.js';
import { chunked } from './chunks.js';
import { rebuildIdentities, updateIdentities } from './identities.js';
import { fillMissingIndexes } from './indexes.js';
import { rebuildStories, updateStories } from './stories.js';

type Trx = Transaction<Database>;

/**
 * Recomputes every corpus record from all documents (`rasd refresh`). Only the documents pending
 * when it starts leave the queue: on PostgreSQL other workers go on storing documents while it runs
 * (each statement sees what was committed before it), and clearing the whole queue at the end
 * dropped theirs, which then never joined a story.
 */
export async function rebuildCorpus(trx: Trx): Promise<void> {
  await fillMissingIndexes(trx);
  const pending = (await trx.selectFrom('corpus_pending').select('doc_pk').execute()).map((r) => r.doc_pk);
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
  for (const chunk of chunked(pending))
    await trx.deleteFrom('corpus_pending').where('doc_pk', 'in', chunk).execute();
}

/** Joins the pending documents `pks` to the corpus (rules 1–3) and clears them from the queue. */
export async function updateCorpus(trx: Trx, pks: readonly number[]): Promise<void> {
  if (pks.length === 0) return;
  const touched = await updateIdentities(trx, pks);
  await updateStories(trx, pks, touched);
  for (const chunk of chunked([...pks]))
    await trx.deleteFrom('corpus_pending').where('doc_pk', 'in', chunk).execute();
}
