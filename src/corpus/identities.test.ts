import { describe, expect, it } from 'vitest';
import type { EntityType } from '../contract/analysis.js';
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
  it('spelling variants of one person are one identity', () => {
    const a = occ('d1', 'سيرغي لافروف');
    const b = occ('d2', 'سيرجي لافروف');
    expect(sameIdentity([a, b], a, b)).toBe(true);
    const { entities } = resolveIdentities([a, b]);
    expect(entities).toHaveLength(1);
    expect(entities[0]?.aliases).toHaveLength(1);
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
