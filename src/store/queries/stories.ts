/** The stories and conflicts the corpus service wrote, read back page by page. */
import { sql } from 'kysely';
import type { Conflict, ConflictQuery, ListResult, Story, StoryQuery } from '../store.js';
import { filterDocuments } from './documents.js';
import { countOf, type Db, limitOf, nullsLast } from './rows.js';

export async function listStories(db: Db, query: StoryQuery): Promise<ListResult<Story>> {
  let base = db.selectFrom('stories');
  if (query.minDocuments) base = base.where('document_count', '>=', query.minDocuments);
  if (query.outlet || query.from || query.to || query.entity) {
    const docs = await filterDocuments(db, db.selectFrom('documents'), query);
    base = base.where(
      'id',
      'in',
      docs.select('documents.story_id').where('documents.story_id', 'is not', null) as never,
    );
  }
  const total = await countOf(base);
  const selected = base.select('story_json');
  const contradictions = sql`(SELECT COUNT(*) FROM conflicts WHERE conflicts.story_id = stories.id AND conflicts.verdict = 'contradiction')`;
  const ordered =
    query.sort === 'latest'
      ? selected.orderBy(nullsLast('last_published')).orderBy('last_published', 'desc')
      : query.sort === 'oldest'
        ? selected.orderBy(nullsLast('first_published')).orderBy('first_published', 'asc')
        : query.sort === 'conflicts'
          ? selected.orderBy(contradictions, 'desc').orderBy('document_count', 'desc')
          : selected.orderBy('document_count', 'desc').orderBy('last_published', 'desc');
  const rows = await ordered
    .orderBy('id')
    .limit(limitOf(query))
    .offset(query.offset ?? 0)
    .execute();
  return { total, items: rows.map((r) => JSON.parse(r.story_json) as Story) };
}

export async function getStory(db: Db, id: string): Promise<Story | undefined> {
  const row = await db.selectFrom('stories').select('story_json').where('id', '=', id).executeTakeFirst();
  return row ? (JSON.parse(row.story_json) as Story) : undefined;
}

export async function listConflicts(db: Db, query: ConflictQuery): Promise<ListResult<Conflict>> {
  let base = db.selectFrom('conflicts');
  if (query.storyId) base = base.where('story_id', '=', query.storyId);
  if (query.verdict) base = base.where('verdict', '=', query.verdict);
  const total = await countOf(base);
  const rows = await base
    .select('conflict_json')
    .orderBy('story_id')
    .orderBy('ordinal')
    .limit(limitOf(query))
    .offset(query.offset ?? 0)
    .execute();
  return { total, items: rows.map((r) => JSON.parse(r.conflict_json) as Conflict) };
}
