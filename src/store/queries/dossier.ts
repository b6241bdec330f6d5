/**
 * The chronology between two actors: the documents that name both (by identity, or by the words of
 * their names for an actor the corpus does not know), handed to `buildDossier` in `src/corpus/`.
 */
import { buildDossier, type DossierDocument, type DossierOptions } from '../../corpus/dossier/build.js';
import { type DossierData, loadDossierData } from '../../corpus/dossier/data.js';
import { queryTerms } from '../../corpus/search-forms.js';
import { nameKey } from '../../text/name-key.js';
import type { CorpusEntity, Dossier } from '../store.js';
import { documentRecords } from './documents.js';
import { entityIds } from './entities.js';
import { BATCH, type Db, entityOf, refOf, type SqlContext, SUMMARY_COLUMNS } from './rows.js';

export async function dossier(
  ctx: SqlContext,
  a: string,
  b: string,
  options: DossierOptions,
): Promise<Dossier | undefined> {
  const { db } = ctx;
  const actorA = await dossierActor(db, a);
  const actorB = await dossierActor(db, b);
  const withEntities = (id: string) =>
    db.selectFrom('doc_entities').select('doc_pk').where('corpus_id', '=', id);
  const byEntities = await db
    .selectFrom('documents')
    .select('pk')
    .where('pk', 'in', withEntities(actorA.entity.id))
    .where('pk', 'in', withEntities(actorB.entity.id))
    .execute();
  const data = loadDossierData();
  const byText = await namedDocuments(
    ctx,
    withStateWords(actorA.names, data),
    withStateWords(actorB.names, data),
  );
  const pks = [...new Set([...byEntities.map((r) => r.pk), ...byText])];
  if (pks.length === 0 && actorA.unknown && actorB.unknown) return undefined;
  const documents: DossierDocument[] = [];
  for (let i = 0; i < pks.length; i += BATCH) {
    const rows = await db
      .selectFrom('documents')
      .select([...SUMMARY_COLUMNS, 'documents.pk', 'documents.analysis_json'])
      .where('pk', 'in', pks.slice(i, i + BATCH))
      .execute();
    const dates = await storyDates(
      db,
      rows.map((r) => r.story_id),
    );
    for (const record of await documentRecords(db, rows)) {
      documents.push({
        ref: refOf(record),
        analysis: record.analysis,
        identities: record.identities,
        storyDate: record.storyId ? (dates.get(record.storyId) ?? null) : null,
      });
    }
  }
  return buildDossier(actorA, actorB, documents, data, options);
}

/**
 * A state's names and the words that stand for it in a report that never names it: its capital or
 * seat of power and its adjective (`استقبل الرئيس التركي … نظيره المصري`). Only for finding the
 * documents: `buildDossier` decides which of their events are between the two actors.
 */
export function withStateWords(
  names: readonly string[],
  data: Pick<DossierData, 'seats' | 'nisbas'>,
): string[] {
  const states = new Set(names.map((n) => nameKey(n)));
  const standing = [...Object.entries(data.seats), ...Object.entries(data.nisbas)]
    .filter(([, state]) => states.has(nameKey(state)))
    .map(([word]) => word);
  return [...new Set([...names, ...standing])];
}

/** The earliest publication date of each story, which dates its undated documents. */
async function storyDates(db: Db, ids: readonly (string | null)[]): Promise<Map<string, string | null>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('stories')
    .select(['id', 'first_published'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.first_published]));
}

/** An actor by id or name; a name no entity has becomes a pseudo-identity found by its words. */
async function dossierActor(db: Db, idOrName: string) {
  const id = (await entityIds(db, idOrName))[0];
  if (id) {
    const row = await db
      .selectFrom('corpus_entities')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const entity = entityOf(row);
    return { entity, names: [entity.name, ...entity.aliases], unknown: false };
  }
  const entity: CorpusEntity = {
    id: `name:${nameKey(idOrName)}`,
    type: 'MISC',
    name: idOrName,
    aliases: [],
    documentCount: 0,
    mentionCount: 0,
  };
  return { entity, names: [idOrName], unknown: true };
}

/** How many names of each actor are searched: its own first, then the words standing for its state. */
const MAX_NAMES = 8;

/** Documents whose index holds every word of one name of A and of one name of B (at most 500). */
async function namedDocuments(
  ctx: SqlContext,
  namesA: readonly string[],
  namesB: readonly string[],
): Promise<number[]> {
  const out = new Set<number>();
  for (const a of namesA.slice(0, MAX_NAMES)) {
    for (const b of namesB.slice(0, MAX_NAMES)) {
      const terms = [...queryTerms(a), ...queryTerms(b)];
      if (terms.length === 0) continue;
      const rows = await ctx.db
        .selectFrom(ctx.adapter.matchDocuments(terms).as('m'))
        .select('m.doc_pk')
        .limit(500)
        .execute();
      for (const r of rows) out.add(Number(r.doc_pk));
    }
  }
  return [...out];
}
