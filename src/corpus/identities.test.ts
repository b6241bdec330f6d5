import { describe, expect, it } from 'vitest';
import type { EntityType } from '../contract/analysis.js';
import { loadConstructHeads } from '../entities/resources.js';
import { type EntityOccurrence, occurrenceKey, resolveIdentities } from './identities.js';

const occ = (
  documentId: string,
  name: string,
  type: EntityType = 'PER',
  localId = 'E1',
): EntityOccurrence => ({
  documentId,
  localId,
  type,
  name,
  mentions: 1,
});

function sameIdentity(occurrences: EntityOccurrence[], a: EntityOccurrence, b: EntityOccurrence): boolean {
  const { identityOf } = resolveIdentities(occurrences);
  return (
    identityOf.get(occurrenceKey(a.documentId, a.localId)) ===
    identityOf.get(occurrenceKey(b.documentId, b.localId))
  );
}

describe('identities across documents', () => {
  it('reading the organisation heads first leaves the entity rules their fields (a refresh before an analysis)', () => {
    const bare = occ('d1', 'طالبان', 'ORG');
    const headed = occ('d2', 'حركة طالبان', 'ORG');
    expect(sameIdentity([bare, headed], bare, headed)).toBe(true);
    expect(loadConstructHeads().size).toBeGreaterThan(0);
  });

  it('spelling variants of one person are one identity', () => {
    const a = occ('d1', 'سيرغي لافروف');
    const b = occ('d2', 'سيرجي لافروف');
    expect(sameIdentity([a, b], a, b)).toBe(true);
    const { entities } = resolveIdentities([a, b]);
    expect(entities).toHaveLength(1);
    expect(entities[0]?.aliases).toHaveLength(1);
  });

  it('an organisation named with and without its generic head is one identity (rule 5)', () => {
    const short = occ('d1', 'طالبان', 'ORG');
    const headed = occ('d2', 'حركة طالبان', 'ORG');
    expect(sameIdentity([short, headed], short, headed)).toBe(true);
    const ministry = occ('d3', 'وزارة الخارجية الروسية', 'ORG');
    const bare = occ('d4', 'الخارجية الروسية', 'ORG');
    expect(sameIdentity([ministry, bare], ministry, bare)).toBe(true);
  });

  it('a place does not join the organisation named after it; a bare name two headed forms fit stays apart', () => {
    const city = occ('d1', 'القاهرة', 'LOC');
    const university = occ('d2', 'جامعة القاهرة', 'ORG');
    expect(sameIdentity([city, university], city, university)).toBe(false);
    const two = [occ('d5', 'حماس', 'ORG'), occ('d6', 'حركة حماس', 'ORG'), occ('d7', 'جماعة حماس', 'ORG')];
    // Two headed forms in other documents: the bare name could be either, so it stays apart.
    expect(sameIdentity(two, two[0] as EntityOccurrence, two[1] as EntityOccurrence)).toBe(false);
  });

  it('a place joins the longer place it opens, never one its adjective makes another place (rule 6)', () => {
    const short = occ('d1', 'سان خوسيه', 'LOC');
    const full = occ('d2', 'سان خوسيه ديل مونتي', 'LOC');
    expect(sameIdentity([short, full], short, full)).toBe(true);
    const country = occ('d3', 'أذربيجان', 'LOC');
    const province = occ('d4', 'أذربيجان الشرقية', 'LOC');
    expect(sameIdentity([country, province], country, province)).toBe(false);
  });

  it('محمد عباس and محمود عباس stay two identities across documents, as inside one', () => {
    const a = occ('d1', 'محمد عباس');
    const b = occ('d2', 'محمود عباس');
    expect(sameIdentity([a, b], a, b)).toBe(false);
  });

  it('a bare surname joins the only full name that has it', () => {
    const full = occ('d1', 'سيرغي لافروف');
    const bare = occ('d2', 'لافروف');
    expect(sameIdentity([full, bare], full, bare)).toBe(true);
  });

  it('people sharing a surname with different first names stay apart', () => {
    const a = occ('d1', 'عمران خان');
    const b = occ('d2', 'إسماعيل خان');
    expect(sameIdentity([a, b], a, b)).toBe(false);
  });

  it('an ambiguous bare surname joins neither person', () => {
    const a = occ('d1', 'عمران خان');
    const b = occ('d2', 'إسماعيل خان');
    const bare = occ('d3', 'خان');
    const all = [a, b, bare];
    expect(sameIdentity(all, bare, a)).toBe(false);
    expect(sameIdentity(all, bare, b)).toBe(false);
  });

  it('an ambiguous surname joins the full name of its own document', () => {
    const a = occ('d1', 'عمران خان');
    const b = occ('d2', 'إسماعيل خان');
    const here = occ('d2', 'خان', 'PER', 'E2');
    expect(sameIdentity([a, b, here], here, b)).toBe(true);
  });

  it('ids do not depend on the order of occurrences', () => {
    const list = [occ('d1', 'كابل', 'LOC'), occ('d2', 'كابول', 'LOC'), occ('d3', 'موسكو', 'LOC')];
    const ids = (l: EntityOccurrence[]) =>
      resolveIdentities(l)
        .entities.map((e) => e.id)
        .sort();
    expect(ids([...list].reverse())).toEqual(ids(list));
  });
});
